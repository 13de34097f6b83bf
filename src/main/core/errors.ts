import type { ErrorCode, InputIssue } from '../../shared/result'
import type { StorageProblem } from './db/storage-problem'

/** Errors the core throws on purpose; dispatch turns each into its envelope code. */
export class CoreError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: InputIssue[],
    readonly details?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'CoreError'
  }
}

export const notFound = (message: string): CoreError => new CoreError('not_found', message)
export const invalidInput = (message: string, issues: InputIssue[]): CoreError =>
  new CoreError('invalid_input', message, issues)

export const listFull = (size: number, adding: number): CoreError =>
  new CoreError(
    'list_full',
    `A broadcast list holds at most 256 people: it has ${String(size)}, ${String(adding)} more would pass that.`,
    undefined,
    { limit: 256, size, adding },
  )
export const listTooSmall = (size: number): CoreError =>
  new CoreError('list_too_small', 'A broadcast list needs at least 2 people.', undefined, {
    minimum: 2,
    size,
  })
export const nameTaken = (name: string): CoreError =>
  new CoreError('name_taken', `There is already a list called "${name}".`, undefined, { name })

const storageMessages: Record<StorageProblem, string> = {
  disk_full: 'The disk is full, so nothing was saved. Free some space on the disk and try again.',
  read_only:
    'Rupor cannot write to its data folder, so nothing was saved. Check that the folder exists and may be written to (its permissions, a read-only or removed disk), then try again.',
}
/** A write failed whole for a reason the owner can fix: said plainly instead of as a bug. */
export const storageFailure = (problem: StorageProblem): CoreError =>
  new CoreError(problem, storageMessages[problem])

/** A check found the database damaged while Rupor ran (db/integrity-watch.ts): writes are refused. */
export const databaseDamaged = (): CoreError =>
  new CoreError(
    'database_damaged',
    'A check found the Rupor database damaged, so nothing is saved any more; what it holds can still be read. Restart Rupor: it will offer to restore the newest copy that passes its checks.',
  )

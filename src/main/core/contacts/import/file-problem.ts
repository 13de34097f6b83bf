import { CoreError } from '../../errors'
import type { FileProblemCode } from '../../../../shared/imports'

/** The file as a whole cannot be imported; `line` is where the reader gave up, when it knows. */
export class FileProblemError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly line: number | null,
  ) {
    super(`file problem: ${code}${line === null ? '' : ` at line ${String(line)}`}`)
    this.name = 'FileProblemError'
  }
}

/** The error a caller gets: `file_problem` with the problem's code and line as details. */
export function fileProblemToCoreError(error: unknown): unknown {
  if (!(error instanceof FileProblemError)) return error
  const details: Record<string, string | number> = { problem: error.code }
  if (error.line !== null) details.line = error.line
  return new CoreError(
    'file_problem',
    `The file cannot be imported: ${error.code}.`,
    undefined,
    details,
  )
}

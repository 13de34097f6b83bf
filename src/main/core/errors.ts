import type { ErrorCode, InputIssue } from '../../shared/result'

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

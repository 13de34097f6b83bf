import type { ApiError, ErrorCode, InputIssue } from '../../../shared/result'

/** A call reached the core and the core said no; `code` is what the UI translates. */
export class ApiCallError extends Error {
  readonly code: ErrorCode
  readonly issues: readonly InputIssue[]
  /** Facts for a more specific message, e.g. the line of a broken file. */
  readonly details: Readonly<Record<string, string | number>>

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.issues = error.issues ?? []
    this.details = error.details ?? {}
  }
}

/** The core could not be reached at all: the host stopped, the network failed, or IPC broke. */
export class UnreachableError extends Error {
  constructor(cause: unknown) {
    super('Rupor could not be reached.', { cause })
    this.name = 'UnreachableError'
  }
}

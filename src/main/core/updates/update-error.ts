// Sorting the updater's error for Settings: which step failed, and whether it was the connection
// (nothing for the owner to fix but to try later) or something else (the raw line says what).
import type { UpdateStage } from '../../../shared/updates'
import type { UpdaterState } from './updater'

/**
 * Errors of the network, by the words Chromium's net stack, Node and electron-updater's HttpError
 * use: no connection, a name not found, a timeout, a refused or reset connection, a server busy or
 * down (5xx, 429). Anything else is not called a connection problem.
 */
const networkWords =
  /net::ERR_|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|EPIPE|socket hang up|timed? ?out|getaddrinfo|HttpError: (5\d\d|429)|status(Code)? (5\d\d|429)|\b(502|503|504) /i

export const isNetworkError = (reason: string): boolean => networkWords.test(reason)

/**
 * Which step failed: the updater says so when it knows; otherwise it is inferred from what came
 * before the error (an install asked for, a download under way, or else a check).
 */
export function stageOfError(
  error: Extract<UpdaterState, { kind: 'error' }>,
  before: UpdaterState['kind'],
  installing: boolean,
): UpdateStage {
  if (error.stage) return error.stage
  if (installing) return 'install'
  if (before === 'available' || before === 'downloading') return 'download'
  return 'check'
}

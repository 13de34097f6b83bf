import type { SendsCarried } from './carry-salvaged-sends'
import type { RecoveryCopy } from './recovery-choices'

/** What a recovery from a damaged database did. */
export interface RecoveryOutcome {
  /** Where the damaged file (and its -wal/-shm) now is; Rupor never deletes it. */
  keptAs: string
  /** Numbers on the opt-out list of the database now in place. */
  optOutsKept: number
  /** The daily copy now in use, and the folder it came from, when a copy was restored. */
  restored?: RecoveryCopy
  /** What was carried from the damaged file into the database now in place, besides the opt-outs. */
  carried?: SendsCarried
}

export interface RecoveryOptions {
  dataDir: string
  /** Wall-clock time, for naming the file kept aside. */
  now: number
  nativeBinding?: string
}

/** Why a recovery could not be done; nothing was changed. */
export class RecoveryError extends Error {
  constructor(
    readonly problem: 'no_good_copy',
    message: string,
  ) {
    super(message)
    this.name = 'RecoveryError'
  }
}

import { join } from 'node:path'
import { databaseFileName } from '../../create-core'
import { planOptOutMerge } from './merge-opt-outs'
import { newestGoodCopy, withCopyAlone, type CopyFolder } from './newest-good-copy'
import { numbersOnList } from './opt-out-history'
import { salvageOptOuts } from './salvage-opt-outs'

/** What the owner of a damaged database can be offered. */
export interface RecoveryChoices {
  /** The folder the database is in, where the damaged file will be kept. */
  dataDir: string
  /**
   * The newest daily copy that passes the checks, and the folder it is in (the main one or the
   * second one); none: restoring is not offered.
   */
  copy: RecoveryCopy | undefined
  /** What SQLite can still read of the damaged file's opt-out list. */
  damaged: { readable: boolean; complete: boolean; optOuts: number }
  /** Numbers on the opt-out list after either choice: the damaged file's and the copy's. */
  optOutsKept: number
}

/** A daily copy as the owner is told of it: when it was taken and where it is. */
export interface RecoveryCopy extends CopyFolder {
  name: string
  takenAt: number
}

/** Reads, never writes: the damaged file and the copies are only looked at. */
export function recoveryChoices(dataDir: string, nativeBinding?: string): RecoveryChoices {
  const damaged = salvageOptOuts(join(dataDir, databaseFileName), nativeBinding)
  const copy = newestGoodCopy(dataDir, nativeBinding)
  const fromCopy = copy
    ? [withCopyAlone(copy.file, (file) => salvageOptOuts(file, nativeBinding))]
    : []
  return {
    dataDir,
    copy: copy && recoveryCopyOf(copy),
    damaged: {
      readable: damaged.readable,
      complete: damaged.complete,
      optOuts: numbersOnList(damaged).size,
    },
    optOutsKept: planOptOutMerge({ rows: [], events: [] }, [damaged, ...fromCopy]).numbersOnList,
  }
}

/** Just what the owner is told of a copy (not its file's path inside the folder). */
export const recoveryCopyOf = (copy: RecoveryCopy): RecoveryCopy => ({
  name: copy.name,
  takenAt: copy.takenAt,
  location: copy.location,
  folder: copy.folder,
})

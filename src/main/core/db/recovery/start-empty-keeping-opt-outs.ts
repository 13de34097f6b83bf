import { closeDatabase, openDatabase } from '../open-database'
import { addOptOutHistories } from './apply-opt-out-merge'
import { removeWithSidecars } from './file-moves'
import { newestGoodCopy, withCopyAlone } from './newest-good-copy'
import { databaseFileOf, replaceDamaged } from './put-in-place'
import type { RecoveryOptions, RecoveryOutcome } from './recovery-outcome'
import { salvageOptOuts } from './salvage-opt-outs'

/**
 * Starts a new, empty database that keeps the opt-out list: the numbers (and their history)
 * still readable in the damaged file and those of the newest daily copy that passes the checks.
 * The new database is made whole beside the damaged one first; then the damaged file is moved
 * aside with its -wal/-shm and the new one renamed in.
 */
export function startEmptyKeepingOptOuts(options: RecoveryOptions): RecoveryOutcome {
  const { dataDir, now, nativeBinding } = options
  const databaseFile = databaseFileOf(dataDir)
  const copy = newestGoodCopy(dataDir, nativeBinding)
  const histories = [
    salvageOptOuts(databaseFile, nativeBinding),
    ...(copy ? [withCopyAlone(copy.file, (file) => salvageOptOuts(file, nativeBinding))] : []),
  ]
  const candidate = `${databaseFile}.recovering`
  removeWithSidecars(candidate)
  let optOutsKept: number
  try {
    const { db } = openDatabase({
      file: candidate,
      now,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
    try {
      optOutsKept = addOptOutHistories(db, histories)
    } finally {
      closeDatabase(db)
    }
  } catch (error) {
    removeWithSidecars(candidate)
    throw error
  }
  const keptAs = replaceDamaged(databaseFile, candidate, now)
  return { keptAs, optOutsKept }
}

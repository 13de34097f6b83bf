import { copyFileSync, rmSync } from 'node:fs'
import { inspectCopy } from '../../backups/inspect-copy'
import { closeDatabase, openDatabase } from '../open-database'
import { addOptOutHistories } from './apply-opt-out-merge'
import { carrySalvagedSends, type SendsCarried } from './carry-salvaged-sends'
import { removeWithSidecars } from './file-moves'
import { newestGoodCopy } from './newest-good-copy'
import { databaseFileOf, replaceDamaged } from './put-in-place'
import { recoveryCopyOf } from './recovery-choices'
import { RecoveryError, type RecoveryOptions, type RecoveryOutcome } from './recovery-outcome'
import { salvageOptOuts } from './salvage-opt-outs'
import { salvageSendRecord } from './salvage-send-record'

/**
 * Puts the newest daily copy that passes the checks (main folder or second) in place of the damaged database. The copy
 * is readied beside it first (checked again, brought up to this app's schema, its campaigns
 * paused, the opt-outs still readable in the damaged file added, and its sends, the items they
 * were for, its blocks and withdrawals carried as the owner's own restore carries them), so a
 * failure changes nothing; then the damaged file is moved aside with its -wal/-shm and the copy renamed in.
 */
export function restoreNewestCopy(options: RecoveryOptions): RecoveryOutcome {
  const { dataDir, now, nativeBinding } = options
  const copy = newestGoodCopy(dataDir, nativeBinding)
  if (!copy) {
    throw new RecoveryError('no_good_copy', 'No daily copy passes the checks; nothing was changed.')
  }
  const databaseFile = databaseFileOf(dataDir)
  const candidate = `${databaseFile}.restoring`
  // Never a file beside a WAL that is not its own: whatever a killed attempt left goes first.
  removeWithSidecars(candidate)
  let optOutsKept: number
  let carried: SendsCarried
  try {
    copyFileSync(copy.file, candidate)
    inspectCopy(candidate, nativeBinding)
    const { db, migration } = openDatabase({
      file: candidate,
      now,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
    try {
      // A restored campaign must not go on sending from where it was days ago.
      db.prepare(
        `UPDATE campaigns SET state = 'paused', pause_reason = NULL, updated_at = @now
         WHERE state IN ('running', 'scheduled')`,
      ).run({ now })
      optOutsKept = addOptOutHistories(db, [salvageOptOuts(databaseFile, nativeBinding)])
      // What was sent after the copy must not be sent again on Resume (carry-salvaged-sends.ts).
      carried = carrySalvagedSends(salvageSendRecord(databaseFile, nativeBinding), db, now)
    } finally {
      closeDatabase(db)
    }
    // The chosen copy itself stays in the backups folder: no second pre-upgrade copy needed.
    if (migration.backupFile) rmSync(migration.backupFile, { force: true })
  } catch (error) {
    removeWithSidecars(candidate)
    throw error
  }
  const keptAs = replaceDamaged(databaseFile, candidate, now)
  return { keptAs, optOutsKept, restored: recoveryCopyOf(copy), carried }
}

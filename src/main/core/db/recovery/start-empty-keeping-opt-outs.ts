import { closeDatabase, openDatabase } from '../open-database'
import { addOptOutHistories } from './apply-opt-out-merge'
import { carrySalvagedSends, type SendsCarried } from './carry-salvaged-sends'
import { removeWithSidecars } from './file-moves'
import { newestGoodCopy, withCopyAlone } from './newest-good-copy'
import { databaseFileOf, replaceDamaged } from './put-in-place'
import type { RecoveryOptions, RecoveryOutcome } from './recovery-outcome'
import { salvageOptOuts } from './salvage-opt-outs'
import { salvageSendRecord, type SalvagedSendRecord } from './salvage-send-record'

/**
 * Starts a new, empty database that keeps the opt-out list: the numbers (and their history)
 * still readable in the damaged file and those of the newest daily copy that passes the checks.
 * It keeps the shop's WhatsApp number's own record too, as far as the damaged file still tells
 * it: what was sent (the hourly, daily and active-chat limits go on counting it, and a person
 * already written to is no new chat) and the blocks. That record belongs to the number, not to
 * the book, and WhatsApp does not forget it when the book is emptied.
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
  let carried: SendsCarried
  try {
    const { db } = openDatabase({
      file: candidate,
      now,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
    try {
      optOutsKept = addOptOutHistories(db, histories)
      // With no campaigns here, only the senders, their sends and their blocks are carried.
      const record = salvageSendRecord(databaseFile, nativeBinding)
      const copySenders = copy
        ? withCopyAlone(copy.file, (file) => salvageSendRecord(file, nativeBinding).senders.rows)
        : []
      carried = carrySalvagedSends(withSendersOf(record, copySenders), db, now)
    } finally {
      closeDatabase(db)
    }
  } catch (error) {
    removeWithSidecars(candidate)
    throw error
  }
  const keptAs = replaceDamaged(databaseFile, candidate, now)
  return { keptAs, optOutsKept, carried }
}

/**
 * The damaged file's record, with the senders it lost taken from the newest good copy (the same
 * id is the same sender: ids are not reused while a sender has sends). In a restore the copy in
 * place plays that part; an empty start has none, and would otherwise drop every send and block
 * of a sender whose row damage took, so its limits would start again from nothing.
 */
function withSendersOf(
  record: SalvagedSendRecord,
  copySenders: SalvagedSendRecord['senders']['rows'],
): SalvagedSendRecord {
  const read = new Set(record.senders.rows.map((sender) => sender.id))
  const lost = copySenders.filter((sender) => !read.has(sender.id))
  return { ...record, senders: { ...record.senders, rows: [...record.senders.rows, ...lost] } }
}

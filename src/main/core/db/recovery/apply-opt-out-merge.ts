import type { Database } from 'better-sqlite3'
import type { OptOutHistory } from './opt-out-history'
import { planOptOutMerge } from './merge-opt-outs'
import { readOptOutHistory } from './salvage-opt-outs'

/**
 * Adds to the opt-out list of `db` (a fresh database or a restored copy, whole) what the other
 * files' histories know, in one transaction. Returns how many numbers are on the list after.
 */
export function addOptOutHistories(db: Database, sources: readonly OptOutHistory[]): number {
  const addEvent = db.prepare(
    `INSERT INTO opt_out_events (e164, action, at, source, note)
     VALUES (@e164, @action, @at, @source, @note)`,
  )
  const addRow = db.prepare(
    `INSERT INTO opt_outs (e164, created_at, source, note, linked_from)
     VALUES (@e164, @createdAt, @source, @note, @linkedFrom)`,
  )
  const remove = db.prepare('DELETE FROM opt_outs WHERE e164 = ?')
  return db.transaction(() => {
    const merge = planOptOutMerge(readOptOutHistory(db), sources)
    for (const write of merge.writes) {
      if (write.kind === 'event') addEvent.run(write.event)
      else if (write.kind === 'row') addRow.run(write.row)
      else remove.run(write.e164)
    }
    return merge.numbersOnList
  })()
}

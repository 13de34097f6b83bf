import type { Database } from 'better-sqlite3'
import type { SavedNumberState } from '../../../shared/contacts'
import type { PhoneReach } from '../../../shared/phone-reach'
import { listMessageMiss } from '../eligibility/list-message-reach'
import {
  recipientColumns,
  type RecipientCheck,
  type RecipientRow,
} from '../eligibility/recipient-check'
import { notFound } from '../errors'

interface ReachRow extends RecipientRow {
  contact_id: number
  name: string
  saved_number: SavedNumberState
}

/**
 * How many of a list's people a list message from the phone would reach, and who it would miss
 * and why. Asked each time the list is shown: an opt-out or a new answer shows at once.
 */
export function createPhoneReach(db: Database, check: RecipientCheck) {
  const listExists = db.prepare<[number], 1>('SELECT 1 FROM lists WHERE id = ?').pluck()
  const members = db.prepare<[number], ReachRow>(
    `SELECT m.contact_id, c.name, c.saved_number, ${recipientColumns}
     FROM list_members m JOIN contacts c ON c.id = m.contact_id
     WHERE m.list_id = ? ORDER BY m.position`,
  )

  return function phoneReach(listId: number): PhoneReach {
    if (listExists.get(listId) === undefined) throw notFound(`There is no list ${String(listId)}.`)
    const judge = check.rowJudge()
    const reach: PhoneReach = {
      listId,
      members: 0,
      reached: 0,
      reachedLikely: 0,
      missed: { not_eligible: [], not_saved: [], saved_unknown: [] },
    }
    for (const row of members.all(listId)) {
      reach.members += 1
      const eligibility = judge(row)
      const miss = listMessageMiss(eligibility, row.saved_number)
      if (miss === null) {
        reach.reached += 1
        if (row.saved_number === 'likely') reach.reachedLikely += 1
        continue
      }
      reach.missed[miss].push({
        contactId: row.contact_id,
        name: row.name,
        savedNumber: row.saved_number,
        reason: eligibility.eligible ? null : (eligibility.reasons[0] ?? null),
      })
    }
    return reach
  }
}

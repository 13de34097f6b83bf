import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { SavedNumberMarkOutcome, savedNumberMarkSchema } from '../../../shared/contacts'
import type { Clock } from '../time/clock'
import { selectedIds } from './contact-selection'
import { createContactsRepository } from './contacts-repository'

type SavedNumberMarkInput = z.output<typeof savedNumberMarkSchema>

/**
 * «Отметить: сохранил(а) наш номер» for many at once, as the owner's word with today's date. One
 * transaction: all of them or none. Someone who already has that answer keeps its source and date.
 */
export function markSavedNumber(
  db: Database,
  clock: Clock,
  input: SavedNumberMarkInput,
): SavedNumberMarkOutcome {
  const now = clock.now()
  const repo = createContactsRepository(db)
  const touch = db.prepare<[number, number]>('UPDATE contacts SET updated_at = ? WHERE id = ?')
  const exists = db.prepare<[number], 1>('SELECT 1 FROM contacts WHERE id = ?').pluck()
  const outcome: SavedNumberMarkOutcome = { matched: 0, marked: 0 }
  db.transaction(() => {
    for (const id of new Set(selectedIds(db, input))) {
      if (exists.get(id) === undefined) continue
      outcome.matched += 1
      if (repo.savedNumberOf(id) === input.savedNumber) continue
      repo.setSavedNumber(id, input.savedNumber, 'owner', now)
      touch.run(now, id)
      outcome.marked += 1
    }
  })()
  return outcome
}

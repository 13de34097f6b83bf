import type { Database } from 'better-sqlite3'
import type { OptOutSource } from '../../../shared/opt-outs'

export interface OptOutOrigin {
  e164: string
  source: OptOutSource
}

/**
 * The opt-out list's writes. Numbers only ever go on here; the one way off is `resubscribe`, which
 * records the re-subscription first — the database refuses any other delete (migration 0030).
 */
export function createOptOutStore(db: Database) {
  const insert = db.prepare<[string, number, OptOutSource, string, string | null]>(
    `INSERT OR IGNORE INTO opt_outs (e164, created_at, source, note, linked_from)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const firstOf = db.prepare<[number], OptOutOrigin>(
    `SELECT o.e164, o.source FROM opt_outs o JOIN contact_phones p ON p.e164 = o.e164
     WHERE p.contact_id = ? ORDER BY o.created_at, o.e164 LIMIT 1`,
  )
  // Every number of the contact, linked to the opt-out that covers the person.
  const carry = db.prepare<[number, OptOutSource, string, number]>(
    `INSERT OR IGNORE INTO opt_outs (e164, created_at, source, note, linked_from)
     SELECT e164, ?, ?, '', ? FROM contact_phones WHERE contact_id = ?`,
  )
  const recordResubscribe = db.prepare<[string, number, string]>(
    `INSERT INTO opt_out_events (e164, action, at, source, note)
     VALUES (?, 'resubscribed', ?, 'manual_entry', ?)`,
  )
  const remove = db.prepare<[string]>('DELETE FROM opt_outs WHERE e164 = ?')
  const exists = db.prepare<[string], { e164: string }>('SELECT e164 FROM opt_outs WHERE e164 = ?')

  return {
    /** Adds a number; false when it was already on the list (its first entry is kept). */
    add(e164: string, source: OptOutSource, note: string, now: number): boolean {
      return insert.run(e164, now, source, note, null).changes > 0
    },
    /** The opt-out that covers a contact (its earliest), read before its numbers change. */
    originOf: (contactId: number): OptOutOrigin | undefined => firstOf.get(contactId),
    /**
     * After a contact's numbers change: an opt-out of one of them, or of a number it had before
     * (`before`), covers them all — the person asked, not the number.
     */
    carryWithinContact(contactId: number, now: number, before?: OptOutOrigin): number {
      const origin = before ?? firstOf.get(contactId)
      if (!origin) return 0
      return carry.run(now, origin.source, origin.e164, contactId).changes
    },
    has: (e164: string): boolean => exists.get(e164) !== undefined,
    /** Call inside a transaction, after the person's explicit, confirmed request. */
    resubscribe(e164: string, note: string, now: number): boolean {
      if (!exists.get(e164)) return false
      recordResubscribe.run(e164, now, note)
      remove.run(e164)
      return true
    },
  }
}
export type OptOutStore = ReturnType<typeof createOptOutStore>

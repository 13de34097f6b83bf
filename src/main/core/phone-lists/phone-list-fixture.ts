// A small book, lists and phone lists written straight into a migrated database: the phone-list
// tests set up exactly the facts they are about (tests only).
import Sqlite from 'better-sqlite3'
import type { Database } from 'better-sqlite3'
import type { ConsentState, PhoneKind, SavedNumberState } from '../../../shared/contacts'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'

export interface PersonFacts {
  name: string
  e164: string
  consent?: ConsentState
  saved?: SavedNumberState
  kind?: PhoneKind
}

export interface PhoneListWorld {
  db: Database
  person: (facts: PersonFacts) => number
  list: (name: string, contactIds: readonly number[]) => number
  sender: (label?: string) => number
  phoneList: (
    listId: number,
    senderId: number,
    contactIds: readonly number[],
    madeAt?: number,
  ) => number
  optOut: (e164: string) => void
  setting: (key: string, value: unknown) => void
}

/** In memory, or in `file` (the restore tests copy it). */
export function phoneListWorld(file = ':memory:'): PhoneListWorld {
  const db: Database = new Sqlite(file)
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, () => `${file}.pre-migration`)

  return {
    db,
    person({ name, e164, consent = 'granted', saved = 'yes', kind = 'mobile' }: PersonFacts) {
      const id = Number(
        db
          .prepare(
            `INSERT INTO contacts (name, first_name, consent, primary_phone, saved_number,
               created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1)`,
          )
          .run(name, name.split(' ')[0] ?? name, consent, e164, saved).lastInsertRowid,
      )
      db.prepare(
        'INSERT INTO contact_phones (contact_id, position, e164, raw, kind, is_primary) VALUES (?, 0, ?, ?, ?, 1)',
      ).run(id, e164, e164, kind)
      return id
    },
    list(name: string, contactIds: readonly number[]) {
      const id = Number(
        db
          .prepare('INSERT INTO lists (name, name_key, created_at, updated_at) VALUES (?, ?, 1, 1)')
          .run(name, name.toLowerCase()).lastInsertRowid,
      )
      contactIds.forEach((contactId, position) =>
        db
          .prepare(
            'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, 1)',
          )
          .run(id, contactId, position),
      )
      return id
    },
    sender(label = 'Магазин') {
      return Number(
        db
          .prepare(
            `INSERT INTO senders (label, phone, started_on, time_zone, sending_window, limits,
               warm_up, assisted_opener, created_at, updated_at)
             VALUES (?, '+79990000000', '2024-01-01', 'Europe/Moscow', '{}', '{}', '{}', 'wa_me', 1, 1)`,
          )
          .run(label).lastInsertRowid,
      )
    },
    /** The owner's record of the phone's list: these contacts, as they are now. */
    phoneList(listId: number, senderId: number, contactIds: readonly number[], madeAt = 1000) {
      const id = Number(
        db
          .prepare(
            `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
             VALUES (?, ?, 'На телефоне', ?, ?, ?)`,
          )
          .run(listId, senderId, madeAt, madeAt, madeAt).lastInsertRowid,
      )
      for (const contactId of contactIds) {
        db.prepare(
          `INSERT INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
           SELECT ?, primary_phone, id, name, ? FROM contacts WHERE id = ?`,
        ).run(id, madeAt, contactId)
      }
      return id
    },
    optOut(e164: string) {
      db.prepare(
        "INSERT OR IGNORE INTO opt_outs (e164, created_at, source) VALUES (?, 5, 'manual_entry')",
      ).run(e164)
    },
    setting(key: string, value: unknown) {
      db.prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, 1)').run(
        key,
        JSON.stringify(value),
      )
    },
  }
}

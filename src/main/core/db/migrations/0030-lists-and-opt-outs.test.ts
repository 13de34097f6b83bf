import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { m0010Settings } from './0010-settings'
import { m0020Contacts } from './0020-contacts'
import { m0030ListsAndOptOuts } from './0030-lists-and-opt-outs'

function migratedTo20() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  m0010Settings.up(db)
  m0020Contacts.up(db)
  return db
}

const addContact = (db: Sqlite.Database) =>
  Number(
    db.prepare("INSERT INTO contacts (name, created_at, updated_at) VALUES ('x', 1, 1)").run()
      .lastInsertRowid,
  )

describe('migration 0030: lists and opt-outs', () => {
  it('carries existing opt-outs over, with an unknown source read as manual entry', () => {
    const db = migratedTo20()
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source, note) VALUES ('+79161234567', 5, 'whatever', 'n')",
    ).run()
    m0030ListsAndOptOuts.up(db)
    expect(db.prepare('SELECT e164, created_at, source, note FROM opt_outs').all()).toEqual([
      { e164: '+79161234567', created_at: 5, source: 'manual_entry', note: 'n' },
    ])
  })

  it('refuses to delete or renumber an opt-out unless a re-subscription was recorded first', () => {
    const db = migratedTo20()
    m0030ListsAndOptOuts.up(db)
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79161234567', 1, 'contact_card')",
    ).run()
    expect(() => db.prepare('DELETE FROM opt_outs').run()).toThrow(/opt_out_protected/)
    expect(() => db.prepare("UPDATE opt_outs SET e164 = '+79160000000'").run()).toThrow(
      /opt_out_protected/,
    )
    db.prepare(
      "INSERT INTO opt_out_events (e164, action, at, source) VALUES ('+79161234567', 'resubscribed', 2, 'manual_entry')",
    ).run()
    db.prepare('DELETE FROM opt_outs').run()
    expect(db.prepare('SELECT count(*) AS n FROM opt_outs').get()).toEqual({ n: 0 })
    // Opting out again closes the door again.
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79161234567', 3, 'reply_keyword')",
    ).run()
    expect(() => db.prepare('DELETE FROM opt_outs').run()).toThrow(/opt_out_protected/)
    expect(db.prepare('SELECT action FROM opt_out_events ORDER BY id').pluck().all()).toEqual([
      'opted_out',
      'resubscribed',
      'opted_out',
    ])
  })

  it('rejects a source it does not know', () => {
    const db = migratedTo20()
    m0030ListsAndOptOuts.up(db)
    expect(() =>
      db.prepare("INSERT INTO opt_outs (e164, created_at, source) VALUES ('+7916', 1, 'x')").run(),
    ).toThrow(/CHECK/)
  })

  it('holds at most 256 people per list and drops memberships, not contacts, with a list', () => {
    const db = migratedTo20()
    m0030ListsAndOptOuts.up(db)
    const list = Number(
      db
        .prepare(
          "INSERT INTO lists (name, name_key, created_at, updated_at) VALUES ('A', 'a', 1, 1)",
        )
        .run().lastInsertRowid,
    )
    const add = db.prepare(
      'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, 1)',
    )
    for (let i = 0; i < 256; i += 1) add.run(list, addContact(db), i)
    const extra = addContact(db)
    expect(() => add.run(list, extra, 256)).toThrow(/list_full/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO lists (name, name_key, created_at, updated_at) VALUES ('a', 'a', 1, 1)",
        )
        .run(),
    ).toThrow(/UNIQUE/)
    db.prepare('DELETE FROM lists').run()
    expect(db.prepare('SELECT count(*) AS n FROM list_members').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 257 })
  })

  it('takes a deleted contact out of its lists', () => {
    const db = migratedTo20()
    m0030ListsAndOptOuts.up(db)
    db.prepare(
      "INSERT INTO lists (name, name_key, created_at, updated_at) VALUES ('A', 'a', 1, 1)",
    ).run()
    const anna = addContact(db)
    db.prepare(
      'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (1, ?, 0, 1)',
    ).run(anna)
    db.prepare('DELETE FROM contacts WHERE id = ?').run(anna)
    expect(db.prepare('SELECT count(*) AS n FROM list_members').get()).toEqual({ n: 0 })
  })
})

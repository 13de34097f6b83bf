import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { m0010Settings } from './0010-settings'
import { m0020Contacts } from './0020-contacts'

function migrated() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  m0010Settings.up(db)
  m0020Contacts.up(db)
  const addContact = (name: string, searchText: string) =>
    Number(
      db
        .prepare(
          'INSERT INTO contacts (name, search_text, created_at, updated_at) VALUES (?, ?, 1, 1)',
        )
        .run(name, searchText).lastInsertRowid,
    )
  const addPhone = (contactId: number, e164: string) =>
    db
      .prepare(
        "INSERT INTO contact_phones (contact_id, position, e164, raw, kind) VALUES (?, 0, ?, ?, 'mobile')",
      )
      .run(contactId, e164, e164)
  const search = (text: string) =>
    db
      .prepare<[string], { rowid: number }>(
        'SELECT rowid FROM contacts_search WHERE contacts_search MATCH ?',
      )
      .all(`"${text}"`)
      .map((r) => r.rowid)
  return { db, addContact, addPhone, search }
}

describe('migration 0020: contacts', () => {
  it('lets one number belong to one contact only, and removes numbers with their contact', () => {
    const { db, addContact, addPhone } = migrated()
    const anna = addContact('Анна', 'анна 79161234567')
    const ivan = addContact('Иван', 'иван')
    addPhone(anna, '+79161234567')
    expect(() => addPhone(ivan, '+79161234567')).toThrow(/UNIQUE/)
    db.prepare('DELETE FROM contacts WHERE id = ?').run(anna)
    expect(db.prepare('SELECT count(*) AS n FROM contact_phones').get()).toEqual({ n: 0 })
  })

  it('keeps opt-outs when the contact with that number is deleted', () => {
    const { db, addContact, addPhone } = migrated()
    const anna = addContact('Анна', 'анна')
    addPhone(anna, '+79161234567')
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79161234567', 1, 'reply')",
    ).run()
    db.prepare('DELETE FROM contacts WHERE id = ?').run(anna)
    expect(db.prepare('SELECT e164 FROM opt_outs').all()).toEqual([{ e164: '+79161234567' }])
  })

  it('keeps the substring search index in step with inserts, edits and deletes', () => {
    const { db, addContact, search } = migrated()
    const id = addContact('Семён', 'семен 79161234567')
    expect(search('1612')).toEqual([id])
    db.prepare("UPDATE contacts SET search_text = 'семен 79037654321' WHERE id = ?").run(id)
    expect(search('1612')).toEqual([])
    expect(search('0376')).toEqual([id])
    db.prepare('DELETE FROM contacts WHERE id = ?').run(id)
    expect(search('0376')).toEqual([])
  })

  it('defers indexing of contacts added during an import until it is asked for once', () => {
    const { db, addContact, search } = migrated()
    const before = addContact('Анна', 'анна 79161234567')
    db.prepare('INSERT INTO search_index_deferred (id, after_id) VALUES (1, ?)').run(before)
    const added = addContact('Иван', 'иван 79037654321')
    db.prepare("UPDATE contacts SET search_text = 'иван 79037654321 79260000000' WHERE id = ?").run(
      added,
    )
    db.prepare("UPDATE contacts SET search_text = 'анна 79161234567 79998887766' WHERE id = ?").run(
      before,
    )
    expect(search('0376')).toEqual([])
    expect(search('9998887')).toEqual([before])
    db.prepare(
      'INSERT INTO contacts_search (rowid, search_text) SELECT id, search_text FROM contacts WHERE id > ?',
    ).run(before)
    db.prepare('DELETE FROM search_index_deferred').run()
    expect(search('79260000')).toEqual([added])
    expect(() =>
      db.prepare("INSERT INTO contacts_search (contacts_search) VALUES ('integrity-check')").run(),
    ).not.toThrow()
  })

  it('refuses what the app never writes: unknown consent, a second deferral row, bad JSON', () => {
    const { db } = migrated()
    expect(() =>
      db
        .prepare("INSERT INTO contacts (consent, created_at, updated_at) VALUES ('maybe', 1, 1)")
        .run(),
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare('INSERT INTO search_index_deferred (id, after_id) VALUES (2, 0)').run(),
    ).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO imports (id, file_name, status, created_at, summary) VALUES ('a', 'f', 'running', 1, 'x')",
        )
        .run(),
    ).toThrow(/CHECK/)
  })
})

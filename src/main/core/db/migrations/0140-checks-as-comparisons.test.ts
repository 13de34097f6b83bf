import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { migrations } from '.'
import { checksAsComparisons, rewriteChecks } from './0140-checks-as-comparisons'

/** A book at schema 130 with one contact, its numbers and a tag; `to` runs the later steps. */
function bookAt130() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 130)) migration.up(db)
  db.prepare(
    `INSERT INTO contacts (id, name, consent, flag, primary_phone, created_at, updated_at)
     VALUES (1, 'Анна', 'granted', NULL, '+79161234567', 1, 1)`,
  ).run()
  const phone = db.prepare(
    `INSERT INTO contact_phones (contact_id, position, e164, raw, kind, is_primary) VALUES (1, ?, ?, ?, ?, ?)`,
  )
  phone.run(0, '+79161234567', '8 916 123-45-67', 'mobile', 1)
  phone.run(1, '+74951234567', '8 495 123-45-67', 'fixed', 0)
  db.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES (1, 'VIP')").run()
  return db
}

function migrated() {
  const db = bookAt130()
  for (const migration of migrations.filter((m) => m.version === 140)) migration.up(db)
  return db
}

const tableSql = (db: Sqlite.Database, name: string): string =>
  db.prepare<[string], { sql: string }>('SELECT sql FROM sqlite_schema WHERE name = ?').get(name)
    ?.sql ?? ''

/** Whether the table takes a row with this value in the column (the rest valid). */
function takes(db: Sqlite.Database, column: string, value: unknown): boolean {
  db.exec('SAVEPOINT probe')
  try {
    if (column === 'kind' || column === 'is_primary') {
      const row = { kind: 'mobile', is_primary: 0, [column]: value }
      db.prepare(
        `INSERT INTO contact_phones (contact_id, position, e164, raw, kind, is_primary)
         VALUES (1, 9, '+79990000000', '', @kind, @is_primary)`,
      ).run(row)
    } else {
      db.prepare(`INSERT INTO contacts (${column}, created_at, updated_at) VALUES (?, 2, 2)`).run(
        value,
      )
    }
    return true
  } catch (error) {
    if (!/CHECK|NOT NULL|cannot store/.test(String(error))) throw error
    return false
  } finally {
    db.exec('ROLLBACK TO probe')
    db.exec('RELEASE probe')
  }
}

const checked = {
  consent: ['granted', 'unknown', 'withdrawn'],
  flag: ['not_mobile', 'no_phone'],
  chats_with_shop: [0, 1],
  saved_number: ['yes', 'likely', 'no', 'unknown'],
  saved_number_source: ['owner', 'import', 'wrote_first', 'qr'],
  kind: ['mobile', 'fixed_or_mobile', 'fixed', 'other'],
  is_primary: [0, 1],
} as const

describe('migration 0140: the checks of contacts and their numbers as comparisons', () => {
  it('writes every IN list of the two tables as comparisons and keeps their rows', () => {
    const db = migrated()
    for (const name of ['contacts', 'contact_phones']) {
      expect(tableSql(db, name)).not.toMatch(/ IN\s*\(/)
    }
    expect(tableSql(db, 'contacts')).toContain(
      "CHECK (consent = 'granted' OR consent = 'unknown' OR consent = 'withdrawn')",
    )
    expect(tableSql(db, 'contacts')).toMatch(
      /CHECK \(saved_number_source IS NULL OR saved_number_source = 'owner' OR/,
    )
    expect(db.prepare('SELECT name, consent FROM contacts').all()).toEqual([
      { name: 'Анна', consent: 'granted' },
    ])
    expect(db.prepare('SELECT count(*) AS n FROM contact_phones').get()).toEqual({ n: 2 })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    // The foreign keys are as they were: a contact deleted takes its numbers and tags with it.
    db.prepare('DELETE FROM contacts WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) AS n FROM contact_phones').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM contact_tags').get()).toEqual({ n: 0 })
  })

  it('accepts and refuses exactly the values the old checks did', () => {
    const before = bookAt130()
    const after = migrated()
    const column = fc.constantFrom(...(Object.keys(checked) as (keyof typeof checked)[]))
    const value = (name: keyof typeof checked) =>
      fc.oneof(
        fc.constantFrom<unknown>(...checked[name], null, '', 2, -1, 'GRANTED', ' mobile'),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: -3, max: 3 }),
      )
    fc.assert(
      fc.property(
        column.chain((name) => fc.tuple(fc.constant(name), value(name))),
        ([name, tried]) => {
          expect(takes(after, name, tried)).toBe(takes(before, name, tried))
        },
      ),
      { numRuns: 400 },
    )
    // The test itself tells both apart: the allowed values are taken, another is not.
    expect(takes(after, 'kind', 'fixed')).toBe(true)
    expect(takes(after, 'kind', 'pager')).toBe(false)
  })

  it('leaves the checks as they were, and the book working, should the rewrite fail', () => {
    const db = bookAt130()
    const before = tableSql(db, 'contacts')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    rewriteChecks(db, (sql) => sql.replace('CHECK (', 'CHECK ((('))
    expect(warn).toHaveBeenCalledWith(
      'The checks of contacts were left as they were:',
      expect.any(String),
    )
    warn.mockRestore()
    expect(tableSql(db, 'contacts')).toBe(before)
    expect(takes(db, 'consent', 'granted')).toBe(true)
    expect(takes(db, 'consent', 'maybe')).toBe(false)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('leaves alone a check it cannot read plainly', () => {
    const odd = "CHECK (kind IN (SELECT kind FROM kinds)), CHECK (a IS NULL OR b IN ('x'))"
    expect(checksAsComparisons(odd)).toBe(odd)
    expect(checksAsComparisons("CHECK (x IN ('a', 'b'))")).toBe("CHECK (x = 'a' OR x = 'b')")
  })
})

import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 90 with a contact and an import problem, then migrated to 100. */
function migratedFrom90() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 90)) migration.up(db)
  db.prepare(
    `INSERT INTO contacts (id, name, first_name, last_name, created_at, updated_at)
     VALUES (1, 'Новиков Сергей Петрович', 'Сергей', 'Новиков', 1, 1)`,
  ).run()
  db.prepare(
    `INSERT INTO imports (id, file_name, status, created_at) VALUES ('import-0001', 'a.csv', 'finished', 1)`,
  ).run()
  db.prepare(
    `INSERT INTO import_problems (import_id, seq, line, severity, code, value, raw)
     VALUES ('import-0001', 0, 2, 'rejected', 'no_phone', '', '["Иванов И.И.",""]')`,
  ).run()
  for (const migration of migrations.filter((m) => m.version === 100)) migration.up(db)
  return db
}

describe('migration 0100: middle names, and the name of a problem row', () => {
  it('keeps every contact as it was, with no middle name yet', () => {
    const db = migratedFrom90()
    expect(
      db.prepare('SELECT name, first_name, middle_name, last_name FROM contacts').get(),
    ).toEqual({
      name: 'Новиков Сергей Петрович',
      first_name: 'Сергей',
      middle_name: '',
      last_name: 'Новиков',
    })
  })

  it('stores a middle name from then on', () => {
    const db = migratedFrom90()
    db.prepare("UPDATE contacts SET middle_name = 'Петрович' WHERE id = 1").run()
    expect(db.prepare('SELECT middle_name FROM contacts').get()).toEqual({
      middle_name: 'Петрович',
    })
    // NOT NULL: a contact always has a middle name, possibly empty.
    expect(() => db.prepare('UPDATE contacts SET middle_name = NULL WHERE id = 1').run()).toThrow(
      /NOT NULL/,
    )
  })

  it('keeps an older import’s problems, with no name, and takes a name for new ones', () => {
    const db = migratedFrom90()
    db.prepare(
      `INSERT INTO import_problems (import_id, seq, line, severity, code, value, raw, name)
       VALUES ('import-0001', 1, 3, 'rejected', 'no_phone', '', '["Смирнова Анна",""]', 'Смирнова Анна')`,
    ).run()
    expect(db.prepare('SELECT line, name FROM import_problems ORDER BY seq').all()).toEqual([
      { line: 2, name: '' },
      { line: 3, name: 'Смирнова Анна' },
    ])
  })
})

import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { m0010Settings } from './0010-settings'

describe('migration 0010: settings', () => {
  it('stores JSON values per key and rejects anything that is not JSON', () => {
    const db = new Sqlite(':memory:')
    m0010Settings.up(db)
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('a', '"x"', 1)
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('b', 'x', 1),
    ).toThrow(/CHECK constraint/)
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('a', '1', 1),
    ).toThrow(/UNIQUE/)
  })
})

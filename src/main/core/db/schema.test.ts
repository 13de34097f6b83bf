import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { migrations } from './migrations'

// Every schema change shows up in review as a change to this snapshot.
describe('schema', () => {
  it('matches the snapshot after all migrations', () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations, () => ':memory:')
    const schema = db
      .prepare<[], { sql: string }>(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((row) => row.sql.replace(/\s+/g, ' ').trim())
    expect(schema).toMatchSnapshot()
  })

  it('numbers the migrations in increasing order, each once', () => {
    const versions = migrations.map((m) => m.version)
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b))
    expect(versions.every((v) => v > 0)).toBe(true)
  })
})

import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { DatabaseOpenError } from './database-error'
import { migrate, schemaVersion } from './migrate'
import type { Migration } from './migrations/migration'

const step = (version: number, sql: string): Migration => ({
  version,
  name: `step ${version}`,
  up: (db) => db.exec(sql),
})
const v10 = step(10, 'CREATE TABLE a (x INTEGER) STRICT')
const v20 = step(20, 'CREATE TABLE b (y INTEGER) STRICT')

describe('migrate', () => {
  const tempDir = useTempDir()

  it('brings a new database to the last step without a backup, since there is nothing to copy', () => {
    const db = new Sqlite(':memory:')
    const outcome = migrate(db, [v10, v20], () => {
      throw new Error('no backup expected')
    })
    expect(outcome).toEqual({ from: 0, to: 20 })
    expect(schemaVersion(db)).toBe(20)
  })

  it('copies a database that holds data before migrating it, and the copy keeps the old schema', () => {
    const dir = tempDir()
    const db = new Sqlite(join(dir, 'rupor.db'))
    migrate(db, [v10], () => join(dir, 'unused.bak'))
    db.prepare('INSERT INTO a (x) VALUES (42)').run()

    const outcome = migrate(db, [v10, v20], (from, to) => join(dir, `v${from}-to-v${to}.bak`))

    expect(outcome.backupFile).toBe(join(dir, 'v10-to-v20.bak'))
    const copy = new Sqlite(join(dir, 'v10-to-v20.bak'), { readonly: true })
    expect(schemaVersion(copy)).toBe(10)
    expect(copy.prepare('SELECT x FROM a').get()).toEqual({ x: 42 })
    expect(copy.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").get()).toBeUndefined()
    expect(schemaVersion(db)).toBe(20)
  })

  it('takes no copy and changes nothing when the schema is current', () => {
    const dir = tempDir()
    const db = new Sqlite(join(dir, 'rupor.db'))
    migrate(db, [v10], () => join(dir, 'first.bak'))
    expect(migrate(db, [v10], () => join(dir, 'second.bak'))).toEqual({ from: 10, to: 10 })
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([])
  })

  it('refuses a database from a newer app', () => {
    const db = new Sqlite(':memory:')
    db.pragma('user_version = 30')
    expect(() => migrate(db, [v10, v20], () => 'x')).toThrow(DatabaseOpenError)
    expect(schemaVersion(db)).toBe(30)
  })

  it('rolls every pending step back when one fails, leaving the old schema', () => {
    const dir = tempDir()
    const db = new Sqlite(join(dir, 'rupor.db'))
    migrate(db, [v10], () => 'unused')
    const broken = step(30, 'CREATE TABLE c (z INTEGER); SELECT * FROM no_such_table')
    expect(() => migrate(db, [v10, v20, broken], () => join(dir, 'pre.bak'))).toThrow()
    expect(schemaVersion(db)).toBe(10)
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('b', 'c')").all()).toEqual([])
    expect(existsSync(join(dir, 'pre.bak'))).toBe(true)
  })
})

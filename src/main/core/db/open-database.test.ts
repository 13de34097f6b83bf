import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { DatabaseOpenError } from './database-error'
import { latestSchemaVersion } from './migrations'
import { closeDatabase, openDatabase } from './open-database'

const now = Date.UTC(2026, 10, 25, 10, 0, 0)

describe('openDatabase', () => {
  const tempDir = useTempDir()

  it('creates the file with WAL, full sync, foreign keys, a busy timeout and the latest schema', () => {
    const file = join(tempDir(), 'data', 'rupor.db')
    const { db } = openDatabase({ file, now })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    // 2 = FULL: every commit is on the disk before the claim's message goes out (NORMAL is 1).
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    closeDatabase(db)
  })

  it('refuses a file that is not a database and leaves its bytes as they were', () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    const garbage = Buffer.from('this is a spreadsheet, not a database '.repeat(200))
    writeFileSync(file, garbage)
    expect(() => openDatabase({ file, now })).toThrow(
      expect.objectContaining({ problem: 'damaged' }) as Error,
    )
    expect(readFileSync(file).equals(garbage)).toBe(true)
    expect(readdirSync(dir)).toEqual(['rupor.db'])
  })

  it('refuses a database damaged inside and does not overwrite it', () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    const seed = new Sqlite(file)
    seed.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x)')
    const insert = seed.prepare('INSERT INTO t (x) VALUES (?)')
    seed.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`)
    })()
    seed.close()
    const bytes = readFileSync(file)
    bytes.fill(0xa5, 4096 * 3, 4096 * 3 + 2048) // scribble over a b-tree page
    writeFileSync(file, bytes)

    const attempt = () => openDatabase({ file, now })
    expect(attempt).toThrow(DatabaseOpenError)
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('refuses a database written by a newer Rupor without touching it', () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    const future = new Sqlite(file)
    future.exec('CREATE TABLE from_the_future (x INTEGER)')
    future.pragma(`user_version = ${latestSchemaVersion + 1000}`)
    future.close()
    const before = readFileSync(file)

    expect(() => openDatabase({ file, now })).toThrow(
      expect.objectContaining({ problem: 'too_new' }) as Error,
    )
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['rupor.db'])
  })

  it('keeps a copy of an older database, named by versions and time, before upgrading it', () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    const old = new Sqlite(file)
    old.exec('CREATE TABLE legacy (x INTEGER)')
    old.pragma('user_version = 0')
    old.close()
    const { db, migration } = openDatabase({ file, now })
    expect(migration.backupFile).toBe(
      join(dir, `rupor.db.v0-before-v${latestSchemaVersion}.2026-11-25T10-00-00-000Z.bak`),
    )
    closeDatabase(db)
  })

  it('explains a data folder that cannot be written (its path is a file) instead of crashing', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'Rupor'), 'a file where the folder should be')
    for (const folder of [join(dir, 'Rupor'), join(dir, 'Rupor', 'inside')]) {
      expect(() => openDatabase({ file: join(folder, 'rupor.db'), now })).toThrow(
        expect.objectContaining({
          problem: 'read_only',
          message: expect.stringMatching(/cannot write to its data folder/) as string,
        }) as Error,
      )
    }
    expect(readFileSync(join(dir, 'Rupor'), 'utf8')).toBe('a file where the folder should be')
  })

  it('removes a pre-upgrade copy a killed start left half-written, and leaves only whole copies', () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    const old = new Sqlite(file)
    old.exec('CREATE TABLE legacy (x INTEGER)')
    old.close()
    const cutShort = 'rupor.db.v0-before-v70.2026-11-24T09-00-00-000Z.bak.partial'
    writeFileSync(join(dir, cutShort), 'SQLite format 3\0 and then nothing')
    const { db, migration } = openDatabase({ file, now })
    closeDatabase(db)
    const copies = readdirSync(dir).filter((name) => name.includes('.bak'))
    expect(copies).toEqual([basename(migration.backupFile ?? '')])
    const copy = new Sqlite(join(dir, copies[0] ?? ''), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
  })
})

// A big import drops the book's reading indexes inside its transaction and builds them again
// before its commit: the book ends with the same indexes (and planner statistics) it had, a
// rollback brings them back, and the book reads as it would have anyway — sorted and searchable.
import { join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ContactPage } from '../../../../shared/contacts'
import { writeGoogleCsv } from '../../../../../bench/make-google-csv'
import { openDatabase } from '../../db/open-database'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { callCore, importFile } from '../../test-support/import-file'
import { dropReadIndexes } from './deferred-indexes'

const indexesOf = (db: Database) =>
  db
    .prepare<[], { name: string; tbl_name: string; sql: string | null }>(
      "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name",
    )
    .all()
/** The planner's statistics (this SQLite keeps samples in sqlite_stat4 too). */
const statsOf = (db: Database) => ({
  stat1: db.prepare('SELECT * FROM sqlite_stat1 ORDER BY tbl, idx').all(),
  stat4: db.prepare('SELECT * FROM sqlite_stat4 ORDER BY tbl, idx, sample').all(),
})
const planOf = (db: Database, sql: string) =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((step) => step.detail)
    .join('; ')

/** Reads the book's file on a connection of its own, as another program would. */
function readBook<T>(dataDir: string, read: (db: Database) => T): T {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

describe('the reading indexes of a big import', () => {
  const tempDir = useTempDir()

  function analysedBook(): Database {
    const { db } = openDatabase({ file: join(tempDir(), 'rupor.db'), now: 0 })
    const contact = db.prepare(
      'INSERT INTO contacts (name, sort_key, primary_phone, created_at, updated_at) VALUES (?, ?, ?, 0, ?)',
    )
    const tag = db.prepare('INSERT INTO contact_tags (contact_id, tag) VALUES (?, ?)')
    for (let i = 0; i < 300; i += 1) {
      const id = contact.run(
        `Имя ${String(i)}`,
        `имя ${String(i)}`,
        `+7916000${String(i).padStart(4, '0')}`,
        i,
      ).lastInsertRowid
      tag.run(id, i % 2 ? 'VIP' : 'опт')
    }
    db.exec('ANALYZE')
    expect(statsOf(db).stat4.length).toBeGreaterThan(0)
    return db
  }

  it('are gone inside the transaction, then back as they were, with their statistics', () => {
    const db = analysedBook()
    const before = { indexes: indexesOf(db), stats: statsOf(db) }
    db.exec('BEGIN IMMEDIATE')
    const rebuild = dropReadIndexes(db)
    const left = indexesOf(db).map((index) => index.name)
    for (const name of [
      'contacts_by_sort_key',
      'contacts_by_primary_phone',
      'contacts_by_updated',
      'contact_tags_by_tag',
    ])
      expect(left).not.toContain(name)
    // What keeps a number to one contact stays: the import merges by it.
    expect(indexesOf(db).filter((i) => i.tbl_name === 'contact_phones')).toEqual(
      before.indexes.filter((i) => i.tbl_name === 'contact_phones'),
    )
    rebuild()
    db.exec('COMMIT')
    expect(indexesOf(db)).toEqual(before.indexes)
    expect(statsOf(db)).toEqual(before.stats)
    expect(planOf(db, 'SELECT id FROM contacts ORDER BY sort_key, id LIMIT 10')).toContain(
      'contacts_by_sort_key',
    )
    db.close()
  })

  it('come back with a rollback (a cancel, a failure)', () => {
    const db = analysedBook()
    const before = { indexes: indexesOf(db), stats: statsOf(db) }
    db.exec('BEGIN IMMEDIATE')
    dropReadIndexes(db)
    db.exec('ROLLBACK')
    expect(indexesOf(db)).toEqual(before.indexes)
    expect(statsOf(db)).toEqual(before.stats)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })

  it('leave a book that sorts, searches and checks whole after an import of thousands', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const { core } = createTestCore(dataDir)
    const small = join(dir, 'small.csv')
    await writeGoogleCsv(small, 40, 3)
    const seeded = await importFile(core, small)
    expect(seeded.status).toBe('finished')
    const schema = () => readBook(dataDir, indexesOf)
    const before = schema()
    const big = join(dir, 'big.csv')
    await writeGoogleCsv(big, 12_000, 11)
    const report = await importFile(core, big)
    expect(report).toMatchObject({ status: 'finished', rows: 12_000 })

    expect(schema()).toEqual(before)
    // The table's first page comes off the rebuilt index: the same people, in the same order, as
    // reading every row would give.
    const first = await callCore<ContactPage>(core, 'contacts.query', { limit: 50 })
    const byScan = readBook(dataDir, (db) =>
      db
        .prepare<[], number>('SELECT id FROM contacts NOT INDEXED ORDER BY sort_key, id LIMIT 50')
        .pluck()
        .all(),
    )
    expect(first.rows.map((c) => c.id)).toEqual(byScan)
    expect(first.total).toBe(seeded.added + report.added)
    // A contact of the file is found by a part of its number.
    const someone = first.rows.find((c) => c.primaryPhone !== null)
    const found = await callCore<ContactPage>(core, 'contacts.query', {
      search: someone?.primaryPhone?.slice(-7),
      limit: 5,
    })
    expect(found.rows.map((c) => c.id)).toContain(someone?.id)
    core.close()
    expect(readBook(dataDir, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok')
  })

  it('are rebuilt only when the rows still to come outnumber half the book', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const { core } = createTestCore(dataDir)
    // SQLite counts every change of the schema: a drop and a rebuild move it on.
    const schemaVersion = () =>
      readBook(dataDir, (db) => db.pragma('schema_version', { simple: true }) as number)
    const imported = async (rows: number, seed: number) => {
      const file = join(dir, `book-${String(seed)}.csv`)
      await writeGoogleCsv(file, rows, seed)
      const before = schemaVersion()
      expect(await importFile(core, file)).toMatchObject({ status: 'finished', rows })
      return schemaVersion() !== before
    }
    // An empty book, 12 000 rows: rebuilt.
    expect(await imported(12_000, 21)).toBe(true)
    // The same again into the 11 000 it now holds: 7 000 rows to come after the first 5 000
    // are fewer than half of 16 000 — the indexes are kept row by row instead.
    expect(await imported(12_000, 22)).toBe(false)
    // A small file never.
    expect(await imported(3_000, 23)).toBe(false)
    core.close()
  })
})

// Real Rupor database files, and real damage done to them: pages overwritten with junk, a file
// cut short, a header of garbage, a WAL left beside a file it does not belong to.
import { closeSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs'
import Sqlite, { type Database } from 'better-sqlite3'
import { closeDatabase, openDatabase } from '../db/open-database'

export const pageSize = 4096
const at = Date.UTC(2026, 0, 5, 9, 0, 0)

/** An opted-out number, as `+7916` and seven digits from `n`. */
export const numberOf = (n: number): string => `+7916${String(1_000_000 + n)}`

/**
 * A shop's database on a real file: `contacts` people in the book and `optOuts` numbers on the
 * opt-out list (one event each, as the store writes them), every seventh of them re-subscribed
 * and so off the list again.
 */
export function writeShopDatabase(
  file: string,
  {
    contacts = 200,
    optOuts = 300,
    from = 0,
  }: { contacts?: number; optOuts?: number; from?: number } = {},
): void {
  const { db } = openDatabase({ file, now: at })
  try {
    fillShop(db, { contacts, optOuts, from })
  } finally {
    closeDatabase(db)
  }
}

export function fillShop(
  db: Database,
  { contacts, optOuts, from }: { contacts: number; optOuts: number; from: number },
): void {
  const person = db.prepare(`INSERT INTO contacts (name, created_at, updated_at) VALUES (?, ?, ?)`)
  const optOut = db.prepare(
    `INSERT OR IGNORE INTO opt_outs (e164, created_at, source, note) VALUES (?, ?, 'manual_entry', ?)`,
  )
  const resubscribe = db.prepare(
    `INSERT INTO opt_out_events (e164, action, at, source, note) VALUES (?, 'resubscribed', ?, 'manual_entry', '')`,
  )
  const remove = db.prepare('DELETE FROM opt_outs WHERE e164 = ?')
  db.transaction(() => {
    for (let i = 0; i < contacts; i += 1) person.run(`Покупатель ${String(i)}`, at, at)
    for (let i = from; i < from + optOuts; i += 1) {
      optOut.run(numberOf(i), at + i * 1000, `просил не писать ${String(i)}`)
      if (i % 7 === 6) {
        resubscribe.run(numberOf(i), at + i * 1000 + 500)
        remove.run(numberOf(i))
      }
    }
  })()
}

/** The numbers on the list of a healthy file (opened for writing, so it leaves no -wal/-shm behind). */
export function optedOutIn(file: string): string[] {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    return db.prepare<[], string>('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()
  } finally {
    db.close()
  }
}

/** The pages (1-based) of a table or index, leaves only unless said otherwise. */
export function pagesOf(file: string, name: string, kind: 'leaf' | 'any' = 'leaf'): number[] {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    return db
      .prepare<[string], { pageno: number; pagetype: string }>(
        'SELECT pageno, pagetype FROM dbstat WHERE name = ? ORDER BY path',
      )
      .all(name)
      .filter((page) => kind === 'any' || page.pagetype === 'leaf')
      .map((page) => page.pageno)
  } finally {
    db.close()
  }
}

/** Overwrites whole pages with junk, as a bad sector or a stray write would. */
export function scribbleOverPages(file: string, pages: readonly number[]): void {
  const fd = openSync(file, 'r+')
  try {
    for (const page of pages) {
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize)
    }
  } finally {
    closeSync(fd)
  }
}

/** Cuts the file to its first `pages` pages, as a copy that stopped halfway would. */
export const cutShort = (file: string, pages: number): void => truncateSync(file, pages * pageSize)

/** Writes garbage over the first 100 bytes: SQLite no longer knows it as a database. */
export function scribbleOverHeader(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.from('not a database, only junk '.repeat(4)), 0, 100, 0)
  } finally {
    closeSync(fd)
  }
}

/** The bytes of a file, to compare before and after. */
export const bytesOf = (file: string): Buffer => readFileSync(file)

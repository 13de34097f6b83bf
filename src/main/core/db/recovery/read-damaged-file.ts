import { existsSync, rmSync } from 'node:fs'
import Sqlite, { type Database } from 'better-sqlite3'
import { sidecarSuffixes } from './file-moves'

/**
 * Runs `read` on a database file, damaged or not, opened read-only (with its own WAL, which holds
 * the latest commits): the file and its WAL are not written, and the empty sidecars a read-only
 * open leaves are removed. A file SQLite cannot open at all, or a read that throws, gives
 * `unreadable`.
 */
export function readDamagedFile<T>(
  file: string,
  nativeBinding: string | undefined,
  read: (db: Database) => T,
  unreadable: T,
): T {
  const hadSidecar = new Set(sidecarSuffixes.filter((suffix) => existsSync(`${file}${suffix}`)))
  try {
    let db: Database
    try {
      db = new Sqlite(file, {
        readonly: true,
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      })
    } catch {
      return unreadable
    }
    try {
      // A file cut short is refused outright unless SQLite is told to read the pages it has: the
      // connection is read-only, so this lets it read more, never write.
      db.unsafeMode(true)
      db.pragma('writable_schema = ON')
      return read(db)
    } catch {
      return unreadable
    } finally {
      db.close()
    }
  } finally {
    for (const suffix of sidecarSuffixes) {
      if (!hadSidecar.has(suffix)) rmSync(`${file}${suffix}`, { force: true })
    }
  }
}

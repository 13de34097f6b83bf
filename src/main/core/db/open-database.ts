import { mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import { DatabaseOpenError } from './database-error'
import { assertNotNewer, migrate, type MigrationOutcome } from './migrate'
import { migrations } from './migrations'
import type { Migration } from './migrations/migration'

export interface OpenDatabaseOptions {
  file: string
  /** Wall-clock time, for naming the pre-migration copy. */
  now: number
  /** Path of a better-sqlite3 binary built for another runtime (Electron). */
  nativeBinding?: string
  steps?: readonly Migration[]
}

export interface OpenedDatabase {
  db: Database
  migration: MigrationOutcome
}

/**
 * Opens the one database file: checks it before anything writes to it, then sets the pragmas
 * and migrates. A damaged or newer database is refused and left untouched.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file, now, steps = migrations } = options
  mkdirSync(dirname(file), { recursive: true })
  let db: Database
  try {
    db = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new DatabaseOpenError('unreadable', file, String(error))
  }
  try {
    checkIntegrity(db, file)
    assertNotNewer(db, steps) // before the pragmas below write to the file
    // WAL lets readers run during a long import; NORMAL is durable at every checkpoint and is
    // the recommended pairing with WAL (a power cut can lose the last commit, never corrupt).
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // 32 MiB of page cache (the default is 2): an import's indexes stay in memory, not spilled mid-transaction.
    db.pragma('cache_size = -32768')
    const migration = migrate(db, steps, (from, to) =>
      join(dirname(file), `${basename(file)}.v${from}-before-v${to}.${stamp(now)}.bak`),
    )
    return { db, migration }
  } catch (error) {
    db.close()
    throw error
  }
}

function checkIntegrity(db: Database, file: string): void {
  let rows: { quick_check: string }[]
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[]
  } catch (error) {
    // SQLITE_NOTADB and friends: not a database at all, or its header is broken.
    throw new DatabaseOpenError('damaged', file, String(error))
  }
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok')
  if (problems.length > 0) throw new DatabaseOpenError('damaged', file, problems.join('; '))
}

export function closeDatabase(db: Database): void {
  if (!db.open) return
  db.pragma('optimize')
  db.close()
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}

import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import { DatabaseOpenError } from './database-error'
import { storageProblemOf } from './storage-problem'
import { assertNotNewer, migrate, partialCopyOf, type MigrationOutcome } from './migrate'
import { recordCleanShutdown, takeCleanShutdown } from './clean-shutdown'
import { damageNoted, forgetDamage } from './damage-note'
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
  /**
   * Whether the file is known whole without reading every page: the last run closed it cleanly
   * (clean-shutdown.ts), it is new, or it was checked at this open. If not, the core checks it in
   * the background (integrity-watch.ts).
   */
  knownWhole: boolean
}

/**
 * Opens the one database file: reads its header and schema (a file SQLite cannot read is refused
 * as damaged), checks every page before anything writes to it when a migration is due or a
 * background check found damage, then sets the pragmas and migrates. After a clean shutdown the
 * full check is skipped: it reads every page. A damaged or newer database is refused and left
 * untouched.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file, now, steps = migrations } = options
  try {
    mkdirSync(dirname(file), { recursive: true })
  } catch (error) {
    // EEXIST: the folder's path is taken by a file; like any other refusal, nowhere to write.
    throw new DatabaseOpenError(storageProblemOf(error) ?? 'read_only', file, String(error))
  }
  const isNew = !existsSync(file)
  let closedCleanly: boolean
  try {
    closedCleanly = takeCleanShutdown(file)
  } catch (error) {
    throw new DatabaseOpenError(storageProblemOf(error) ?? 'unreadable', file, String(error))
  }
  let db: Database
  try {
    db = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new DatabaseOpenError(storageProblemOf(error) ?? 'unreadable', file, String(error))
  }
  try {
    const version = readHeaderAndSchema(db, file, steps) // before the pragmas below write to the file
    const latest = steps.at(-1)?.version ?? 0
    // A migration rewrites the file: never onto damage. A noted damage is confirmed (or cleared,
    // when a recovery put a good file in its place) before the app may use the file.
    const checkNow = !isNew && (version < latest || damageNoted(file))
    if (checkNow) {
      checkIntegrity(db, file)
      forgetDamage(file)
    }
    // WAL lets readers run during a long import. FULL flushes the log at every commit: with NORMAL
    // a power cut can lose the last commits — a claim just before its message went out, an
    // opt-out. It costs one flush per commit: nil at 50 sends an hour, and an import is one commit.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // 32 MiB of page cache (the default is 2): an import's indexes stay in memory, not spilled mid-transaction.
    db.pragma('cache_size = -32768')
    removeCutShortCopies(file)
    const migration = migrate(db, steps, (from, to) =>
      join(dirname(file), `${basename(file)}.v${from}-before-v${to}.${stamp(now)}.bak`),
    )
    return { db, migration, knownWhole: isNew || checkNow || closedCleanly }
  } catch (error) {
    db.close()
    const problem = storageProblemOf(error)
    if (problem && !(error instanceof DatabaseOpenError))
      throw new DatabaseOpenError(problem, file, String(error))
    throw error
  }
}

/** The header's version and the schema: a file whose first pages SQLite cannot read is damaged. */
function readHeaderAndSchema(db: Database, file: string, steps: readonly Migration[]): number {
  let version: number
  try {
    version = assertNotNewer(db, steps)
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    // SQLITE_NOTADB and friends: not a database at all, or its header or schema is broken.
    throw new DatabaseOpenError(storageProblemOf(error) ?? 'damaged', file, String(error))
  }
  return version
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

/** Pre-upgrade copies a killed start left half-written (see `partialCopyOf`): never whole, so gone. */
function removeCutShortCopies(file: string): void {
  const prefix = `${basename(file)}.v`
  for (const name of readdirSync(dirname(file))) {
    if (name.startsWith(prefix) && name.endsWith(partialCopyOf('.bak')))
      rmSync(join(dirname(file), name), { force: true })
  }
}

export function closeDatabase(db: Database): void {
  if (!db.open) return
  db.pragma('optimize')
  db.close()
}

/**
 * The core's close at the end of a run: the next start may skip the full check only if this run
 * knew the file whole. A file not known whole (damaged, or a check still under way or unable to
 * run) is closed without the optimize, which may write, and without the record: the next start
 * checks it.
 */
export function closeDatabaseCleanly(db: Database, file: string, knownWhole: boolean): void {
  if (!db.open) return
  if (!knownWhole) {
    db.close()
    return
  }
  closeDatabase(db)
  recordCleanShutdown(file)
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}

import { existsSync, renameSync, rmSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { DatabaseOpenError } from './database-error'
import type { Migration } from './migrations/migration'

export interface MigrationOutcome {
  from: number
  to: number
  /** The copy taken before migrating, when there was anything to copy. */
  backupFile?: string
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema up to the last migration. Refuses a database from a newer app. Before any
 * step runs on a database that holds data, a consistent copy is written beside it; then all
 * pending steps run in one transaction, so a failure leaves the schema as it was.
 */
export function migrate(
  db: Database,
  steps: readonly Migration[],
  backupFileFor: (from: number, to: number) => string,
): MigrationOutcome {
  const from = assertNotNewer(db, steps)
  const latest = steps.at(-1)?.version ?? 0
  const pending = steps.filter((step) => step.version > from)
  if (pending.length === 0) return { from, to: from }

  let backupFile: string | undefined
  if (from > 0 || hasTables(db)) {
    backupFile = backupFileFor(from, latest)
    if (existsSync(backupFile)) throw new Error(`backup file already exists: ${backupFile}`)
    // Written under another name and renamed when whole: a copy cut short by a crash or a full
    // disk must never look like one the owner could restore.
    const partial = partialCopyOf(backupFile)
    rmSync(partial, { force: true })
    db.prepare('VACUUM INTO ?').run(partial)
    renameSync(partial, backupFile)
  }

  db.transaction(() => {
    for (const step of pending) {
      step.up(db)
      db.pragma(`user_version = ${step.version}`)
    }
  })()
  return { from, to: latest, ...(backupFile ? { backupFile } : {}) }
}

/** Where a pre-upgrade copy is written until it is whole. */
export const partialCopyOf = (backupFile: string): string => `${backupFile}.partial`

/** Refuses a database written by a newer app; returns its schema version. */
export function assertNotNewer(db: Database, steps: readonly Migration[]): number {
  const version = schemaVersion(db)
  const latest = steps.at(-1)?.version ?? 0
  if (version > latest) {
    throw new DatabaseOpenError(
      'too_new',
      db.name,
      `schema ${version}, this app knows up to ${latest}`,
    )
  }
  return version
}

function hasTables(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined
}

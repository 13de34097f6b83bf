import Sqlite from 'better-sqlite3'
import type { BackupRefusal } from '../../../shared/backups'
import { CoreError } from '../errors'
import { migrations } from '../db/migrations'

/** Tables every Rupor database has had since its first schema version. */
const ruporTables = ['settings']

/**
 * Checks a copy before it may replace the database: SQLite's full integrity_check passes, it is a
 * Rupor database (a schema version Rupor wrote, with Rupor's tables), and not from a newer Rupor.
 * Opens it without writing. Throws `file_problem` with the refusal as `details.problem`.
 */
export function inspectCopy(file: string, nativeBinding?: string): { schemaVersion: number } {
  let db: Sqlite.Database
  try {
    db = new Sqlite(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  } catch (error) {
    throw refused('backup_damaged', `cannot open: ${String(error)}`)
  }
  try {
    let problems: string[]
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((text) => text !== 'ok')
    } catch (error) {
      // SQLITE_NOTADB: not a database at all, or its header is broken.
      throw refused('backup_damaged', String(error))
    }
    if (problems.length > 0) throw refused('backup_damaged', problems.slice(0, 3).join('; '))
    const version = db.pragma('user_version', { simple: true }) as number
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
    )
    if (version <= 0 || !ruporTables.every((name) => tables.has(name))) {
      throw refused('backup_foreign', `schema ${String(version)} without Rupor's tables`)
    }
    const latest = migrations.at(-1)?.version ?? 0
    if (version > latest) {
      throw refused(
        'backup_too_new',
        `schema ${String(version)}, this app knows up to ${String(latest)}`,
      )
    }
    if (!migrations.some((step) => step.version === version)) {
      throw refused('backup_foreign', `schema ${String(version)} is not one Rupor wrote`)
    }
    return { schemaVersion: version }
  } finally {
    db.close()
  }
}

function refused(problem: BackupRefusal, detail: string): CoreError {
  return new CoreError('file_problem', `This copy cannot be restored (${detail}).`, undefined, {
    problem,
  })
}

import type { Database } from 'better-sqlite3'
import { CoreError } from '../errors'
import { sqliteCodeOf } from '../db/damage-of'
import { storageProblemOf } from '../db/storage-problem'
import { createBuildTables, placeableOf, writeBuild } from './build-write'
import { registerFold } from './list-filter'
import type {
  FromListBuildWorker,
  ListBuildJob,
  ToListBuildWorker,
} from './list-build-worker-messages'

/**
 * In the worker, on its own connection: fills its own TEMP table with who the core placed and
 * runs the same write as the core would (build-write.ts), under BEGIN IMMEDIATE.
 */
export function runListBuildWrite(
  db: Database,
  job: ListBuildJob,
  write: ToListBuildWorker,
): FromListBuildWorker {
  registerFold(db)
  const tables = createBuildTables(db, 1)
  try {
    const listIds = db
      .transaction(() => {
        db.prepare(
          `INSERT OR IGNORE INTO ${tables.table} (contact_id) SELECT value FROM json_each(?)`,
        ).run(JSON.stringify(write.contactIds))
        return writeBuild(
          db,
          tables,
          { ...job, now: write.now },
          placeableOf(write.placeableKinds),
          write.rejudgeAll,
        )
      })
      .immediate()
    return { kind: 'built', listIds }
  } catch (error) {
    if (error instanceof CoreError) {
      return {
        kind: 'refused',
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      }
    }
    return {
      kind: 'failed',
      storageProblem: storageProblemOf(error) ?? null,
      sqliteCode: sqliteCodeOf(error),
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
}

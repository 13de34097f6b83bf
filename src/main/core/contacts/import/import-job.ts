import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { ImportProgress, ImportReport, importStartSchema } from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { createProblemStage, startApply } from './import-apply'
import { parsedRows, type ParsedItem, type ParsedRow } from './parsed-rows'

export type StartInput = z.output<typeof importStartSchema>

/** How a run ends when it ends on its own; `interrupted` is only found at the next start. */
export type EndedReport = ImportReport & { status: 'finished' | 'cancelled' | 'failed' }

const stageBatch = 2000
const progressEveryRows = 5000

export interface ImportJob {
  importId: string
  fileName: string
  /** The uploaded file, received in full. */
  path: string
  fileSize: number
  input: StartInput
  country: CountryCode
}

export interface ImportJobHooks {
  /** Aborts the reading (a cancel). */
  signal: AbortSignal
  /**
   * Asked between slices of the apply and before its commit: true rolls it back (a cancel that
   * reached it, or the book found damaged).
   */
  cancelled: () => boolean
  progress: (progress: ImportProgress) => void
  /**
   * Everything is read and staged: resolves when the apply may take the write lock, with the time
   * the contacts and the import's end are stamped with.
   */
  beforeApply: () => Promise<number>
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.')
    this.name = 'ImportCancelled'
  }
}

/** Says how the reading goes each time it passes another `progressEveryRows` rows. */
function readingProgress(importId: string, progress: ImportJobHooks['progress']) {
  let next = progressEveryRows
  return (item: Extract<ParsedItem, { kind: 'rows' }>): void => {
    if (item.rowsRead < next) return
    next = item.rowsRead - (item.rowsRead % progressEveryRows) + progressEveryRows
    progress({
      importId,
      phase: 'reading',
      rowsDone: item.rowsRead,
      rowsEstimated: item.rowsEstimated,
    })
  }
}

/**
 * An import's run in the import worker, on a connection of its own: the rows are applied in one
 * transaction as the parser thread reads them (`items`), so reading and writing share the two
 * cores. The write lock is taken when the first rows arrive (the gate closed for it), so a file
 * refused at its start (empty, only a header, an encoding or columns that do not fit) never holds
 * the owner's writes back; from then on a cancel, a failure, a problem with the file found at its
 * end, or a kill rolls the whole import back and leaves the book as it was. Never on the core's
 * connection: a transaction held open across awaits there would take the owner's other writes
 * with it into a cancel's rollback (runImport is that one).
 */
export async function runStreamedImport(
  db: Database,
  job: ImportJob,
  hooks: ImportJobHooks,
  items: AsyncIterable<ParsedItem>,
): Promise<EndedReport> {
  const { importId } = job
  const stage = createProblemStage(db, importId)
  const reading = readingProgress(importId, hooks.progress)
  const arriving = items[Symbol.asyncIterator]()
  let headers: string[] = []
  try {
    let next = await arriving.next()
    while (!next.done && next.value.kind === 'headers') {
      headers = next.value.headers
      next = await arriving.next()
    }
    hooks.signal.throwIfAborted()
    const now = await hooks.beforeApply()
    hooks.signal.throwIfAborted()
    // IMMEDIATE: the write lock is taken at once (the gate was closed for it), not at the first
    // write, so no other connection's write can slip in and make this one's upgrade fail.
    db.exec('BEGIN IMMEDIATE')
    try {
      const apply = startApply(db, job, stage.writer, now)
      let rows = 0
      let rejected = 0
      for (; !next.done; next = await arriving.next()) {
        if (hooks.cancelled()) throw new ImportCancelled()
        const item = next.value
        if (item.kind === 'headers') {
          headers = item.headers
          continue
        }
        // A rejected row's problems come before any the apply finds for a later one.
        if (item.problems.length > 0) stage.writer.add(item.problems)
        apply.expect(item.rowsEstimated)
        for (const row of item.rows) apply.row(row)
        rows = item.rowsRead
        rejected = item.rejected
        reading(item)
      }
      if (hooks.cancelled()) throw new ImportCancelled()
      hooks.progress({ importId, phase: 'saving', rowsDone: rows, rowsEstimated: rows })
      const report = apply.finish({ rows, rejected, headers })
      // Asked once more at the last moment: a book found damaged meanwhile takes no import.
      if (hooks.cancelled()) throw new ImportCancelled()
      db.exec('COMMIT')
      return report
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw error
    }
  } finally {
    stage.clear()
    // Ended early (a cancel, a failure): the parser's channel is closed, and it stops.
    await arriving.return?.()
  }
}

/**
 * An import's whole run on the core's connection, when no worker could start: reads the file into
 * candidates staged in a TEMP table (the connection's own: no lock on the book), then applies them
 * in one synchronous transaction, so a cancel, a failure or a kill leaves the book as it was and
 * no other write of the core's lands inside it. Problems and the headers wait in TEMP tables too
 * and land in the apply's commit with the summary: nothing touches the book's file before it.
 */
export async function runImport(
  db: Database,
  job: ImportJob,
  hooks: ImportJobHooks,
): Promise<EndedReport> {
  const { importId } = job
  db.exec(
    // A rowid table: appending is the cheapest write SQLite has. Each row as the parser's tuple
    // (parsed-rows.ts) in JSON: this runs only where no worker could start.
    `CREATE TEMP TABLE IF NOT EXISTS import_stage_parsed (seq INTEGER PRIMARY KEY,
       import_id TEXT NOT NULL, row TEXT NOT NULL)`,
  )
  const insertStage = db.prepare<[string, string]>(
    'INSERT INTO import_stage_parsed (import_id, row) VALUES (?, ?)',
  )
  // Read in slices: better-sqlite3 cannot write while an iterator on the same connection is open.
  const selectStage = db.prepare<[string, number, number], { seq: number; row: string }>(
    'SELECT seq, row FROM import_stage_parsed WHERE import_id = ? AND seq >= ? ORDER BY seq LIMIT ?',
  )
  const clearStage = db.prepare<[string]>('DELETE FROM import_stage_parsed WHERE import_id = ?')
  const stage = createProblemStage(db, importId)
  const reading = readingProgress(importId, hooks.progress)
  const flush = db.transaction((rows: ParsedRow[]) => {
    for (const row of rows) insertStage.run(importId, JSON.stringify(row))
  })
  let headers: string[] = []
  let rows = 0
  let rejected = 0
  try {
    for await (const item of parsedRows(job, hooks.signal)) {
      if (item.kind === 'headers') {
        headers = item.headers
        continue
      }
      if (item.problems.length > 0) stage.writer.add(item.problems)
      flush(item.rows)
      rows = item.rowsRead
      rejected = item.rejected
      reading(item)
    }
    hooks.progress({ importId, phase: 'saving', rowsDone: rows, rowsEstimated: rows })
    const now = await hooks.beforeApply()
    hooks.signal.throwIfAborted()
    return db
      .transaction(() => {
        const apply = startApply(db, job, stage.writer, now)
        apply.expect(rows)
        for (let next = 0, slice = selectStage.all(importId, 0, stageBatch); slice.length > 0;) {
          if (hooks.cancelled()) throw new ImportCancelled()
          for (const staged of slice) {
            apply.row(JSON.parse(staged.row) as ParsedRow)
            next = staged.seq + 1
          }
          slice = selectStage.all(importId, next, stageBatch)
        }
        if (hooks.cancelled()) throw new ImportCancelled()
        clearStage.run(importId)
        return apply.finish({ rows, rejected, headers })
      })
      .immediate()
  } finally {
    clearStage.run(importId)
    stage.clear()
  }
}

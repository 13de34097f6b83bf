import type { Database } from 'better-sqlite3'
import type { RowProblem } from '../../../../shared/imports'
import { createContactsRepository } from '../contacts-repository'
import { createCandidateApplier } from './apply-candidates'
import { dropReadIndexes } from './deferred-indexes'
import type { EndedReport, ImportJob } from './import-job'
import { createImportProblemsRepository } from './import-problems-repository'
import { candidateOfParsedRow, keysOfParsedRow, type ParsedRow } from './parsed-rows'

/**
 * The connection's TEMP table an import's problems wait in until the apply's commit lands them: a
 * write to the book's file while the gate is open could make a core transaction that read first
 * fail at its write with SQLITE_BUSY (no busy wait then).
 */
export function createProblemStage(db: Database, importId: string) {
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS import_stage_problems (import_id TEXT NOT NULL, seq INTEGER NOT NULL,
       line INTEGER NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, value TEXT NOT NULL,
       raw TEXT NOT NULL, name TEXT NOT NULL)`,
  )
  const clear = db.prepare<[string]>('DELETE FROM import_stage_problems WHERE import_id = ?')
  return {
    writer: createImportProblemsRepository(db, 'temp.import_stage_problems').writer(importId),
    clear: () => clear.run(importId),
  }
}

/**
 * The reading indexes are dropped only for this many rows still to come at the least, and asked
 * about from then on every `dropCheckRows`: by then the file's size tells its rows well.
 */
const minRowsToDropIndexes = 5000
const dropCheckRows = 1000

/**
 * An import's apply, inside the transaction that holds the book's write lock: each row merged into
 * the book as it comes (matches by number, merges, adds), the search index for the new contacts
 * built once at the end (for an import of many rows, the reading indexes too), and the import
 * finished in the same commit as its contacts — its problems landed, its header and summary saved
 * — so a process killed right after the commit does not find the import "running" at its next
 * start and call a whole import interrupted.
 */
export function startApply(
  db: Database,
  job: ImportJob,
  problems: ReturnType<typeof createProblemStage>['writer'],
  now: number,
) {
  const { importId, fileName, input } = job
  const contacts = createContactsRepository(db)
  const problemsRepo = createImportProblemsRepository(db)
  const landProblems = db.prepare<[string]>(
    `INSERT INTO import_problems (import_id, seq, line, severity, code, value, raw, name)
     SELECT import_id, seq, line, severity, code, value, raw, name FROM temp.import_stage_problems
     WHERE import_id = ? ORDER BY seq`,
  )
  const setHeaders = db.prepare<[string, string]>('UPDATE imports SET headers = ? WHERE id = ?')
  const setStatus = db.prepare<[string, number | null, string | null, string]>(
    'UPDATE imports SET status = ?, finished_at = ?, summary = ? WHERE id = ?',
  )
  const indexNewContacts = contacts.deferSearchIndex()
  const bookSize = db.prepare<[], number>('SELECT count(*) FROM contacts').pluck().get() ?? 0
  let rowsApplied = 0
  let rowsExpected = 0
  let rebuildIndexes: (() => void) | undefined
  // Keeping an index costs about three times building it, per row: dropping pays when the rows
  // still to come outnumber half the book the indexes will be built over again.
  const worthDropping = (): boolean =>
    rowsApplied >= minRowsToDropIndexes &&
    rowsExpected - rowsApplied >= Math.max(minRowsToDropIndexes, (bookSize + rowsApplied) / 2)
  const applier = createCandidateApplier(contacts, {
    consentDefault: input.consent,
    source: `import: ${fileName}`,
    now,
  })
  return {
    /** One row as the parser read it; its cells are parsed only for a row with a problem. */
    row(row: ParsedRow): void {
      const cells = (): string[] => JSON.parse(row[12]) as string[]
      const found: RowProblem[] = applier.apply(
        candidateOfParsedRow(row),
        cells,
        keysOfParsedRow(row),
      )
      if (found.length > 0) problems.add(found)
      rowsApplied += 1
      if (rebuildIndexes === undefined && rowsApplied % dropCheckRows === 0 && worthDropping())
        rebuildIndexes = dropReadIndexes(db)
    },
    /** How many rows the file has, as far as is known (reading: estimated from its size). */
    expect(rows: number): void {
      rowsExpected = rows
    },
    finish(totals: { rows: number; rejected: number; headers: string[] }): EndedReport {
      indexNewContacts()
      rebuildIndexes?.()
      problems.flush()
      landProblems.run(importId)
      setHeaders.run(JSON.stringify(totals.headers), importId)
      const report: EndedReport = {
        importId,
        fileName,
        status: 'finished',
        rows: totals.rows,
        ...applier.counts,
        rejected: totals.rejected,
        // Counted after merging: a row may be flagged then too (a duplicate, a number of someone else).
        flagged: problemsRepo.rowsWith(importId, 'flagged'),
        problems: [],
        fileProblem: null,
      }
      const { problems: _omitted, ...summary } = report
      setStatus.run('finished', now, JSON.stringify(summary), importId)
      return report
    },
  }
}

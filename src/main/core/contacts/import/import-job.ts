import type { Database } from 'better-sqlite3'
import iconv from 'iconv-lite'
import type { z } from 'zod'
import { restoreCell } from '../../../../shared/csv-safety'
import type {
  ImportProgress,
  ImportReport,
  importStartSchema,
  MappingTarget,
  NameOrder,
} from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { invalidInput } from '../../errors'
import { createContactsRepository } from '../contacts-repository'
import { guessFileNameOrder, guessSampleRows } from '../names/guess-name-order'
import { nameWrittenIn } from '../names/names-of-row'
import { createCandidateApplier } from './apply-candidates'
import { FileProblemError } from './file-problem'
import { phoneColumns, phonePriority } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { createImportProblemsRepository } from './import-problems-repository'
import { readRecords, type FileRecord } from './read-records'
import { rowToCandidate } from './row-to-candidate'
import { sniffFile, type FileSniff } from './sniff-file'
import { candidateOfStagedRow, stagedColumns, stagedRowOf, type StagedRow } from './staged-row'

export type StartInput = z.output<typeof importStartSchema>

/** How a run ends when it ends on its own; `interrupted` is only found at the next start. */
export type EndedReport = ImportReport & { status: 'finished' | 'cancelled' | 'failed' }

const stageBatch = 2000
const progressEveryRows = 5000

/** The file as sniffed, with the encoding the owner chose instead, if any. */
export async function sniffUpload(path: string, encoding: string | undefined): Promise<FileSniff> {
  const sniffed = await sniffFile(path)
  if (encoding === undefined) return sniffed
  if (!iconv.encodingExists(encoding)) {
    throw invalidInput('Rupor does not know this encoding.', [
      { path: 'encoding', message: 'unknown_encoding' },
    ])
  }
  return { ...sniffed, encoding, encodingLabel: encoding }
}

export function planOf(
  headers: string[],
  mapping: MappingTarget[],
  nameOrder: NameOrder,
): ImportPlan {
  if (mapping.length !== headers.length) {
    throw invalidInput('The mapping does not match the columns of the file.', [
      { path: 'mapping', message: `expected ${headers.length} columns, got ${mapping.length}` },
    ])
  }
  return { headers, mapping, phones: phoneColumns(headers, mapping), phonePriority, nameOrder }
}

/** Without the owner's choice, the order full names are split by is guessed from the file's start. */
async function guessedNameOrder(
  path: string,
  sniffed: FileSniff,
  mapping: MappingTarget[],
): Promise<NameOrder> {
  if (!mapping.includes('fullName')) return 'first_last'
  const controller = new AbortController()
  const rows: string[][] = []
  for await (const record of readRecords(path, sniffed, { signal: controller.signal })) {
    rows.push(record.cells.map(restoreCell))
    if (rows.length > guessSampleRows) break
  }
  controller.abort()
  const [headers = [], ...values] = rows
  return guessFileNameOrder(headers, mapping, values)
}

// The country is read once per file: settings do not change under a running import.
// Each problem names its row's person, so the owner sees who a rejected row was.
export function candidateOf(record: FileRecord, plan: ImportPlan, country: CountryCode) {
  const cells = record.cells.map(restoreCell)
  const outcome = rowToCandidate({ line: record.line, cells }, plan, { defaultCountry: country })
  if (outcome.problems.length === 0) return outcome
  const name = outcome.candidate?.name ?? nameWrittenIn(cells, plan.mapping)
  return { ...outcome, problems: outcome.problems.map((problem) => ({ ...problem, name })) }
}

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
  /** Asked between slices of the apply: true rolls it back (a cancel that reached it). */
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

/**
 * An import's whole run on one connection: reads the file into candidates, staged in a TEMP table
 * (the connection's own: no lock on the book), then applies them in one transaction, so a cancel,
 * a failure or a kill leaves the book as it was. Problems and the headers wait in TEMP tables too
 * and land in the apply's commit with the summary: nothing touches the book's file before it. Runs in the import worker on a connection
 * of its own, or on the core's when no worker could start.
 */
export async function runImport(
  db: Database,
  job: ImportJob,
  hooks: ImportJobHooks,
): Promise<EndedReport> {
  const { importId, fileName, path, input } = job
  const { signal } = hooks
  db.exec(
    // A rowid table: appending is the cheapest write SQLite has. One column per fact (StagedRow).
    `CREATE TEMP TABLE IF NOT EXISTS import_stage_rows (seq INTEGER PRIMARY KEY, import_id TEXT NOT NULL,
       line INTEGER NOT NULL, name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL,
       last_name TEXT NOT NULL, email TEXT NOT NULL, notes TEXT NOT NULL, phones TEXT NOT NULL,
       tags TEXT NOT NULL, consent TEXT, saved_number TEXT, cells TEXT NOT NULL)`,
  )
  const insertStage = db.prepare<[string, ...StagedRow]>(
    `INSERT INTO import_stage_rows (import_id, ${stagedColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // Read in slices: better-sqlite3 cannot write while an iterator on the same connection is open.
  // Rows as arrays: seq first, then the StagedRow.
  const selectStage = db
    .prepare<[string, number, number], [number, ...StagedRow]>(
      `SELECT seq, ${stagedColumns} FROM import_stage_rows WHERE import_id = ? AND seq >= ? ORDER BY seq LIMIT ?`,
    )
    .raw(true)
  // Problems wait here too: a write to the book's file while the gate is open (reading) could make
  // a core transaction that read first fail at its write with SQLITE_BUSY (no busy wait then).
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS import_stage_problems (import_id TEXT NOT NULL, seq INTEGER NOT NULL,
       line INTEGER NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, value TEXT NOT NULL,
       raw TEXT NOT NULL, name TEXT NOT NULL)`,
  )
  const clearStage = db.prepare<[string]>('DELETE FROM import_stage_rows WHERE import_id = ?')
  const clearStagedProblems = db.prepare<[string]>(
    'DELETE FROM import_stage_problems WHERE import_id = ?',
  )
  const landProblems = db.prepare<[string]>(
    `INSERT INTO import_problems (import_id, seq, line, severity, code, value, raw, name)
     SELECT import_id, seq, line, severity, code, value, raw, name FROM temp.import_stage_problems
     WHERE import_id = ? ORDER BY seq`,
  )
  const setHeaders = db.prepare<[string, string]>('UPDATE imports SET headers = ? WHERE id = ?')
  const setStatus = db.prepare<[string, number | null, string | null, string]>(
    'UPDATE imports SET status = ?, finished_at = ?, summary = ? WHERE id = ?',
  )
  const problemsRepo = createImportProblemsRepository(db)
  const contacts = createContactsRepository(db)
  const problems = createImportProblemsRepository(db, 'temp.import_stage_problems').writer(importId)
  const fileSize = Math.max(1, job.fileSize)
  let rows = 0
  let rejected = 0
  let plan: ImportPlan | undefined
  let headers: string[] = []
  let batch: StagedRow[] = []
  let bytesRead = 0
  const flush = db.transaction((entries: StagedRow[]) => {
    for (const staged of entries) insertStage.run(importId, ...staged)
  })

  try {
    const sniffed = await sniffUpload(path, input.encoding)
    const nameOrder = input.nameOrder ?? (await guessedNameOrder(path, sniffed, input.mapping))
    signal.throwIfAborted()
    for await (const record of readRecords(path, sniffed, {
      signal,
      onBytes: (n) => (bytesRead = n),
    })) {
      if (!plan) {
        plan = planOf(record.cells, input.mapping, nameOrder)
        headers = record.cells
        continue
      }
      rows += 1
      const { candidate, problems: found } = candidateOf(record, plan, job.country)
      problems.add(found)
      if (!candidate) rejected += 1
      else batch.push(stagedRowOf(candidate, record.cells))
      if (batch.length >= stageBatch) {
        flush(batch)
        batch = []
      }
      if (rows % progressEveryRows === 0) {
        hooks.progress({
          importId,
          phase: 'reading',
          rowsDone: rows,
          rowsEstimated: Math.max(rows, Math.round((rows * fileSize) / Math.max(1, bytesRead))),
        })
      }
    }
    signal.throwIfAborted()
    flush(batch)
    if (!plan) throw new FileProblemError('empty_file', null)
    if (rows === 0) throw new FileProblemError('header_only', 1)

    hooks.progress({ importId, phase: 'saving', rowsDone: rows, rowsEstimated: rows })
    const now = await hooks.beforeApply()
    signal.throwIfAborted()

    const applier = createCandidateApplier(contacts, {
      consentDefault: input.consent,
      source: `import: ${fileName}`,
      now,
    })
    // IMMEDIATE: the write lock is taken at once (the gate was closed for it), not at the first
    // write, so no other connection's write can slip in and make this one's upgrade fail.
    return db
      .transaction(() => {
        const indexNewContacts = contacts.deferSearchIndex()
        for (let next = 0, slice = selectStage.all(importId, 0, stageBatch); slice.length > 0;) {
          if (hooks.cancelled()) throw new ImportCancelled()
          for (const [seq, ...staged] of slice) {
            const { candidate, cells } = candidateOfStagedRow(staged)
            const found = applier.apply(candidate, cells)
            if (found.length > 0) problems.add(found)
            next = seq + 1
          }
          slice = selectStage.all(importId, next, stageBatch)
        }
        if (hooks.cancelled()) throw new ImportCancelled()
        indexNewContacts()
        clearStage.run(importId)
        problems.flush()
        landProblems.run(importId)
        setHeaders.run(JSON.stringify(headers), importId)
        const report: EndedReport = {
          importId,
          fileName,
          status: 'finished',
          rows,
          ...applier.counts,
          rejected,
          // Counted after merging: a row may be flagged then too (a duplicate, a number of someone else).
          flagged: problemsRepo.rowsWith(importId, 'flagged'),
          problems: [],
          fileProblem: null,
        }
        // Finished in the same commit as the contacts: a process killed right after it must not
        // find the import "running" at its next start and call a whole import interrupted.
        const { problems: _omitted, ...summary } = report
        setStatus.run('finished', now, JSON.stringify(summary), importId)
        return report
      })
      .immediate()
  } finally {
    clearStage.run(importId)
    clearStagedProblems.run(importId)
  }
}

import { randomUUID } from 'node:crypto'
import { basename, join } from 'node:path'
import type { Database } from 'better-sqlite3'
import iconv from 'iconv-lite'
import type { z } from 'zod'
import type { DownloadFile } from '../../../../shared/contacts'
import { restoreCell } from '../../../../shared/csv-safety'
import type {
  ImportPreview,
  ImportProgress,
  ImportReport,
  importPreviewSchema,
  importProblemsSchema,
  importProblemsCsvSchema,
  importStartSchema,
  MappingTarget,
  NameOrder,
  PreviewContact,
  RowProblem,
} from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { storageProblemOf } from '../../db/storage-problem'
import { invalidInput, notFound } from '../../errors'
import type { EventBus } from '../../event-bus'
import type { Clock } from '../../time/clock'
import { createContactsRepository } from '../contacts-repository'
import { guessFileNameOrder, guessSampleRows } from '../names/guess-name-order'
import { nameCellsOf, nameWrittenIn, splitsFullName } from '../names/names-of-row'
import { createCandidateApplier } from './apply-candidates'
import { FileProblemError, fileProblemToCoreError } from './file-problem'
import { guessMapping, phoneColumns, phonePriority } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { createImportProblemsRepository } from './import-problems-repository'
import { settleInterruptedImports } from './interrupted-imports'
import { problemsToCsv } from './problems-csv'
import { readRecords, type FileRecord } from './read-records'
import { rowToCandidate } from './row-to-candidate'
import { sniffFile, type FileSniff } from './sniff-file'
import { candidateOfStagedRow, stagedColumns, stagedRowOf, type StagedRow } from './staged-row'
import { createUploadStore } from './upload-store'
import { emptyReport } from './ended-report'
import { isFaxOrPagerLabel } from './phone-labels'
import { previewText } from './preview-text'

type PreviewInput = z.output<typeof importPreviewSchema>
type StartInput = z.output<typeof importStartSchema>
type ProblemsInput = z.output<typeof importProblemsSchema>
type ProblemsCsvInput = z.output<typeof importProblemsCsvSchema>

const sampleSize = 10
/** How much of a file the preview reads to estimate its rows. */
const countBytes = 2 * 1024 * 1024
const stageBatch = 2000
const progressEveryRows = 5000
const reportProblemLimit = 1000

export interface ImportServiceOptions {
  db: Database
  clock: Clock
  events: EventBus
  dataDir: string
  defaultCountry: () => CountryCode
}

/** How a run this process saw ends; `interrupted` is only found at the next start. */
type EndedReport = ImportReport & { status: 'finished' | 'cancelled' | 'failed' }

interface Running {
  controller: AbortController
  progress: ImportProgress
}

/** Upload → preview with a guessed mapping → run with progress and cancel → report. */
export function createImportService({
  db,
  clock,
  events,
  dataDir,
  defaultCountry,
}: ImportServiceOptions) {
  const uploads = createUploadStore(join(dataDir, 'imports'))
  const problemsRepo = createImportProblemsRepository(db)
  const contacts = createContactsRepository(db)
  const running = new Map<string, Running>()
  settleInterruptedImports(db, (importId) => uploads.remove(importId), clock.now())
  db.exec(
    // A rowid table: appending is the cheapest write SQLite has. One column per fact (StagedRow).
    `CREATE TEMP TABLE IF NOT EXISTS import_stage_rows (seq INTEGER PRIMARY KEY, import_id TEXT NOT NULL,
       line INTEGER NOT NULL, name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL,
       last_name TEXT NOT NULL, email TEXT NOT NULL, notes TEXT NOT NULL, phones TEXT NOT NULL,
       tags TEXT NOT NULL, consent TEXT, saved_number TEXT, cells TEXT NOT NULL)`,
  )

  const selectImport = db.prepare<
    [string],
    {
      id: string
      file_name: string
      status: string
      headers: string | null
      summary: string | null
    }
  >('SELECT id, file_name, status, headers, summary FROM imports WHERE id = ?')
  const setHeaders = db.prepare<[string, string]>('UPDATE imports SET headers = ? WHERE id = ?')
  const setStatus = db.prepare<[string, number | null, string | null, string]>(
    'UPDATE imports SET status = ?, finished_at = ?, summary = ? WHERE id = ?',
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
  const clearStage = db.prepare<[string]>('DELETE FROM import_stage_rows WHERE import_id = ?')

  const find = (importId: string) => {
    const row = selectImport.get(importId)
    if (!row) throw notFound(`There is no import ${importId}.`)
    return row
  }

  async function sniff(importId: string, encoding: string | undefined): Promise<FileSniff> {
    if (!uploads.isComplete(importId)) {
      throw invalidInput('The file has not been received in full; choose it again.', [])
    }
    const sniffed = await sniffFile(uploads.pathOf(importId))
    if (encoding === undefined) return sniffed
    if (!iconv.encodingExists(encoding)) {
      throw invalidInput('Rupor does not know this encoding.', [
        { path: 'encoding', message: 'unknown_encoding' },
      ])
    }
    return { ...sniffed, encoding, encodingLabel: encoding }
  }

  function planOf(headers: string[], mapping: MappingTarget[], nameOrder: NameOrder): ImportPlan {
    if (mapping.length !== headers.length) {
      throw invalidInput('The mapping does not match the columns of the file.', [
        { path: 'mapping', message: `expected ${headers.length} columns, got ${mapping.length}` },
      ])
    }
    return {
      headers,
      mapping,
      phones: phoneColumns(headers, mapping),
      phonePriority,
      nameOrder,
    }
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
  const candidateOf = (record: FileRecord, plan: ImportPlan, country: CountryCode) => {
    const cells = record.cells.map(restoreCell)
    const outcome = rowToCandidate({ line: record.line, cells }, plan, {
      defaultCountry: country,
    })
    if (outcome.problems.length === 0) return outcome
    const name = outcome.candidate?.name ?? nameWrittenIn(cells, plan.mapping)
    return { ...outcome, problems: outcome.problems.map((problem) => ({ ...problem, name })) }
  }

  /** A sample row as it would be imported; a rejected one still shows its name as written. */
  function previewContact(
    record: FileRecord,
    plan: ImportPlan,
    country: CountryCode,
  ): PreviewContact {
    const { candidate, problems } = candidateOf(record, plan, country)
    return {
      line: record.line,
      name: previewText(
        candidate?.name ?? nameWrittenIn(record.cells.map(restoreCell), plan.mapping),
      ),
      firstName: candidate?.firstName ?? '',
      middleName: candidate?.middleName ?? '',
      lastName: candidate?.lastName ?? '',
      phones: (candidate?.phones ?? []).map((p) => ({
        e164: p.e164,
        kind: p.kind,
        primary: p.primary,
      })),
      email: candidate?.email ?? '',
      tags: candidate?.tags ?? [],
      consent: candidate?.consent ?? 'unknown',
      problems: problems.map((problem) => ({
        ...problem,
        value: previewText(problem.value),
        raw: problem.raw.map(previewText),
      })),
    }
  }

  function emit(progress: ImportProgress): void {
    events.emit('imports.progress', progress)
  }

  async function run(
    importId: string,
    fileName: string,
    input: StartInput,
    state: Running,
  ): Promise<EndedReport> {
    const { signal } = state.controller
    const path = uploads.pathOf(importId)
    const fileSize = Math.max(1, uploads.sizeOf(importId))
    const problems = problemsRepo.writer(importId)
    let rows = 0
    let rejected = 0
    let plan: ImportPlan | undefined
    let batch: StagedRow[] = []
    let bytesRead = 0
    const flush = db.transaction((entries: StagedRow[]) => {
      for (const staged of entries) insertStage.run(importId, ...staged)
    })

    const sniffed = await sniff(importId, input.encoding)
    const country = defaultCountry()
    const nameOrder = input.nameOrder ?? (await guessedNameOrder(path, sniffed, input.mapping))
    signal.throwIfAborted()
    for await (const record of readRecords(path, sniffed, {
      signal,
      onBytes: (n) => (bytesRead = n),
    })) {
      if (!plan) {
        plan = planOf(record.cells, input.mapping, nameOrder)
        setHeaders.run(JSON.stringify(record.cells), importId)
        continue
      }
      rows += 1
      const { candidate, problems: found } = candidateOf(record, plan, country)
      problems.add(found)
      if (!candidate) rejected += 1
      else batch.push(stagedRowOf(candidate, record.cells))
      if (batch.length >= stageBatch) {
        flush(batch)
        batch = []
      }
      if (rows % progressEveryRows === 0) {
        state.progress = {
          importId,
          phase: 'reading',
          rowsDone: rows,
          rowsEstimated: Math.max(rows, Math.round((rows * fileSize) / Math.max(1, bytesRead))),
        }
        emit(state.progress)
      }
    }
    signal.throwIfAborted()
    flush(batch)
    if (!plan) throw new FileProblemError('empty_file', null)
    if (rows === 0) throw new FileProblemError('header_only', 1)

    state.progress = { importId, phase: 'saving', rowsDone: rows, rowsEstimated: rows }
    emit(state.progress)
    await new Promise((resolve) => setImmediate(resolve)) // let the "saving" event out first

    const source = `import: ${fileName}`
    const applier = createCandidateApplier(contacts, {
      consentDefault: input.consent,
      source,
      now: clock.now(),
    })
    return db.transaction(() => {
      const indexNewContacts = contacts.deferSearchIndex()
      for (let next = 0, slice = selectStage.all(importId, 0, stageBatch); slice.length > 0;) {
        for (const [seq, ...staged] of slice) {
          const { candidate, cells } = candidateOfStagedRow(staged)
          const found = applier.apply(candidate, cells)
          if (found.length > 0) problems.add(found)
          next = seq + 1
        }
        slice = selectStage.all(importId, next, stageBatch)
      }
      indexNewContacts()
      clearStage.run(importId)
      problems.flush()
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
      saveSummary(report)
      return report
    })()
  }

  function saveSummary(report: EndedReport): void {
    const { problems: _omitted, ...summary } = report
    setStatus.run(report.status, clock.now(), JSON.stringify(summary), report.importId)
  }

  function finish(importId: string, report: EndedReport): ImportReport {
    saveSummary(report)
    running.delete(importId)
    uploads.remove(importId)
    const full = withProblems(report)
    events.emit('imports.progress', {
      importId,
      phase: report.status,
      rowsDone: report.rows,
      rowsEstimated: report.rows,
    })
    events.emit('imports.finished', full)
    return full
  }

  function withProblems(report: ImportReport): ImportReport {
    return { ...report, problems: problemsRepo.page(report.importId, 0, reportProblemLimit) }
  }

  return {
    create({ fileName, size }: { fileName: string; size: number }): { importId: string } {
      const importId = randomUUID()
      // The file first: a folder that cannot be written then leaves no import behind in the book.
      uploads.create(importId, size)
      try {
        db.prepare(
          "INSERT INTO imports (id, file_name, status, created_at) VALUES (?, ?, 'uploading', ?)",
        ).run(importId, basename(fileName), clock.now())
      } catch (error) {
        uploads.remove(importId)
        throw error
      }
      return { importId }
    },

    appendChunk({ importId, offset, data }: { importId: string; offset: number; data: string }): {
      received: number
    } {
      if (find(importId).status !== 'uploading')
        throw invalidInput('This import is no longer receiving the file.', [])
      return { received: uploads.append(importId, offset, Buffer.from(data, 'base64')) }
    },

    async preview({
      importId,
      mapping,
      encoding,
      nameOrder,
    }: PreviewInput): Promise<ImportPreview> {
      const row = find(importId)
      try {
        const sniffed = await sniff(importId, encoding)
        const country = defaultCountry()
        const records: FileRecord[] = []
        /** The file's first rows, restored, for guessing how its full names are ordered. */
        const firstRows: string[][] = []
        let bytesRead = 0
        let rowsCounted = 0
        let wholeFile = true
        const controller = new AbortController()
        // Beyond the sample, rows are only counted, over the first few megabytes: exact for a
        // small file, a fair average per row for a big one.
        for await (const record of readRecords(uploads.pathOf(importId), sniffed, {
          signal: controller.signal,
          onBytes: (n) => (bytesRead = n),
        })) {
          if (records.length <= sampleSize) records.push(record)
          if (firstRows.length <= guessSampleRows) firstRows.push(record.cells.map(restoreCell))
          rowsCounted += 1
          if (bytesRead >= countBytes && records.length > sampleSize) {
            wholeFile = false
            break
          }
        }
        controller.abort()
        const [header, ...samples] = records
        if (!header) throw new FileProblemError('empty_file', null)
        if (samples.length === 0) throw new FileProblemError('header_only', 1)
        const chosen = mapping ?? guessMapping(header.cells)
        const order =
          nameOrder ?? guessFileNameOrder(firstRows[0] ?? [], chosen, firstRows.slice(1))
        const plan = planOf(header.cells, chosen, order)
        const sampleContacts = samples.map((record) => previewContact(record, plan, country))
        const rowsSeen = rowsCounted - 1
        const estimatedRows = wholeFile
          ? rowsSeen
          : Math.round((rowsSeen * uploads.sizeOf(importId)) / Math.max(1, bytesRead))
        return {
          importId,
          fileName: row.file_name,
          format: sniffed.format,
          encoding: sniffed.encodingLabel,
          delimiter: sniffed.delimiter,
          headers: header.cells.map(previewText),
          mapping: chosen,
          sampleRows: samples.map((r) => r.cells.map(previewText)),
          sampleContacts,
          nameOrder: order,
          splitsNames: samples.some((record) =>
            splitsFullName(nameCellsOf(record.cells.map(restoreCell), chosen)),
          ),
          faxColumns: header.cells
            .filter(
              (name, i) =>
                chosen[i] === 'ignore' &&
                isFaxOrPagerLabel(name) &&
                samples.some((record) => (record.cells[i] ?? '').trim() !== ''),
            )
            .map(previewText),
          estimatedRows,
        }
      } catch (error) {
        throw fileProblemToCoreError(error)
      }
    },

    start(input: StartInput): ImportProgress {
      const row = find(input.importId)
      if (row.status !== 'uploading' && row.status !== 'ready') {
        throw invalidInput('This import has already run.', [])
      }
      if (!uploads.isComplete(input.importId)) {
        throw invalidInput('The file has not been received in full; choose it again.', [])
      }
      const state: Running = {
        controller: new AbortController(),
        progress: { importId: input.importId, phase: 'reading', rowsDone: 0, rowsEstimated: 0 },
      }
      running.set(input.importId, state)
      setStatus.run('running', null, null, input.importId)
      problemsRepo.clear(input.importId)
      run(input.importId, row.file_name, input, state)
        .then((report) => finish(input.importId, report))
        .catch((error: unknown) => {
          clearStage.run(input.importId)
          problemsRepo.clear(input.importId)
          const status = state.controller.signal.aborted ? 'cancelled' : 'failed'
          const report = emptyReport(input.importId, row.file_name, status)
          const storageProblem = storageProblemOf(error)
          if (error instanceof FileProblemError)
            report.fileProblem = { code: error.code, line: error.line }
          else if (storageProblem) report.storageProblem = storageProblem
          else if (status === 'failed') console.error(error)
          try {
            finish(input.importId, report)
          } catch (failure) {
            // The disk is still full (or the folder unwritable) even for the report: the owner is
            // told anyway, and the next start settles the import as interrupted.
            console.error(failure)
            running.delete(input.importId)
            uploads.remove(input.importId)
            events.emit('imports.progress', { ...state.progress, phase: status })
            events.emit('imports.finished', report)
          }
        })
      emit(state.progress)
      return state.progress
    },

    cancel({ importId }: { importId: string }): ImportProgress {
      find(importId)
      const state = running.get(importId)
      if (!state) throw invalidInput('This import is not running.', [])
      state.controller.abort()
      return { ...state.progress, phase: 'cancelled' }
    },

    report({ importId }: { importId: string }): ImportReport {
      const row = find(importId)
      if (!row.summary) throw invalidInput('This import has not finished yet.', [])
      return withProblems({
        ...(JSON.parse(row.summary) as Omit<ImportReport, 'problems'>),
        problems: [],
      })
    },

    problems({ importId, offset, limit }: ProblemsInput): RowProblem[] {
      find(importId)
      return problemsRepo.page(importId, offset, limit)
    },

    problemsCsv({ importId, language }: ProblemsCsvInput): DownloadFile {
      const row = find(importId)
      if (!row.summary) throw invalidInput('This import has not finished yet.', [])
      const headers = row.headers ? (JSON.parse(row.headers) as string[]) : []
      return problemsToCsv(row.file_name, headers, problemsRepo.all(importId), language)
    },
  }
}
export type ImportService = ReturnType<typeof createImportService>

import { randomUUID } from 'node:crypto'
import { basename, join } from 'node:path'
import type { Database } from 'better-sqlite3'
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
  PreviewContact,
  RowProblem,
} from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { storageProblemOf, type StorageProblem } from '../../db/storage-problem'
import { CoreError, invalidInput, notFound } from '../../errors'
import type { EventBus } from '../../event-bus'
import type { Clock } from '../../time/clock'
import type { WriteGate } from '../../write-gate/write-gate'
import { guessFileNameOrder, guessSampleRows } from '../names/guess-name-order'
import { nameCellsOf, nameWrittenIn, splitsFullName } from '../names/names-of-row'
import { FileProblemError, fileProblemToCoreError } from './file-problem'
import { guessMapping } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { runImport, type EndedReport, type ImportJob, type StartInput } from './import-job'
import { candidateOf, planOf, sniffUpload } from './parsed-rows'
import { createImportProblemsRepository } from './import-problems-repository'
import { importWorkerSource, workerBook } from './import-worker-source'
import { settleInterruptedImports } from './interrupted-imports'
import { problemsToCsv } from './problems-csv'
import { readRecords, type FileRecord } from './read-records'
import { runInWorker, WorkerDidNotStart, type WorkerRun } from './run-in-worker'
import type { FileSniff } from './sniff-file'
import { createUploadStore } from './upload-store'
import { collectGarbage as collectGarbageNow } from '../../memory/collect-garbage'
import { emptyReport } from './ended-report'
import { isFaxOrPagerLabel } from './phone-labels'
import { previewText } from './preview-text'
import { createRowEstimate } from './row-estimate'

type PreviewInput = z.output<typeof importPreviewSchema>
type ProblemsInput = z.output<typeof importProblemsSchema>
type ProblemsCsvInput = z.output<typeof importProblemsCsvSchema>

const sampleSize = 10
/**
 * How much of a file the preview counts the rows of to estimate them: some thousands of rows, a
 * fair average; more only made the owner wait longer for the mapping (2 MB took 0.2 s). The file
 * comes in pieces of 256 KB, counted once the next one is in: about 768 KB are read.
 */
const countBytes = 512 * 1024
const reportProblemLimit = 1000

export interface ImportServiceOptions {
  db: Database
  clock: Clock
  events: EventBus
  dataDir: string
  defaultCountry: () => CountryCode
  /** True while a start must be refused (a copy being restored). */
  refuseStart?: () => boolean
  /** Absent: imports run on the core's thread (blocking it while they apply). */
  worker?: ImportWorkerOptions
  /** An import that failed on damage in the file: the core marks it damaged, as a call would. */
  damageMet?: (error: unknown) => void
  /** After a big file has arrived: a full collection of its chunks (tests: one that counts). */
  collectGarbage?: () => void
}

/** Where the import worker opens the book, and the gate the core's writes wait on meanwhile. */
export interface ImportWorkerOptions {
  /** The book's database file. */
  file: string
  /** better-sqlite3's entry (sqliteModulePath()) and its binary, when the shell gives one. */
  sqlite: string
  nativeBinding: string | null
  gate: WriteGate
  /** The worker's program; by default importWorkerSource() (tests: one that cannot start). */
  source?: () => Promise<string>
  /** Tests: the run just started (to kill it). */
  started?: (importId: string, run: WorkerRun) => void
}

/** The worker's run failed: its reason as text (logged), and the storage problem it met, if any. */
class WorkerFailure extends Error {
  /** SQLite's code, as a SqliteError has it (so damageOf reads it the same). */
  readonly code: string | undefined
  constructor(
    message: string,
    readonly storageProblem: StorageProblem | null,
    sqliteCode: string | null,
  ) {
    super(message)
    this.name = 'WorkerFailure'
    this.code = sqliteCode ?? undefined
  }
}

interface Running {
  controller: AbortController
  progress: ImportProgress
  /** The worker running it, once started (a close ends it). */
  worker?: WorkerRun
  /** Settles once the run has ended and been reported. */
  ended?: Promise<unknown>
}

/** A file this big leaves enough garbage on arriving to be worth a collection right after. */
const bigUploadBytes = 8 * 2 ** 20

/** Upload → preview with a guessed mapping → run with progress and cancel → report. */
export function createImportService({
  db,
  clock,
  events,
  dataDir,
  defaultCountry,
  refuseStart,
  worker,
  damageMet,
  collectGarbage = collectGarbageNow,
}: ImportServiceOptions) {
  const uploads = createUploadStore(join(dataDir, 'imports'))
  const problemsRepo = createImportProblemsRepository(db)
  const running = new Map<string, Running>()
  settleInterruptedImports(db, (importId) => uploads.remove(importId), clock.now())
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
  const setStatus = db.prepare<[string, number | null, string | null, string]>(
    'UPDATE imports SET status = ?, finished_at = ?, summary = ? WHERE id = ?',
  )
  const find = (importId: string) => {
    const row = selectImport.get(importId)
    if (!row) throw notFound(`There is no import ${importId}.`)
    return row
  }

  async function sniff(importId: string, encoding: string | undefined): Promise<FileSniff> {
    if (!uploads.isComplete(importId)) {
      throw invalidInput('The file has not been received in full; choose it again.', [])
    }
    return sniffUpload(uploads.pathOf(importId), encoding)
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
    const job: ImportJob = {
      importId,
      fileName,
      path: uploads.pathOf(importId),
      fileSize: uploads.sizeOf(importId),
      input,
      country: defaultCountry(),
    }
    const progress = (next: ImportProgress): void => {
      state.progress = next
      emit(next)
    }
    if (worker) {
      try {
        return await runOffThread(job, state, progress, worker)
      } catch (error) {
        if (!(error instanceof WorkerDidNotStart)) throw error
        // As background-check's: without a worker the import runs here, blocking while it applies.
        console.warn('The import runs on the core’s thread:', error.message)
        problemsRepo.clear(importId)
      }
    }
    return runImport(db, job, {
      signal,
      cancelled: () => signal.aborted,
      progress,
      beforeApply: async () => {
        await new Promise((resolve) => setImmediate(resolve)) // let the "saving" event out first
        return clock.now()
      },
    })
  }

  /** The run in the import worker: the core's thread stays free, even during the apply. */
  async function runOffThread(
    job: ImportJob,
    state: Running,
    progress: (next: ImportProgress) => void,
    off: ImportWorkerOptions,
  ): Promise<EndedReport> {
    const { signal } = state.controller
    let started: WorkerRun
    try {
      started = runInWorker({
        source: await (off.source ?? importWorkerSource)(),
        data: { ...workerBook(db, off), job },
        gate: off.gate,
        now: () => clock.now(),
        progress,
      })
    } catch (error) {
      throw new WorkerDidNotStart(String(error))
    }
    state.worker = started
    off.started?.(job.importId, started)
    if (signal.aborted) started.cancel()
    else signal.addEventListener('abort', () => started.cancel(), { once: true })
    const end = await started.done
    // Ended without its last word after its commit (killed, out of memory): the commit is the truth.
    const committed = end.kind === 'finished' ? undefined : committedReport(job.importId)
    if (committed) return committed
    if (end.kind === 'finished') {
      return {
        importId: job.importId,
        fileName: job.fileName,
        status: 'finished',
        ...end.counts,
        problems: [],
        fileProblem: null,
      }
    }
    if (end.fileProblem) throw new FileProblemError(end.fileProblem.code, end.fileProblem.line)
    throw new WorkerFailure(end.message, end.storageProblem, end.sqliteCode)
  }

  /** The summary the worker's apply saved with its commit, when the import did commit. */
  function committedReport(importId: string): EndedReport | undefined {
    const row = selectImport.get(importId)
    if (row?.status !== 'finished' || !row.summary) return undefined
    return { ...(JSON.parse(row.summary) as Omit<EndedReport, 'problems'>), problems: [] }
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
      const received = uploads.append(importId, offset, Buffer.from(data, 'base64'))
      // Each chunk arrived as a string, kept until a collection: a million-row file's would be
      // held through its whole import, the core's thread allocating little meanwhile.
      if (received >= bigUploadBytes && uploads.isComplete(importId)) setImmediate(collectGarbage)
      return { received }
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
        let rowsCounted = 0
        const estimate = createRowEstimate(uploads.sizeOf(importId))
        let wholeFile = true
        const controller = new AbortController()
        // Beyond the samples, rows are only counted, over the file's first 768 KB or so: exact for
        // a smaller file, a fair average per row for a bigger one. The name order is guessed from
        // as many rows as the import itself guesses it from, however long they are.
        for await (const record of readRecords(uploads.pathOf(importId), sniffed, {
          signal: controller.signal,
          onBytes: (n) => estimate.pieceArrived(n, rowsCounted),
        })) {
          if (records.length <= sampleSize) records.push(record)
          if (firstRows.length <= guessSampleRows) firstRows.push(record.cells.map(restoreCell))
          rowsCounted += 1
          const sampled = records.length > sampleSize && firstRows.length > guessSampleRows
          if (sampled && estimate.countedBytes() >= countBytes) {
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
        // The header is one of the rows counted.
        const estimatedRows = wholeFile ? rowsSeen : estimate.rows(rowsCounted) - 1
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
      // One at a time: each apply closes the write gate, and an import's end writes on the core.
      if (running.size > 0) {
        throw new CoreError(
          'wrong_state',
          'Another import is running; wait for it to end.',
          undefined,
          {
            state: 'importing',
          },
        )
      }
      if (refuseStart?.()) {
        throw new CoreError(
          'wrong_state',
          'A copy is being restored; import afterwards.',
          undefined,
          {
            state: 'restoring',
          },
        )
      }
      const state: Running = {
        controller: new AbortController(),
        progress: { importId: input.importId, phase: 'reading', rowsDone: 0, rowsEstimated: 0 },
      }
      running.set(input.importId, state)
      setStatus.run('running', null, null, input.importId)
      problemsRepo.clear(input.importId)
      state.ended = run(input.importId, row.file_name, input, state)
        .then((report) => finish(input.importId, report))
        .catch((error: unknown) => {
          damageMet?.(error)
          try {
            problemsRepo.clear(input.importId)
          } catch (failure) {
            // A book that takes no writes (full, read-only, found damaged): the owner is still told.
            console.error(failure)
          }
          const status = state.controller.signal.aborted ? 'cancelled' : 'failed'
          const report = emptyReport(input.importId, row.file_name, status)
          const storageProblem =
            error instanceof WorkerFailure
              ? (error.storageProblem ?? undefined)
              : storageProblemOf(error)
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

    /**
     * Before the core closes: every running import is cancelled and its worker ended (the book
     * stays as it was, or has the whole import when its commit came first), and reported.
     */
    async close(): Promise<void> {
      const ending = [...running.values()].map(async (state) => {
        state.controller.abort()
        await state.worker?.terminate()
        await state.ended
      })
      await Promise.all(ending)
    },

    /**
     * Before a quit: an import still reading its file is cancelled (it holds the owner's writes
     * back until its commit, and the quit's pause is one of them), leaving the book as it was;
     * one already saving (its search index and commit, moments) is let finish.
     */
    cancelWhileReading(): void {
      for (const state of running.values()) {
        if (state.progress.phase === 'reading') state.controller.abort()
      }
    },

    /**
     * The book was found damaged: an import's writer rolls back at its next batch or before its
     * commit, and the import fails; nothing of it lands in a damaged book.
     */
    stopForDamage(): void {
      for (const state of running.values()) state.worker?.stopForDamage()
    },

    /**
     * Whether an import runs now, reading or saving: a restore waits for none, and closing the
     * app would cancel it.
     */
    importing: (): boolean => running.size > 0,

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

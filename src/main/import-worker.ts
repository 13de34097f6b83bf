// The import worker's program: an import's apply (its one transaction) on a connection of its own,
// off the core's thread, while a second thread of the same program (role 'parse') reads the file
// for it (run-in-worker.ts starts both). It also runs a list build's one write (job kind
// 'listBuild', lists/run-list-build.ts starts it).
// Evaluated from its text, never loaded from a file (see import-worker-source.ts): it requires
// only Node's builtins and better-sqlite3, by the absolute path it is given.
import { createRequire } from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'
import { sqliteCodeOf } from './core/db/damage-of'
import { storageProblemOf } from './core/db/storage-problem'
import { FileProblemError } from './core/contacts/import/file-problem'
import { ImportCancelled, runStreamedImport } from './core/contacts/import/import-job'
import { runListBuildWrite } from './core/lists/list-build-job'
import {
  isListBuildJob,
  listBuildWorkerDataSchema,
  toListBuildWorkerSchema,
  type FromListBuildWorker,
} from './core/lists/list-build-worker-messages'
import { parsedRowsFrom, postParsedRows } from './core/contacts/import/parsed-rows-channel'
import { isParseJob, parseWorkerDataSchema } from './core/contacts/import/parsed-rows-messages'
import {
  cancelFlagValues,
  importWorkerDataSchema,
  toWorkerSchema,
  type FromWorker,
} from './core/contacts/import/import-worker-messages'

/** Off the core's thread a wait for the lock stalls nobody: the core's brief writes come first. */
const busyTimeoutMs = 60_000

type Port = NonNullable<typeof parentPort>

/** The book on a connection of the worker's own, set up as the core's. */
function openBook(data: {
  sqlite: string
  file: string
  nativeBinding: string | null
  maxPageCount: number
}): BetterSqlite3.Database {
  const Sqlite = createRequire(data.sqlite)(data.sqlite) as typeof BetterSqlite3
  const db = new Sqlite(data.file, {
    fileMustExist: true,
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  })
  try {
    // The core's connection set WAL (it stays with the file) and these per connection.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    db.pragma('cache_size = -32768')
    db.pragma(`max_page_count = ${String(data.maxPageCount)}`)
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/** A list build's write: waits for the core's word (the gate closed), writes, says how it went. */
function buildLists(port: Port): void {
  const data = listBuildWorkerDataSchema.parse(workerData)
  const send = (message: FromListBuildWorker): void => port.postMessage(message)
  const db = openBook(data)
  send({ kind: 'started' })
  port.once('message', (raw: unknown) => {
    let outcome: FromListBuildWorker
    try {
      outcome = runListBuildWrite(db, data.job, toListBuildWorkerSchema.parse(raw))
    } catch (error) {
      outcome = {
        kind: 'failed',
        storageProblem: storageProblemOf(error) ?? null,
        sqliteCode: sqliteCodeOf(error),
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }
    }
    // Closed before the word goes out, as an import's.
    db.close()
    send(outcome)
    port.close()
  })
}

async function main(port: Port): Promise<void> {
  const data = importWorkerDataSchema.parse(workerData)
  const send = (message: FromWorker): void => port.postMessage(message)
  const cancelFlag = new Int32Array(data.cancelFlag)
  const controller = new AbortController()
  let applyNow: ((now: number) => void) | undefined
  port.on('message', (raw: unknown) => {
    const message = toWorkerSchema.safeParse(raw)
    if (!message.success) return
    if (message.data.kind === 'cancel') controller.abort()
    else applyNow?.(message.data.now)
  })
  let db: BetterSqlite3.Database | undefined
  let outcome: FromWorker
  try {
    db = openBook(data)
    send({ kind: 'started' })
    const report = await runStreamedImport(
      db,
      data.job,
      {
        signal: controller.signal,
        cancelled: () =>
          Atomics.load(cancelFlag, 0) !== cancelFlagValues.running || controller.signal.aborted,
        progress: (progress) => {
          if (progress.phase === 'reading' || progress.phase === 'saving')
            send({ kind: 'progress', progress: { ...progress, phase: progress.phase } })
        },
        beforeApply: () =>
          new Promise<number>((resolve) => {
            applyNow = resolve
            send({ kind: 'ready' })
          }),
      },
      parsedRowsFrom(data.rows, controller.signal),
    )
    const { rows, added, updated, unchanged, mergedDuplicates, rejected, flagged } = report
    outcome = {
      kind: 'finished',
      counts: { rows, added, updated, unchanged, mergedDuplicates, rejected, flagged },
    }
  } catch (error) {
    outcome = {
      kind: 'failed',
      // Stopped because the book was found damaged: a failure, not the owner's cancel.
      cancelled:
        Atomics.load(cancelFlag, 0) !== cancelFlagValues.damaged &&
        (error instanceof ImportCancelled ||
          controller.signal.aborted ||
          Atomics.load(cancelFlag, 0) !== cancelFlagValues.running),
      fileProblem:
        error instanceof FileProblemError ? { code: error.code, line: error.line } : null,
      storageProblem: storageProblemOf(error) ?? null,
      sqliteCode: sqliteCodeOf(error),
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  } finally {
    // Closed before the word goes out: the core writes to the book once it hears it.
    db?.close()
  }
  send(outcome)
  port.close()
}

/** The parser thread: reads the file and posts its rows to the writer; says nothing to the core. */
function parse(): void {
  const data = parseWorkerDataSchema.parse(workerData)
  void postParsedRows(data.rows, data.job)
}

if (parentPort) {
  // An import's job has no kind; a list build's says so, and the import's parser has a role.
  if (isListBuildJob(workerData)) buildLists(parentPort)
  else if (isParseJob(workerData)) parse()
  else void main(parentPort)
}

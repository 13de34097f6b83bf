import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads'
import type { ImportProgress } from '../../../../shared/imports'
import type { WriteGate } from '../../write-gate/write-gate'
import type { ImportJob } from './import-job'
import {
  cancelFlagValues,
  fromWorkerSchema,
  type FromWorker,
  type ImportWorkerData,
  type ToWorker,
} from './import-worker-messages'
import type { ParseWorkerData } from './parsed-rows-messages'

/** How a run in the worker ended: its last word, or its end without one (killed, crashed). */
export type WorkerEnd =
  Extract<FromWorker, { kind: 'finished' }> | Extract<FromWorker, { kind: 'failed' }>

/** The worker could not run the import at all (it did not start, or died before a word). */
export class WorkerDidNotStart extends Error {
  constructor(reason: string) {
    super(`The import worker did not start: ${reason}`)
    this.name = 'WorkerDidNotStart'
  }
}

export interface WorkerRun {
  /** The worker's last word, or WorkerDidNotStart when it ended before saying it started. */
  readonly done: Promise<WorkerEnd>
  /** Reading stops at the next record; the apply under way rolls back at its next batch. */
  cancel(): void
  /**
   * The book was found damaged: the writer rolls back at its next batch, or before its commit,
   * and the import fails (it is not the owner's cancel).
   */
  stopForDamage(): void
  /** Kills the thread (tests: a crash); SQLite rolls its open transaction back. */
  terminate(): Promise<void>
  /** Kills the thread reading the file (tests: its crash); the writer then fails the import. */
  terminateParser(): Promise<void>
}

/**
 * Each import thread's V8 heap: a young generation of half the default. Both threads allocate
 * fast and keep little (a batch of rows at a time), so this costs no time measurably and keeps
 * some 50 MB less resident on a million-row import (bench import, importBigPeakRssMb).
 */
const importThreadLimits = { maxYoungGenerationSizeMb: 8 }

/**
 * Runs one import in two worker threads of the same program: the writer, on its own connection to
 * the book, applies the rows in one transaction as the parser, beside it on the other core, reads
 * them from the file (a channel between them, parsed-rows-channel.ts). The write lock is taken
 * only after the write gate has closed (the core's thread then writes nothing), and the gate opens
 * again when the writer's transaction has ended — committed, rolled back, or the thread gone.
 */
export function runInWorker(options: {
  source: string
  data: Omit<ImportWorkerData, 'cancelFlag' | 'job' | 'rows'> & { job: ImportJob }
  gate: WriteGate
  now: () => number
  progress: (progress: ImportProgress) => void
}): WorkerRun {
  const { gate } = options
  const cancelFlag = new SharedArrayBuffer(4)
  const channel = new MessageChannel()
  const worker = new Worker(options.source, {
    eval: true,
    workerData: { ...options.data, cancelFlag, rows: channel.port1 } satisfies ImportWorkerData,
    transferList: [channel.port1],
    resourceLimits: importThreadLimits,
  })
  // Started second: should it not start at all, the writer hears its end of the channel close.
  const parser = startParser(options.source, options.data.job, channel.port2)
  const post = (message: ToWorker): void => worker.postMessage(message)
  let heard = false
  let closedGate = false
  let ended = false
  const openGate = (): void => {
    if (closedGate) gate.open()
    closedGate = false
  }
  const done = new Promise<WorkerEnd>((resolve, reject) => {
    const end = (outcome: WorkerEnd | Error): void => {
      ended = true
      // Once the thread's connection is gone (or its transaction ended): the core may write.
      openGate()
      // The parser is ended first: nobody takes what it reads any more, and the end's clean-up
      // (the upload removed, the next import started) must not meet it still reading the file.
      const parserGone = parser ? parser.terminate().catch(() => 0) : Promise.resolve(0)
      void parserGone.then(() => {
        if (outcome instanceof Error) reject(outcome)
        else resolve(outcome)
      })
    }
    let last: WorkerEnd | undefined
    worker.on('message', (raw: unknown) => {
      const parsed = fromWorkerSchema.safeParse(raw)
      if (!parsed.success) {
        console.error('The import worker said something unexpected.')
        return
      }
      const message = parsed.data
      // Its first word, once its connection is open: an end before it means it could not run.
      if (message.kind === 'started') heard = true
      else if (message.kind === 'progress') options.progress(message.progress)
      else if (message.kind === 'ready') {
        void gate.close().then(
          () => {
            // The thread went meanwhile: nobody will take the lock.
            if (ended) {
              gate.open()
              return
            }
            closedGate = true
            post({ kind: 'apply', now: options.now() })
          },
          (refusal: unknown) => {
            // The book was found damaged: nothing is applied; the thread ends and the import fails.
            console.error('The import was not applied:', String(refusal))
            void worker.terminate()
          },
        )
      } else last = message
    })
    // Its last word is kept until the thread is gone: the gate opens only then.
    worker.once('exit', (code) => {
      if (last) end(last)
      else if (!heard) end(new WorkerDidNotStart(`it stopped (exit code ${String(code)})`))
      else
        end({
          kind: 'failed',
          cancelled: Atomics.load(new Int32Array(cancelFlag), 0) === cancelFlagValues.cancelled,
          fileProblem: null,
          storageProblem: null,
          sqliteCode: null,
          message: `The import worker stopped (exit code ${String(code)}).`,
        })
    })
    worker.on('error', (error) => {
      console.error('The import worker failed:', error)
    })
  })
  return {
    done,
    cancel() {
      Atomics.store(new Int32Array(cancelFlag), 0, cancelFlagValues.cancelled)
      post({ kind: 'cancel' })
    },
    stopForDamage() {
      Atomics.store(new Int32Array(cancelFlag), 0, cancelFlagValues.damaged)
      // Heard at once when the writer waits for rows; the flag says why it stops.
      post({ kind: 'cancel' })
    },
    terminate: async () => {
      await worker.terminate()
    },
    terminateParser: async () => {
      await parser?.terminate()
    },
  }
}

/** The import's parser thread; null when it could not be started (the writer then fails the import). */
function startParser(source: string, job: ImportJob, rows: MessagePort): Worker | null {
  try {
    const parser = new Worker(source, {
      eval: true,
      workerData: { role: 'parse', job, rows } satisfies ParseWorkerData,
      transferList: [rows],
      resourceLimits: importThreadLimits,
    })
    parser.on('error', (error) => console.error('The import’s parser thread failed:', error))
    return parser
  } catch (error) {
    console.error('The import’s parser thread did not start:', error)
    rows.close()
    return null
  }
}

import { Worker } from 'node:worker_threads'
import type { WriteGate } from '../write-gate/write-gate'
import {
  fromListBuildWorkerSchema,
  type FromListBuildWorker,
  type ListBuildWorkerData,
  type ToListBuildWorker,
} from './list-build-worker-messages'

export type ListBuildEnd = Exclude<FromListBuildWorker, { kind: 'started' }>

/** The worker could not open the book (it did not start, or died before its first word). */
export class ListBuildWorkerDidNotStart extends Error {
  constructor(reason: string) {
    super(`The list build's worker did not start: ${reason}`)
    this.name = 'ListBuildWorkerDidNotStart'
  }
}

export interface ListBuildRun {
  /** Resolves once its connection is open; rejects with ListBuildWorkerDidNotStart. */
  readonly started: Promise<void>
  /**
   * Closes the gate (held writers end first), then asks for the write with what `write()`
   * gives once closed; resolves with its last word once the thread is gone and the gate open.
   * If `message` throws, nothing is asked: the gate opens, the thread is ended, the error thrown.
   */
  write(message: () => ToListBuildWorker): Promise<ListBuildEnd>
  /** Kills the thread (tests: a crash mid-write); SQLite rolls its transaction back. */
  terminate(): Promise<void>
}

/**
 * A list build's one write in the import worker, on its own connection: the core's thread stays
 * free. The gate is closed only for the write and opens when the thread ends, however it ends.
 */
export function runListBuild(options: {
  source: string
  data: ListBuildWorkerData
  gate: WriteGate
}): ListBuildRun {
  const { gate } = options
  const worker = new Worker(options.source, { eval: true, workerData: options.data })
  let heard = false
  let ended = false
  let closedGate = false
  let last: ListBuildEnd | undefined
  let onStarted: { resolve: () => void; reject: (error: Error) => void } | undefined
  const started = new Promise<void>((resolve, reject) => (onStarted = { resolve, reject }))
  // Nobody may be waiting yet: a failure to start is still seen by whoever asks later.
  started.catch(() => undefined)
  let onEnd: ((end: ListBuildEnd) => void) | undefined
  const exited = new Promise<ListBuildEnd>((resolve) => (onEnd = resolve))
  worker.on('message', (raw: unknown) => {
    const parsed = fromListBuildWorkerSchema.safeParse(raw)
    if (!parsed.success) {
      console.error('The list build’s worker said something unexpected.')
      return
    }
    if (parsed.data.kind === 'started') {
      heard = true
      onStarted?.resolve()
    } else last = parsed.data
  })
  worker.on('error', (error) => {
    console.error('The list build’s worker failed:', error)
  })
  worker.once('exit', (code) => {
    ended = true
    // Its connection is gone: the core may write.
    if (closedGate) gate.open()
    closedGate = false
    if (!heard) onStarted?.reject(new ListBuildWorkerDidNotStart(`exit code ${String(code)}`))
    onEnd?.(
      last ?? {
        kind: 'failed',
        storageProblem: null,
        sqliteCode: null,
        message: `The list build’s worker stopped (exit code ${String(code)}).`,
      },
    )
  })
  return {
    started,
    async write(message) {
      try {
        await gate.close()
      } catch (refusal) {
        // The book was found damaged: the thread is not asked to write; it ends.
        void worker.terminate()
        throw refusal
      }
      // The thread went meanwhile: nobody will take the lock.
      if (ended) {
        gate.open()
        return exited
      }
      let posted: ToListBuildWorker
      try {
        posted = message()
      } catch (error) {
        // Nothing was asked of the thread (the core is closing): open, and end it.
        gate.open()
        void worker.terminate()
        throw error
      }
      closedGate = true
      worker.postMessage(posted)
      return exited
    },
    terminate: async () => {
      await worker.terminate()
    },
  }
}

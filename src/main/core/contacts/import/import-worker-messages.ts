import { MessagePort } from 'node:worker_threads'
import { z } from 'zod'
import { fileProblemCodes, importStartSchema } from '../../../../shared/imports'
import { defaultCountryChoices } from '../../../../shared/settings'

/** The import's cancel flag: 0 while it may go on, else why it must stop. */
export const cancelFlagValues = { running: 0, cancelled: 1, damaged: 2 } as const

/** An import's job as the core hands it to the import's threads. */
export const importJobSchema = z.object({
  importId: z.string().min(1),
  fileName: z.string(),
  path: z.string().min(1),
  fileSize: z.number().int().min(0),
  input: importStartSchema,
  country: z.enum(defaultCountryChoices),
})

/**
 * What the core and the import worker say to each other (import-worker.ts, run-in-worker.ts),
 * checked on arrival at both ends: the worker is another thread's code, read from a file.
 */

export const importWorkerDataSchema = z.object({
  /** better-sqlite3's entry, an absolute path (see sqliteModulePath). */
  sqlite: z.string().min(1),
  nativeBinding: z.string().nullable(),
  /** The book's database file. */
  file: z.string().min(1),
  /**
   * The core's connection's page limit, taken on by the worker's: the file may grow no further
   * from either connection (a limit set to keep the disk from filling holds for the import too).
   */
  maxPageCount: z.number().int().positive(),
  job: importJobSchema,
  /** The channel's end to the parser thread, which reads the file meanwhile (parsed-rows-messages.ts). */
  rows: z.instanceof(MessagePort),
  /**
   * One Int32, read between batches of the apply and before its commit (no message gets in while
   * it runs): `cancelFlagValues`.
   */
  cancelFlag: z.instanceof(SharedArrayBuffer),
})
export type ImportWorkerData = z.input<typeof importWorkerDataSchema>

export const toWorkerSchema = z.discriminatedUnion('kind', [
  /** The gate is closed: take the write lock and apply; stamp everything with `now`. */
  z.object({ kind: z.literal('apply'), now: z.number() }),
  z.object({ kind: z.literal('cancel') }),
])
export type ToWorker = z.infer<typeof toWorkerSchema>

const count = z.number().int().min(0)

export const fromWorkerSchema = z.discriminatedUnion('kind', [
  /** Its connection is open: from now on a crash is this import's failure, never a reason to run it again. */
  z.object({ kind: z.literal('started') }),
  z.object({
    kind: z.literal('progress'),
    progress: z.object({
      importId: z.string(),
      phase: z.enum(['reading', 'saving']),
      rowsDone: count,
      rowsEstimated: count,
    }),
  }),
  /** Its connection is open: it asks for the gate to close before it takes the write lock. */
  z.object({ kind: z.literal('ready') }),
  /** Committed (the summary is saved with it). */
  z.object({
    kind: z.literal('finished'),
    counts: z.object({
      rows: count,
      added: count,
      updated: count,
      unchanged: count,
      mergedDuplicates: count,
      rejected: count,
      flagged: count,
    }),
  }),
  /** Nothing was applied (rolled back, or never begun); the worker's connection is closed. */
  z.object({
    kind: z.literal('failed'),
    cancelled: z.boolean(),
    fileProblem: z
      .object({ code: z.enum(fileProblemCodes), line: z.number().nullable() })
      .nullable(),
    storageProblem: z.enum(['disk_full', 'read_only']).nullable(),
    /** SQLite's code of the failure, if it was SQLite's: damage met there marks the book damaged. */
    sqliteCode: z.string().nullable(),
    message: z.string(),
  }),
])
export type FromWorker = z.infer<typeof fromWorkerSchema>

import { z } from 'zod'
import { errorCodes } from '../../../shared/result'
import { listFilterSchema } from '../../../shared/lists'

/**
 * What the core and the import worker say to each other when the worker builds lists (the
 * import worker also runs a list build's one write: import-worker.ts, run-list-build.ts),
 * checked on arrival at both ends.
 */

const id = z.number().int().positive()

export const listBuildWorkerDataSchema = z.object({
  sqlite: z.string().min(1),
  nativeBinding: z.string().nullable(),
  file: z.string().min(1),
  /** The core's connection's page limit, taken on by the worker's (as an import's). */
  maxPageCount: z.number().int().positive(),
  job: z.object({
    kind: z.literal('listBuild'),
    selection: z.union([
      z.object({ contactIds: z.array(id) }).strict(),
      z.object({ filter: listFilterSchema }).strict(),
    ]),
    onlyEligible: z.boolean(),
    name: z.string().min(1),
    description: z.string(),
    split: z.boolean(),
    startedAt: z.number(),
    lastOptOut: z.number().int().min(0),
    sliceSize: z.number().int().positive(),
  }),
})
export type ListBuildWorkerData = z.input<typeof listBuildWorkerDataSchema>
export type ListBuildJob = z.output<typeof listBuildWorkerDataSchema>['job']

/** Whether the worker was started for a list build (an import's job has no `kind`). */
export const isListBuildJob = (workerData: unknown): boolean =>
  z.object({ job: z.object({ kind: z.literal('listBuild') }) }).safeParse(workerData).success

export const toListBuildWorkerSchema = z.object({
  /** The gate is closed: take the write lock, re-check and write the lists. */
  kind: z.literal('write'),
  now: z.number(),
  /** Who goes in, as the core worked it out before the write (its TEMP table's rows). */
  contactIds: z.array(id),
  /** The kinds of person the Settings now let be messaged (build-write.ts `placeableKinds`). */
  placeableKinds: z.array(z.string()),
  /** The Settings changed a verdict since the build began: everyone is judged again. */
  rejudgeAll: z.boolean(),
})
export type ToListBuildWorker = z.infer<typeof toListBuildWorkerSchema>

export const fromListBuildWorkerSchema = z.discriminatedUnion('kind', [
  /** Its connection is open: from now on its end is the build's, never a reason to build here. */
  z.object({ kind: z.literal('started') }),
  /** Committed: the new lists, in order. */
  z.object({ kind: z.literal('built'), listIds: z.array(id) }),
  /** Rolled back by a rule (too few people, over 256 without split, a name taken). */
  z.object({
    kind: z.literal('refused'),
    code: z.enum(errorCodes).exclude(['internal']),
    message: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
  /** Rolled back (or never begun) for another reason. */
  z.object({
    kind: z.literal('failed'),
    storageProblem: z.enum(['disk_full', 'read_only']).nullable(),
    /** SQLite's code of the failure, if it was SQLite's: damage met there marks the book damaged. */
    sqliteCode: z.string().nullable(),
    message: z.string(),
  }),
])
export type FromListBuildWorker = z.infer<typeof fromListBuildWorkerSchema>

import { MessagePort } from 'node:worker_threads'
import { z } from 'zod'
import {
  consentStates,
  contactFlags,
  phoneKinds,
  savedNumberStates,
} from '../../../../shared/contacts'
import { fileProblemCodes, rowProblemCodes } from '../../../../shared/imports'
import { importJobSchema } from './import-worker-messages'
import { parsedPhoneWidth } from './parsed-rows'

/**
 * What the parser thread (import-worker.ts, role 'parse') and the import's writer say to each
 * other over their channel, checked on arrival: the parser posts what it read (parsed-rows.ts),
 * the writer asks for more as it applies, so no more than a few batches are ever in flight.
 */

export const parseWorkerDataSchema = z.object({
  role: z.literal('parse'),
  job: importJobSchema,
  /** The channel's end to the writer. */
  rows: z.instanceof(MessagePort),
})
export type ParseWorkerData = z.input<typeof parseWorkerDataSchema>

export function isParseJob(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'role' in data && data.role === 'parse'
}

const count = z.number().int().min(0)
const text = z.string()

/** A ParsedRow (parsed-rows.ts): five strings per number, each number's kind one of ours. */
const parsedRowSchema = z.tuple([
  count,
  text,
  text,
  text,
  text,
  text,
  text,
  z
    .array(text)
    .refine(
      (phones) =>
        phones.length % parsedPhoneWidth === 0 &&
        phones.every(
          (value, at) =>
            at % parsedPhoneWidth !== 2 || (phoneKinds as readonly string[]).includes(value),
        ),
      'not five strings per number with a known kind',
    ),
  z.array(text),
  z.enum(consentStates).nullable(),
  z.enum(contactFlags).nullable(),
  z.enum(savedNumberStates).nullable(),
  text,
  text,
  text,
])

const problemSchema = z.object({
  line: count,
  severity: z.enum(['rejected', 'flagged']),
  code: z.enum(rowProblemCodes),
  value: text,
  raw: z.array(text),
  name: text.optional(),
})

export const fromParserSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('headers'), headers: z.array(text) }),
  z.object({
    kind: z.literal('rows'),
    rows: z.array(parsedRowSchema),
    problems: z.array(problemSchema),
    rowsRead: count,
    rejected: count,
    rowsEstimated: count,
  }),
  /** The whole file is read. */
  z.object({ kind: z.literal('end') }),
  /** Reading stopped: the file's problem, or another failure. */
  z.object({
    kind: z.literal('failed'),
    fileProblem: z
      .object({ code: z.enum(fileProblemCodes), line: z.number().nullable() })
      .nullable(),
    message: text,
  }),
])
export type FromParser = z.infer<typeof fromParserSchema>

/** The writer took a batch: the parser may post one more. */
export const toParserSchema = z.object({ kind: z.literal('more') })
export type ToParser = z.infer<typeof toParserSchema>

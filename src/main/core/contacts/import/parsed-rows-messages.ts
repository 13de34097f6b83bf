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
import { parsedPhoneWidth, type ParsedRow } from './parsed-rows'

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

const isText = (value: unknown): value is string => typeof value === 'string'
/** Every place looked at: `every` passes over the holes of a sparse array, which a message keeps. */
function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (let at = 0; at < value.length; at += 1) if (typeof value[at] !== 'string') return false
  return true
}
const isOneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): value is T | null =>
    value === null || (allowed as readonly unknown[]).includes(value)
const isConsent = isOneOf(consentStates)
const isFlag = isOneOf(contactFlags)
const isSavedNumber = isOneOf(savedNumberStates)

/** Five strings per number, the third of each its kind, one of ours. */
function isPhoneList(value: unknown): value is string[] {
  if (!isTextList(value) || value.length % parsedPhoneWidth !== 0) return false
  for (let at = 2; at < value.length; at += parsedPhoneWidth) {
    if (!(phoneKinds as readonly string[]).includes(value[at] ?? '')) return false
  }
  return true
}

/**
 * A ParsedRow (parsed-rows.ts), checked where it stands: a hundred thousand rows through a zod
 * tuple cost the writer 90 ms and a copy of every row. Each place is checked, none skipped.
 */
export function isParsedRow(value: unknown): value is ParsedRow {
  if (!Array.isArray(value) || value.length !== parsedRowLength) return false
  const [line, name, first, middle, last, email, notes, phones, tags] = value as unknown[]
  const [, , , , , , , , , consent, flag, saved, cells, sortKey, searchText] = value as unknown[]
  return (
    Number.isSafeInteger(line) &&
    (line as number) >= 0 &&
    isText(name) &&
    isText(first) &&
    isText(middle) &&
    isText(last) &&
    isText(email) &&
    isText(notes) &&
    isText(cells) &&
    isText(sortKey) &&
    isText(searchText) &&
    isPhoneList(phones) &&
    isTextList(tags) &&
    isConsent(consent) &&
    isFlag(flag) &&
    isSavedNumber(saved)
  )
}
const parsedRowLength = 15
/** A batch's rows, taken as they are (an array parse would copy every batch). */
const parsedRowsSchema = z.custom<ParsedRow[]>((value) => {
  if (!Array.isArray(value)) return false
  for (let at = 0; at < value.length; at += 1) if (!isParsedRow(value[at])) return false
  return true
}, 'not parsed rows')

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
    rows: parsedRowsSchema,
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

import iconv from 'iconv-lite'
import { restoreCell } from '../../../../shared/csv-safety'
import type { MappingTarget, NameOrder, RowProblem } from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { invalidInput } from '../../errors'
import type { ContactCandidate } from '../contact-record'
import { guessFileNameOrder, guessSampleRows } from '../names/guess-name-order'
import { nameWrittenIn } from '../names/names-of-row'
import { FileProblemError } from './file-problem'
import { phoneColumns, phonePriority } from './guess-mapping'
import type { ImportJob } from './import-job'
import type { ImportPlan } from './import-plan'
import { readRecords, type FileRecord } from './read-records'
import { rowToCandidate } from './row-to-candidate'
import { sniffFile, type FileSniff } from './sniff-file'

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

/** One accepted row: its candidate, and its cells as JSON (parsed only for a row with a problem). */
export type ParsedRow = [candidate: ContactCandidate, cells: string]

/**
 * What reading a file yields, in order: its header once, then rows in batches, each with the
 * problems of its rejected rows. The totals count from the file's start, for progress.
 */
export type ParsedItem =
  | { kind: 'headers'; headers: string[] }
  | {
      kind: 'rows'
      rows: ParsedRow[]
      problems: RowProblem[]
      /** Rows read so far (accepted and rejected), and the rejected among them. */
      rowsRead: number
      rejected: number
      rowsEstimated: number
    }

/** Rows per batch: big enough that a batch's overhead is small, small enough to hold a few. */
export const parsedBatchRows = 1000

/**
 * Reads an uploaded file into candidates: the encoding the owner chose (or the one sniffed), the
 * mapping's plan, the name order guessed from the file's start when not chosen, one candidate per
 * row, its problems. Ends with a FileProblemError for a file with no header or no rows.
 */
export async function* parsedRows(
  job: ImportJob,
  signal: AbortSignal,
  batchRows = parsedBatchRows,
): AsyncGenerator<ParsedItem> {
  const { path, input } = job
  const sniffed = await sniffUpload(path, input.encoding)
  const nameOrder = input.nameOrder ?? (await guessedNameOrder(path, sniffed, input.mapping))
  signal.throwIfAborted()
  const fileSize = Math.max(1, job.fileSize)
  let plan: ImportPlan | undefined
  let bytesRead = 0
  let rowsRead = 0
  let rejected = 0
  let rows: ParsedRow[] = []
  let problems: RowProblem[] = []
  const batch = (): ParsedItem => {
    const item: ParsedItem = {
      kind: 'rows',
      rows,
      problems,
      rowsRead,
      rejected,
      rowsEstimated: Math.max(rowsRead, Math.round((rowsRead * fileSize) / Math.max(1, bytesRead))),
    }
    rows = []
    problems = []
    return item
  }
  for await (const record of readRecords(path, sniffed, {
    signal,
    onBytes: (n) => (bytesRead = n),
  })) {
    if (!plan) {
      plan = planOf(record.cells, input.mapping, nameOrder)
      yield { kind: 'headers', headers: record.cells }
      continue
    }
    rowsRead += 1
    const { candidate, problems: found } = candidateOf(record, plan, job.country)
    if (found.length > 0) problems.push(...found)
    if (!candidate) rejected += 1
    else rows.push([candidate, JSON.stringify(record.cells)])
    if (rows.length + problems.length >= batchRows) yield batch()
  }
  signal.throwIfAborted()
  if (!plan) throw new FileProblemError('empty_file', null)
  if (rowsRead === 0) throw new FileProblemError('header_only', 1)
  yield batch()
}

import iconv from 'iconv-lite'
import { restoreCell, restoreCells } from '../../../../shared/csv-safety'
import type { MappingTarget, NameOrder, RowProblem } from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { invalidInput } from '../../errors'
import type {
  ConsentState,
  ContactFlag,
  ContactPhone,
  PhoneKind,
  SavedNumberState,
} from '../../../../shared/contacts'
import type { ContactCandidate } from '../contact-record'
import { keysOf, type ContactKeys } from '../search-text'
import { guessFileNameOrder, guessSampleRows } from '../names/guess-name-order'
import { nameWrittenIn } from '../names/names-of-row'
import { FileProblemError } from './file-problem'
import { phoneColumns, phonePriority } from './guess-mapping'
import type { ImportJob } from './import-job'
import type { ImportPlan } from './import-plan'
import { readRecords, type FileRecord } from './read-records'
import { createRowEstimate } from './row-estimate'
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
  const cells = restoreCells(record.cells)
  const outcome = rowToCandidate({ line: record.line, cells }, plan, { defaultCountry: country })
  if (outcome.problems.length === 0) return outcome
  const name = outcome.candidate?.name ?? nameWrittenIn(cells, plan.mapping)
  return { ...outcome, problems: outcome.problems.map((problem) => ({ ...problem, name })) }
}

/**
 * One accepted row as it crosses from the parser thread to the writer: the candidate's facts as a
 * flat tuple (copied between threads in under half the time the same facts take as objects), and
 * the row's cells as JSON text, parsed only for a row the apply finds a problem with.
 */
export type ParsedRow = [
  line: number,
  name: string,
  firstName: string,
  middleName: string,
  lastName: string,
  email: string,
  notes: string,
  /** Five strings per number, in the candidate's order: e164, raw, kind, label, '1' if primary. */
  phones: string[],
  tags: string[],
  consent: ConsentState | null,
  flag: ContactFlag | null,
  /** null when the file has no "saved our number" column. */
  savedNumber: SavedNumberState | null,
  cells: string,
  /** The keys of the contact it would add, worked out here, off the writer. */
  sortKey: string,
  searchText: string,
]

/** Strings per number in a ParsedRow's phones. */
export const parsedPhoneWidth = 5

export function parsedRowOf(candidate: ContactCandidate, cells: readonly string[]): ParsedRow {
  // The keys read only the names, the e-mail and the numbers in their order, which the new
  // contact takes from the candidate unchanged (candidateToRecord).
  const keys = keysOf(candidate)
  const phones: string[] = []
  for (const phone of candidate.phones) {
    phones.push(phone.e164, phone.raw, phone.kind, phone.label, phone.primary ? '1' : '')
  }
  return [
    candidate.line,
    candidate.name,
    candidate.firstName,
    candidate.middleName,
    candidate.lastName,
    candidate.email,
    candidate.notes,
    phones,
    candidate.tags,
    candidate.consent,
    candidate.flag,
    candidate.savedNumber ?? null,
    JSON.stringify(cells),
    keys.sortKey,
    keys.searchText,
  ]
}

/** The candidate a parsed row was made from; its kinds were checked on arrival (parsed-rows-messages.ts). */
export function candidateOfParsedRow(row: ParsedRow): ContactCandidate {
  const [line, name, firstName, middleName, lastName, email, notes, flat, tags] = row
  const [, , , , , , , , , consent, flag, savedNumber] = row
  const phones: ContactPhone[] = []
  for (let at = 0; at + parsedPhoneWidth <= flat.length; at += parsedPhoneWidth) {
    phones.push({
      e164: flat[at] ?? '',
      raw: flat[at + 1] ?? '',
      kind: flat[at + 2] as PhoneKind,
      label: flat[at + 3] ?? '',
      primary: flat[at + 4] === '1',
    })
  }
  const candidate: ContactCandidate = {
    line,
    name,
    firstName,
    middleName,
    lastName,
    email,
    notes,
    phones,
    tags,
    consent,
    flag,
  }
  if (savedNumber !== null) candidate.savedNumber = savedNumber
  return candidate
}

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
/** The first thousand rows go in small batches: the writer starts while the parser warms up. */
const firstBatchRows = 100
/** A batch of long rows goes early: a thousand rows of a megabyte each are not held at once. */
const batchChars = 4_000_000

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
  const estimate = createRowEstimate(fileSize)
  let rowsRead = 0
  let rejected = 0
  let rows: ParsedRow[] = []
  let problems: RowProblem[] = []
  /** Characters of the cells read into the batch being gathered. */
  let chars = 0
  /** `last`: the file is read, and its rows are known. */
  const batch = (last = false): ParsedItem => {
    const item: ParsedItem = {
      kind: 'rows',
      rows,
      problems,
      rowsRead,
      rejected,
      rowsEstimated: last ? rowsRead : estimate.rows(rowsRead),
    }
    rows = []
    problems = []
    return item
  }
  for await (const record of readRecords(path, sniffed, {
    signal,
    onBytes: (n) => estimate.pieceArrived(n, rowsRead),
  })) {
    if (!plan) {
      plan = planOf(record.cells, input.mapping, nameOrder)
      yield { kind: 'headers', headers: record.cells }
      continue
    }
    rowsRead += 1
    for (const cell of record.cells) chars += cell.length
    const { candidate, problems: found } = candidateOf(record, plan, job.country)
    if (found.length > 0) problems.push(...found)
    if (!candidate) rejected += 1
    else rows.push(parsedRowOf(candidate, record.cells))
    const size = rowsRead <= batchRows ? Math.min(firstBatchRows, batchRows) : batchRows
    if (rows.length + problems.length >= size || chars >= batchChars) {
      chars = 0
      yield batch()
    }
  }
  signal.throwIfAborted()
  if (!plan) throw new FileProblemError('empty_file', null)
  if (rowsRead === 0) throw new FileProblemError('header_only', 1)
  yield batch(true)
}

/** The keys a parsed row carries. */
export function keysOfParsedRow(row: ParsedRow): ContactKeys {
  return { sortKey: row[13], searchText: row[14] }
}

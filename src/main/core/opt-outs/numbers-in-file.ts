import { rmSync, writeFileSync } from 'node:fs'
import type { RejectedNumber } from '../../../shared/opt-outs'
import type { CountryCode } from '../../../shared/settings'
import { FileProblemError } from '../contacts/import/file-problem'
import { readRecords, type FileRecord } from '../contacts/import/read-records'
import { sniffFile } from '../contacts/import/sniff-file'
import { normalizePhone } from '../contacts/phone/normalize-phone'
import { splitPhoneCell } from '../contacts/phone/split-phone-cell'
import type { ReadNumbers } from './numbers-in-text'

/** Rows looked at to find the column of numbers. */
const sampleRows = 200

/**
 * A table of numbers (a CSV from another tool, an Excel sheet saved as CSV, a plain list), in
 * whatever encoding it has: the column where most cells read as phone numbers is the one taken,
 * and every cell of a line without words (a list written on one line, `+7916…, +7916…`). A header
 * row is skipped; cells of that column, and of such lines, that are not numbers come back as
 * rejected with a line.
 */
export async function numbersInFile(
  path: string,
  bytes: Buffer,
  country: CountryCode,
): Promise<ReadNumbers> {
  writeFileSync(path, bytes)
  try {
    const sniff = await sniffFile(path)
    const records: FileRecord[] = []
    for await (const record of readRecords(path, sniff, { signal: new AbortController().signal })) {
      records.push(record)
    }
    const column = columnOfNumbers(records.slice(0, sampleRows), country)
    if (column === undefined) throw new FileProblemError('no_phone_column', 1)
    const numbers = new Set<string>()
    const rejected: RejectedNumber[] = []
    records.forEach((record, index) => {
      // The first row is a header when its cell is not a number at all.
      const heading = splitPhoneCell(record.cells[column] ?? '')
      if (index === 0 && heading.every((p) => !normalizePhone(p, country).ok)) return
      // A list written on one line is one row of many cells: in a line without words every
      // cell is a number. In a table (names, notes) only the column of numbers is: a date or a
      // code in another column may read as a number somewhere.
      const listLine = !record.cells.some(hasLetters)
      record.cells.forEach((cell, cellColumn) => {
        if (cellColumn !== column && !listLine) return
        for (const raw of splitPhoneCell(cell)) {
          const result = normalizePhone(raw, country)
          if (result.ok) numbers.add(result.e164)
          else rejected.push({ line: record.line, raw, reason: result.reason })
        }
      })
    })
    return { numbers: [...numbers], rejected }
  } finally {
    rmSync(path, { force: true })
  }
}

function columnOfNumbers(records: FileRecord[], country: CountryCode): number | undefined {
  const hits = new Map<number, number>()
  for (const record of records) {
    record.cells.forEach((cell, column) => {
      if (readsAsNumbers(cell, country)) {
        hits.set(column, (hits.get(column) ?? 0) + 1)
      }
    })
  }
  let best: number | undefined
  for (const [column, count] of hits) {
    if (best === undefined || count > (hits.get(best) ?? 0)) best = column
  }
  return best
}

/** A cell holding one or several numbers and nothing else. */
function readsAsNumbers(cell: string, country: CountryCode): boolean {
  const parts = splitPhoneCell(cell)
  return parts.length > 0 && parts.every((part) => normalizePhone(part, country).ok)
}

/** A name, a note or a header: a line with words in it is a table, not a list of numbers. */
const hasLetters = (cell: string): boolean => /\p{L}/u.test(cell)

import { neutraliseCell } from '../../../shared/csv-safety'
import type { Language } from '../../../shared/settings'

// Every CSV Rupor writes is written here, the way the owner's Excel opens it on a double-click.
// Excel splits a CSV on the system's list separator: ";" on a Russian Windows, "," on an English
// one, so the app's language chooses it. Every cell is quoted, so a ";" or "," in a name never
// splits it, and neutralised (csv-safety.ts), so a cell that starts like a formula stays text.
// UTF-8 with a BOM (without it Excel reads the bytes as its code page and garbles Cyrillic), CRLF
// as Excel writes. Rupor's own import reads both separators back (sniff-file.ts).

export type CsvDelimiter = ';' | ','

/** The list separator of a Windows in that language. */
export const csvDelimiterOf = (language: Language): CsvDelimiter => (language === 'ru' ? ';' : ',')

const bom = '\uFEFF'
const newline = '\r\n'

const quotedCell = (value: string): string => `"${neutraliseCell(value).replace(/"/g, '""')}"`

/** One row and its line break. */
export function csvRow(cells: readonly string[], delimiter: CsvDelimiter): string {
  return cells.map(quotedCell).join(delimiter) + newline
}

/**
 * The file as a stream of pieces, `rowsPerPiece` rows each, so a large book is never one string:
 * the BOM and the header first.
 */
export function* csvPieces(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  language: Language,
  rowsPerPiece = 1000,
): Generator<string> {
  const delimiter = csvDelimiterOf(language)
  yield bom + csvRow(header, delimiter)
  let piece = ''
  let count = 0
  for (const row of rows) {
    piece += csvRow(row, delimiter)
    count += 1
    if (count >= rowsPerPiece) {
      yield piece
      piece = ''
      count = 0
    }
  }
  if (count > 0) yield piece
}

/** The whole file as one string, for the files that are small (a list, a campaign's results). */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  language: Language,
): string {
  return Array.from(csvPieces(header, rows, language)).join('')
}

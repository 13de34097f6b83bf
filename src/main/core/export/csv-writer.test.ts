import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { restoreCells } from '../../../shared/csv-safety'
import { languages, type Language } from '../../../shared/settings'
import { csvDelimiterOf, csvPieces, csvText } from './csv-writer'

/** The file as a spreadsheet reads it with that separator: BOM off, cells apart. */
function readBack(text: string, delimiter: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  const body = text.slice(1, -2)
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\r\n' })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const startsLikeFormula = /^[=+\-@\t\r]/

describe('CSV files for the owner’s Excel', () => {
  it('separates cells with ";" in Russian, as a Russian Windows’ Excel splits them, and quotes every cell', () => {
    const text = csvText(['Name', 'Phone'], [['Иван;=1+2', '+79161234567']], 'ru')
    expect(text).toBe('\uFEFF"Name";"Phone"\r\n"Иван;=1+2";"\'+79161234567"\r\n')
    // Excel takes the quoted cell whole: one name, not a name and a formula.
    expect(readBack(text, ';')).toEqual([
      ['Name', 'Phone'],
      ['Иван;=1+2', "'+79161234567"],
    ])
  })

  it('separates cells with "," in English, also quoted', () => {
    const text = csvText(['Name', 'Notes'], [['Anna', 'roses, after 6 pm']], 'en')
    expect(text).toBe('\uFEFF"Name","Notes"\r\n"Anna","roses, after 6 pm"\r\n')
  })

  it('makes a cell that starts like a formula plain text', () => {
    const text = csvText(['Name'], [['=HYPERLINK("http://evil")'], ['@SUM(A1)'], ['-1+1']], 'ru')
    expect(readBack(text, ';').slice(1)).toEqual([
      ['\'=HYPERLINK("http://evil")'],
      ["'@SUM(A1)"],
      ["'-1+1"],
    ])
  })

  it('keeps a note with a line break, quotes and both separators in one cell', () => {
    const note = 'Любит розы; «пионы», "белые"\nзвонить после 18:00'
    for (const language of languages) {
      const rows = readBack(csvText(['Notes'], [[note]], language), csvDelimiterOf(language))
      expect(rows).toEqual([['Notes'], [note]])
    }
  })

  it('streams a large book in pieces, never one string for the whole book', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`Клиент ${String(i)}`, '+7'])
    const pieces = [...csvPieces(['Name', 'Phone'], rows, 'ru', 1000)]
    // The header, then 1000 + 1000 + 500 rows.
    expect(pieces).toHaveLength(4)
    const parsed = readBack(pieces.join(''), ';')
    expect(parsed).toHaveLength(2501)
    expect(parsed[2500]).toEqual(['Клиент 2499', "'+7"])
  })

  it('brings every cell back as it was, and none starts like a formula (property)', () => {
    // Text rich in what breaks CSVs: both separators, quotes, line breaks, tabs, formula starts.
    const tricky = fc.constantFrom(
      ';',
      ',',
      '"',
      "'",
      '\n',
      '\r',
      '\r\n',
      '\t',
      '=',
      '+',
      '-',
      '@',
      ' ',
    )
    const cellText = fc
      .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 })
      .map((parts) => parts.join(''))
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cellText, { minLength: width, maxLength: width }),
          fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 6 }),
        ),
      )
    fc.assert(
      fc.property(table, fc.constantFrom<Language>(...languages), ([header, rows], language) => {
        const read = readBack(csvText(header, rows, language), csvDelimiterOf(language))
        expect(read.map(restoreCells)).toEqual([header, ...rows])
        for (const cell of read.flat()) expect(cell).not.toMatch(startsLikeFormula)
      }),
      { numRuns: 500 },
    )
  })
})

// What a contacts table may be (docs/limits.md): at most `importTableLimits.columns` cells in a
// row and `importTableLimits.lineChars` characters in a line. A file past either is refused with
// its own reason and line, a broken quote keeps its reason, and the mapping's guess stays what it
// was on ordinary headers while growing only linearly with the columns.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContactPage } from '../../../../shared/contacts'
import { importTableLimits, type MappingTarget } from '../../../../shared/imports'
import { callCore, importFile, uploadFile, waitForReport } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { FileProblemError } from './file-problem'
import { foldHeader, guessMapping, phoneColumns } from './guess-mapping'
import type { PhoneColumn } from './import-plan'
import { overlongLine } from './read-records'
import { vcardHeaders } from './read-vcards'
import {
  englishExcelHeaders,
  googleCurrentHeaders,
  googleLegacyHeaders,
  outlookHeaders,
  readFixture,
  russianExcelHeaders,
  tableText,
  writeFixture,
} from './test-fixtures'

const { columns: maxColumns, lineChars: maxLineChars } = importTableLimits

/** The reader's outcome: the records' cells, or the file problem's code and line. */
async function outcomeOf(dir: string, text: string) {
  try {
    const { records } = await readFixture(writeFixture(dir, 'table.csv', text))
    return { records }
  } catch (error) {
    if (!(error instanceof FileProblemError)) throw error
    return { problem: { code: error.code, line: error.line } }
  }
}

const header = (columns: number) => Array.from({ length: columns }, (_, i) => `c${String(i)}`)

describe('the limits of a contacts table', () => {
  const tempDir = useTempDir()

  it('reads a table exactly as wide as the limit, and refuses one a column wider at the header', async () => {
    const atLimit = [header(maxColumns), ['Анна', '+79161234567']]
    expect((await outcomeOf(tempDir(), tableText(atLimit))).records?.[0]?.cells).toHaveLength(
      maxColumns,
    )
    const pastLimit = [header(maxColumns + 1), ['Анна', '+79161234567']]
    expect(await outcomeOf(tempDir(), tableText(pastLimit))).toEqual({
      problem: { code: 'too_many_columns', line: 1 },
    })
  })

  it('refuses a row wider than the limit further down, naming its line', async () => {
    const rows = [
      ['Name', 'Phone'],
      ['Анна', '+79161234567'],
      ['Иван', ...Array<string>(maxColumns).fill('')],
    ]
    expect(await outcomeOf(tempDir(), tableText(rows))).toEqual({
      problem: { code: 'too_many_columns', line: 3 },
    })
  })

  it('reads a line exactly as long as the limit, and refuses one a character longer', async () => {
    const prefix = 'Анна,'
    const atLimit = `Name,Notes\r\n${prefix}${'x'.repeat(maxLineChars - prefix.length)}\r\nИван,ok\r\n`
    const read = await outcomeOf(tempDir(), atLimit)
    expect(read.records?.map((r) => [r.line, r.cells[1]?.length])).toEqual([
      [1, 5],
      [2, maxLineChars - prefix.length],
      [3, 2],
    ])
    const pastLimit = atLimit.replace(prefix, `${prefix}x`)
    expect(await outcomeOf(tempDir(), pastLimit)).toEqual({
      problem: { code: 'line_too_long', line: 2 },
    })
  })

  it('calls a 30 MB line without a quote too long, not an unbalanced quote', async () => {
    const text = `Name,Phone\nАнна,+79161234567\n${'x'.repeat(30 * 1024 * 1024)}\n`
    expect(await outcomeOf(tempDir(), text)).toEqual({
      problem: { code: 'line_too_long', line: 3 },
    })
  })

  it('counts the lines of quoted cells before a line too long', async () => {
    const text = `Name,Notes\r\nАнна,"звонить\r\nвечером"\r\nИван,${'x'.repeat(maxLineChars)}\r\n`
    expect(await outcomeOf(tempDir(), text)).toEqual({
      problem: { code: 'line_too_long', line: 4 },
    })
  })

  it('keeps the unbalanced quote its own reason, even when it swallows megabytes of short lines', async () => {
    const rows = ['Name,Phone', 'Анна,+79161234567', '"Иван,+79031234567']
    for (let i = 0; i < 400_000; i++) rows.push(`Клиент ${String(i)},+7916${String(1_000_000 + i)}`)
    expect(await outcomeOf(tempDir(), rows.join('\n'))).toEqual({
      problem: { code: 'unbalanced_quote', line: 3 },
    })
  })

  it('reads a quoted cell of many short lines, longer in all than a line may be', async () => {
    const note = Array.from({ length: 120_000 }, (_, i) => `строка заметки ${String(i)}`).join('\n')
    // Past twice the limit, where the reader stops parsing it again with each piece.
    expect(note.length).toBeGreaterThan(2 * maxLineChars)
    const text = `Name,Notes\nАнна,"${note}"\nИван,ok\n`
    const read = await outcomeOf(tempDir(), text)
    expect(read.records?.map((r) => [r.line, r.cells[0], r.cells[1]?.length])).toEqual([
      [1, 'Name', 5],
      [2, 'Анна', note.length],
      [120_002, 'Иван', 2],
    ])
  })
})

/** The longest line of `text`, breaking at CR LF, LF or a lone CR. */
const longestLine = (text: string): number =>
  Math.max(...text.split(/\r\n|\r|\n/).map((line) => line.length))

describe('hostile tables (fuzz)', () => {
  const tempDir = useTempDir()

  it('are read within the limits or refused with a file problem, never anything else', async () => {
    // Rows of a few cells, now and then one as wide or as long as the limits or past them, with
    // quotes that may or may not close: whatever comes back keeps to the limits.
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a', 'a"b', '\n', '\r\n', ',') },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: maxLineChars - 2, max: maxLineChars + 2 })
          .map((n) => 'x'.repeat(n)),
      },
    )
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.array(cell, { minLength: 1, maxLength: 5 }) },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: maxColumns - 1, max: maxColumns + 1 })
          .map((n) => Array<string>(n).fill('a')),
      },
    )
    const table = fc
      .tuple(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
      .map(([rows, lineBreak]) => rows.map((cells) => cells.join(',')).join(lineBreak))
    await fc.assert(
      fc.asyncProperty(table, async (text) => {
        const outcome = await outcomeOf(tempDir(), text)
        if (outcome.problem) {
          expect([
            'line_too_long',
            'too_many_columns',
            'unbalanced_quote',
            'binary_file',
          ]).toContain(outcome.problem.code)
          if (outcome.problem.code === 'line_too_long') {
            expect(longestLine(text)).toBeGreaterThan(maxLineChars)
          }
          return
        }
        for (const record of outcome.records) {
          expect(record.cells.length).toBeLessThanOrEqual(maxColumns)
        }
        // Every line of a file read through is within the limit.
        expect(longestLine(text)).toBeLessThanOrEqual(maxLineChars)
      }),
      { numRuns: 40 },
    )
  }, 120_000) // heavy by design: a busy CI machine must not fail it on time
})

describe('overlongLine', () => {
  it('finds a line past the limit wherever pieces cut the text, as splitting it whole would', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom('\n', '\r', '\r\n'), fc.string({ maxLength: 12 })), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 20 }),
        (whole, cuts, max) => {
          const at = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b)
          const pieces = [0, ...at]
            .map((start, i) => whole.slice(start, [...at, whole.length][i]))
            .filter((piece) => piece !== '')
          let carried = 0
          let found = false
          for (const piece of pieces) {
            const result = overlongLine(piece, carried, max)
            if (result.at !== null) {
              found = true
              break
            }
            carried = result.carried
          }
          expect(found).toBe(longestLine(whole) > max)
        },
      ),
    )
  })
})

/** phoneColumns as it was: a scan of every column for each phone column's label (the oracle). */
function phoneColumnsBefore(
  headers: readonly string[],
  mapping: readonly MappingTarget[],
): PhoneColumn[] {
  const folded = headers.map(foldHeader)
  const columns: PhoneColumn[] = []
  mapping.forEach((target, index) => {
    if (target !== 'phone') return
    const name = folded[index] ?? ''
    const group = /^(phone \d+) value$/.exec(name)?.[1]
    const labelIndex = group
      ? folded.findIndex((h) => h === `${group} label` || h === `${group} type`)
      : folded.findIndex((h) => h === `${name} label` || h === `${name} type`)
    columns.push({
      index,
      labelIndex: labelIndex === -1 ? null : labelIndex,
      headerLabel: headers[index] ?? '',
    })
  })
  return columns
}

/** Headers of real exports, and their near misses: the guess meets these every day. */
const knownHeaders = [
  ...googleCurrentHeaders,
  ...googleLegacyHeaders,
  ...outlookHeaders,
  ...russianExcelHeaders,
  ...englishExcelHeaders,
  ...vcardHeaders,
  'phone_number',
  'phone_number_type',
  'Phone 1 - Type',
  'Phone 2 - Type',
  'Mobile - Label',
  'Mobile',
  'Телефон',
  'Телефон - тип',
  'ФИО',
  'E-mail',
  'Consent',
]

describe('the mapping guess on ordinary headers', () => {
  it('finds the same phone columns and labels as the scan of every column did', () => {
    const headers = fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...knownHeaders) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      ),
      { maxLength: 60 },
    )
    fc.assert(
      fc.property(headers, (names) => {
        const mapping = guessMapping(names)
        expect(phoneColumns(names, mapping)).toEqual(phoneColumnsBefore(names, mapping))
      }),
      { numRuns: 300 },
    )
  })

  it('guesses each header as alone, whatever its neighbours, the single-purpose ones once', () => {
    const headers = fc.array(fc.constantFrom(...knownHeaders), { maxLength: 60 })
    fc.assert(
      fc.property(headers, (names) => {
        const mapping = guessMapping(names)
        const single = new Set<MappingTarget>(['email', 'consent', 'fullName', 'savedNumber'])
        names.forEach((name, i) => {
          const alone = guessMapping([name])[0]
          const target = mapping[i]
          if (alone !== undefined && single.has(alone) && mapping.indexOf(alone) !== i) {
            expect(target).toBe('ignore')
          } else {
            expect(target).toBe(alone)
          }
        })
      }),
      { numRuns: 200 },
    )
  })

  it('judges a header of a megabyte by its start', () => {
    const long = `Phone ${'x'.repeat(maxLineChars - 10)}`
    expect(guessMapping([long, `сохранил ${'сохранил '.repeat(50_000)}`])).toEqual([
      'phone',
      'ignore',
    ])
  })

  it('maps a header of 200 000 columns, repeated Google phone pairs, label by label', () => {
    // Wider than any file the reader lets through: the guess itself stays linear.
    const names: string[] = []
    for (let i = 1; i <= 100_000; i++)
      names.push(`Phone ${String(i)} - Label`, `Phone ${String(i)} - Value`)
    const mapping = guessMapping(names)
    const phones = phoneColumns(names, mapping)
    expect(phones).toHaveLength(100_000)
    expect(phones.at(-1)).toEqual({
      index: 199_999,
      labelIndex: 199_998,
      headerLabel: 'Phone 100000 - Value',
    })
  }, 60_000) // heavy by design: a busy CI machine must not fail it on time
})

describe('a file past the limits, through the core', () => {
  const tempDir = useTempDir()

  it('imports a table exactly as wide as the limit, and refuses a wider one, the book kept', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const file = (name: string, text: string) => {
      const path = join(dir, name)
      writeFileSync(path, text)
      return path
    }
    const wideTable = (columns: number) => {
      const names = ['Name', 'Phone', ...header(columns - 2)]
      return tableText([names, ['Анна Петрова', '+79161234567'], ['Иван Смирнов', '+79031234567']])
    }
    const atLimit = await importFile(core, file('at-limit.csv', wideTable(maxColumns)))
    expect(atLimit).toMatchObject({ status: 'finished', added: 2 })
    const book = await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })

    for (const [text, problem, line] of [
      [wideTable(maxColumns + 1), 'too_many_columns', 1],
      [wideTable(200_000), 'line_too_long', 1],
      [
        `${Array<string>(200_000).fill('a').join(',')}\nОльга,+79262223344\n`,
        'too_many_columns',
        1,
      ],
      [`Name,Phone\nОльга,+79262223344\n${'x'.repeat(30 * 1024 * 1024)}\n`, 'line_too_long', 3],
    ] as const) {
      const importId = await uploadFile(core, file('bad.csv', text), 'bad.csv', 4 * 1024 * 1024)
      const failure = await callCore(core, 'imports.preview', { importId }).catch((e: unknown) => e)
      expect(failure).toMatchObject({ error: { code: 'file_problem', details: { problem, line } } })
      // Started anyway (a caller that skips the preview): the run refuses it the same way.
      const done = waitForReport(core, importId)
      await callCore(core, 'imports.start', {
        importId,
        mapping: ['fullName', 'phone'],
        consent: 'unknown',
      })
      expect(await done).toMatchObject({ status: 'failed', fileProblem: { code: problem, line } })
    }
    expect(await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).toEqual(book)
    core.close()
  }, 60_000)
})

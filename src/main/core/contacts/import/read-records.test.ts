import { statSync } from 'node:fs'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { FileProblemError } from './file-problem'
import { lineBreakOf, readRecords, type FileRecord } from './read-records'
import { sniffFile } from './sniff-file'
import {
  emptyFile,
  encodeText,
  excelUnicodeText,
  googleCurrentCsv,
  googleCurrentHeaders,
  headerOnlyCsv,
  lineNumbersCsv,
  readFixture,
  russianExcelCsv,
  shortRowsCsv,
  tableText,
  unbalancedQuote,
  writeFixture,
  type FixtureEncoding,
} from './test-fixtures'

const lines = (records: FileRecord[]) => records.map((r) => r.line)

describe('readRecords', () => {
  const tempDir = useTempDir()

  const russian = [
    ['ФИО', 'Телефон', 'Группа'],
    ['Семён Ёлкин', '8 916 123-45-67', 'Опт'],
    ['Щукина Юлия Эдуардовна', '+7 903 765 43 21', 'VIP'],
    ['Жанна «Чайка» Ъ', '89261112233', ''],
  ]

  it.each([
    ['utf8', ','],
    ['utf8-bom', ','],
    ['utf8-bom', ';'],
    ['utf16le-bom', '\t'],
    ['utf16be-bom', '\t'],
    ['windows-1251', ';'],
    ['windows-1251', '\t'],
  ] as [FixtureEncoding, string][])(
    'reads %s with %j: Cyrillic intact, no BOM in the first header',
    async (encoding, delimiter) => {
      const path = writeFixture(
        tempDir(),
        'contacts.csv',
        tableText(russian, { delimiter }),
        encoding,
      )
      const { sniff, records } = await readFixture(path)
      expect(sniff.delimiter).toBe(delimiter)
      expect(records.map((r) => r.cells)).toEqual(russian)
      expect(records[0]?.cells[0]).toBe('ФИО')
      expect(records[0]?.cells[0]?.charCodeAt(0)).not.toBe(0xfeff)
      expect(lines(records)).toEqual([1, 2, 3, 4])
    },
  )

  it('reads the Russian Excel fixture saved in Windows-1251 with semicolons', async () => {
    const path = writeFixture(tempDir(), 'excel.csv', russianExcelCsv(), 'windows-1251')
    const { sniff, records } = await readFixture(path)
    expect(sniff).toMatchObject({ encoding: 'windows-1251', delimiter: ';' })
    expect(records[0]?.cells).toEqual([
      'ФИО',
      'Телефон',
      'Мобильный',
      'Группа',
      'Комментарий',
      'Согласие',
    ])
    expect(records.map((r) => r.cells[0])).toEqual([
      'ФИО',
      'Семён Ёлкин',
      'Щукина Юлия Эдуардовна',
      'Жанна Чайкина',
    ])
    expect(records[3]?.cells[4]).toBe('Постоянная, «Ъ»')
  })

  it('reads Excel "Unicode text" (UTF-16LE, BOM, tabs)', async () => {
    const path = writeFixture(tempDir(), 'unicode.txt', excelUnicodeText(), 'utf16le-bom')
    const { records } = await readFixture(path)
    expect(records.map((r) => r.cells)).toEqual([
      ['ФИО', 'Телефон', 'Группа'],
      ['Анна Петрова', '8 916 123-45-67', 'VIP'],
      ['Иван Смирнов', '+7 (903) 765-43-21', ''],
    ])
  })

  it('reads the Google export with a note spanning two lines', async () => {
    const path = writeFixture(tempDir(), 'google.csv', googleCurrentCsv(), 'utf8-bom')
    const { records } = await readFixture(path)
    expect(records[0]?.cells).toEqual([...googleCurrentHeaders])
    const notes = googleCurrentHeaders.indexOf('Notes')
    expect(records[1]?.cells[notes]).toBe('Любит розы,\nзвонить после 18:00')
    expect(lines(records)).toEqual([1, 2, 4])
  })

  it('counts lines as an editor does: quoted line breaks, blank lines, CRLF, LF or CR', async () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const text = lineNumbersCsv.replace(/\r\n/g, newline)
      const { records } = await readFixture(writeFixture(tempDir(), 'lines.csv', text))
      expect(
        records.map((r) => [r.line, r.cells[0]]),
        JSON.stringify(newline),
      ).toEqual([
        [1, 'Name'],
        [2, 'Анна'],
        [6, 'Иван'],
        [9, 'Ольга "Оля"'],
        [11, 'Пётр'],
        [13, 'Мария'],
      ])
      expect(records[1]?.cells[2]).toBe(['первая строка', 'вторая строка', 'третья'].join(newline))
      expect(records[3]?.cells[2]).toBe('a,b')
    }
  })

  it('keeps short rows short: the missing cells are simply absent', async () => {
    const path = writeFixture(tempDir(), 'short.csv', shortRowsCsv)
    const { records } = await readFixture(path)
    expect(records.map((r) => r.cells)).toEqual([
      ['Name', 'Phone', 'Group', 'Notes'],
      ['Анна', '+79161234567'],
      ['Иван'],
      ['Ольга', '+79262223344', 'VIP', 'ok'],
    ])
  })

  it('finds nothing in an empty or blank file, and the header alone in a header-only one', async () => {
    const dir = tempDir()
    expect((await readFixture(writeFixture(dir, 'empty.csv', emptyFile))).records).toEqual([])
    expect((await readFixture(writeFixture(dir, 'blank.csv', '\r\n \r\n\r\n'))).records).toEqual([])
    expect((await readFixture(writeFixture(dir, 'bom.csv', '', 'utf8-bom'))).records).toEqual([])
    expect((await readFixture(writeFixture(dir, 'header.csv', headerOnlyCsv))).records).toEqual([
      { line: 1, cells: ['Name', 'Phone'] },
    ])
  })

  it('names the line of an unbalanced quote', async () => {
    const path = writeFixture(tempDir(), 'broken.csv', unbalancedQuote.text)
    const error = await readFixture(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileProblemError)
    expect(error).toMatchObject({ code: 'unbalanced_quote', line: unbalancedQuote.line })
  })

  it('names the line of an unbalanced quote in a file of many read chunks', async () => {
    const rows = [['Name', 'Phone', 'Notes']]
    for (let i = 0; i < 30_000; i++) rows.push([`Клиент ${i}`, `+7916${1_000_000 + i}`, ''])
    const text = tableText(rows).replace('Клиент 1234,', '"Клиент 1234,')
    const path = writeFixture(tempDir(), 'broken.csv', text)
    expect(statSync(path).size).toBeGreaterThan(3 * 256 * 1024)
    await expect(readFixture(path)).rejects.toMatchObject({
      code: 'unbalanced_quote',
      line: 1236,
    })
  })

  it('streams a file of 300 000 rows, bigger than many read chunks, with every line right', async () => {
    // Cyrillic names so that chunk borders fall inside two-byte letters; a quoted two-line note
    // and a blank line now and then so that line numbers drift if anything is miscounted.
    const parts = ['ФИО;Телефон;Заметка\r\n']
    const expected: [number, string][] = [[1, 'ФИО']]
    let line = 2
    for (let i = 0; i < 300_000; i++) {
      const name = `Клиент Ёжиков ${i}`
      expected.push([line, name])
      if (i % 997 === 0 || i % 991 === 0) {
        const inside = i % 997 === 0 ? '\r\n' : '\n' // Excel breaks a cell with LF alone
        parts.push(`${name};+7916${1_000_000 + i};"звонить;${inside}вечером"\r\n`)
        line += 2
      } else {
        parts.push(`${name};+7916${1_000_000 + i};\r\n`)
        line += 1
      }
      if (i % 1009 === 0) {
        parts.push('\r\n')
        line += 1
      }
    }
    const path = writeFixture(tempDir(), 'big.csv', parts.join(''), 'utf8-bom')
    const size = statSync(path).size
    const sniff = await sniffFile(path)
    let lastBytes = 0
    let count = 0
    let lastLine = 0
    let wrong: [number, string] | undefined
    for await (const record of readRecords(path, sniff, {
      signal: new AbortController().signal,
      onBytes: (bytes) => (lastBytes = bytes),
    })) {
      const [wantLine, wantName] = expected[count] ?? [0, '']
      if (!wrong && (record.line !== wantLine || record.cells[0] !== wantName)) {
        wrong = [record.line, record.cells[0] ?? '']
      }
      lastLine = record.line
      count++
    }
    expect(wrong).toBeUndefined()
    expect(count).toBe(300_001)
    expect(lastLine).toBe(expected.at(-1)?.[0])
    expect(lastLine).toBeGreaterThan(300_000 + 300)
    expect(lastBytes).toBe(size)
  }, 60_000) // heavy by design: a busy CI machine must not fail it on time

  it('does not count a CR LF cut between two read chunks as two lines', async () => {
    // A note longer than a read chunk (256 KiB), ending so that its CR is the chunk's last byte.
    const chunk = 256 * 1024
    const head = 'Name,Notes\r\nАнна,'
    const note = 'x'.repeat(2 * chunk - 1 - Buffer.byteLength(head))
    const text = `${head}${note}\r\nИван,ok\r\n`
    expect(Buffer.from(text).indexOf('\r\nИван')).toBe(2 * chunk - 1)
    const { records } = await readFixture(writeFixture(tempDir(), 'long.csv', text))
    expect(records.map((r) => [r.line, r.cells[0], r.cells[1]?.length])).toEqual([
      [1, 'Name', 5],
      [2, 'Анна', note.length],
      [3, 'Иван', 2],
    ])
  })

  it('reads a UTF-16 file larger than one chunk without splitting a letter', async () => {
    const rows = [['ФИО', 'Телефон']]
    for (let i = 0; i < 15_000; i++) rows.push([`Щукина Юлия ${i}`, `+7903${1_000_000 + i}`])
    for (const encoding of ['utf16le-bom', 'utf16be-bom'] as const) {
      const bytes = encodeText(tableText(rows, { delimiter: '\t' }), encoding)
      const path = writeFixture(tempDir(), 'unicode.txt', bytes)
      const { records } = await readFixture(path)
      expect(records.map((r) => r.cells)).toEqual(rows)
    }
  })

  it('stops when cancelled', async () => {
    const rows = [['Name', 'Phone']]
    for (let i = 0; i < 50_000; i++) rows.push([`Client ${i}`, `+7916${1_000_000 + i}`])
    const path = writeFixture(tempDir(), 'big.csv', tableText(rows))
    const sniff = await sniffFile(path)
    const controller = new AbortController()
    let seen = 0
    const reading = (async () => {
      for await (const _ of readRecords(path, sniff, { signal: controller.signal })) {
        if (++seen === 10) controller.abort()
      }
    })()
    await expect(reading).rejects.toThrow()
    expect(seen).toBeLessThan(50_000)
  })
})

describe('the line break of a piece of a file', () => {
  it('is the one papaparse guesses, whatever the piece holds', () => {
    const piece = fc.constantFrom('a', 'Анна', '"', '""', ',', ' ', '\r', '\n', '\r\n', '\n\r')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const guessed = Papa.parse<string[]>(text, { delimiter: ',' })
        expect(lineBreakOf(text)).toBe(guessed.meta.linebreak)
        const told = Papa.parse<string[]>(text, { delimiter: ',', newline: lineBreakOf(text) })
        expect(told.data).toEqual(guessed.data)
        expect(told.errors).toEqual(guessed.errors)
      }),
      { numRuns: 5000 },
    )
  })

  it('keeps a lone CR in a cell where a stray quote pairs with a later one, as papaparse does', () => {
    const text = 'Anna 5",1\r"Petr",2'
    expect(lineBreakOf(text)).toBe('\n')
    expect(Papa.parse<string[]>(text, { newline: lineBreakOf(text) }).data).toEqual([
      ['Anna 5"', '1\r"Petr"', '2'],
    ])
  })

  it('looks at the first megabyte only, as papaparse does', () => {
    const long = `${'a,b\n'.repeat(300_000)}${'c,d\r\n'.repeat(10)}`
    expect(lineBreakOf(long)).toBe(Papa.parse<string[]>(long, { delimiter: ',' }).meta.linebreak)
    const quoteAcross = `"${'x'.repeat(1024 * 1024)}"\r\na\r\n`
    expect(lineBreakOf(quoteAcross)).toBe(
      Papa.parse<string[]>(quoteAcross, { delimiter: ',' }).meta.linebreak,
    )
  })
})

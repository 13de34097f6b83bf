import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { restoreCell } from '../../../../shared/csv-safety'
import { rowProblemCodes, type RowProblem } from '../../../../shared/imports'
import { useTempDir } from '../../test-support/temp-dir'
import { problemsToCsv } from './problems-csv'
import { readFixture, writeFixture } from './test-fixtures'

const headers = ['ФИО', 'Телефон', 'Заметка']
const problems: RowProblem[] = [
  {
    line: 3,
    severity: 'rejected',
    code: 'invalid_phone',
    value: '123',
    raw: ['Пётр', '123', ''],
  },
  {
    line: 7,
    severity: 'flagged',
    code: 'not_mobile',
    value: '+7 495 000-00-00',
    raw: ['Офис', '+7 495 000-00-00', '=HYPERLINK("http://x")'],
  },
  {
    line: 9,
    severity: 'flagged',
    code: 'invalid_phone',
    value: '8 916',
    raw: ['Анна; "Аня"', '8 916, +79161234567', 'Любит розы,\nзвонить после 18:00'],
  },
]

describe('problemsToCsv', () => {
  const tempDir = useTempDir()

  it('names the report after the file, in the chosen language', () => {
    expect(problemsToCsv('клиенты.csv', headers, [], 'ru').fileName).toBe('клиенты-отчёт.csv')
    expect(problemsToCsv('contacts.vcf', headers, [], 'en').fileName).toBe('contacts-report.csv')
    expect(problemsToCsv('contacts', headers, [], 'en')).toMatchObject({
      fileName: 'contacts-report.csv',
      mimeType: 'text/csv',
    })
  })

  it('writes UTF-8 with a BOM and CRLF, so Excel opens the Cyrillic right, with ";" in Russian', () => {
    const { content } = problemsToCsv('клиенты.csv', headers, problems, 'ru')
    expect(content.startsWith('\uFEFF"Строка";"Что случилось";"Причина";"Значение";"ФИО";')).toBe(
      true,
    )
    expect(content.endsWith('\r\n')).toBe(true)
    expect(content).toContain(
      '\r\n"3";"не импортирована";"Это не похоже на номер телефона";"123";"Пётр";"123";""\r\n',
    )
    const english = problemsToCsv('clients.csv', headers, problems, 'en').content
    expect(english).toContain(
      '\r\n"3","not imported","This does not look like a phone number","123","Пётр","123",""\r\n',
    )
  })

  it('reads back as the rows the file had, lines and reasons first', async () => {
    for (const language of ['ru', 'en'] as const) {
      const { content } = problemsToCsv('клиенты.csv', headers, problems, language)
      const path = writeFixture(tempDir(), 'report.csv', content)
      const { sniff, records } = await readFixture(path)
      expect(sniff).toMatchObject({
        encoding: 'UTF-8',
        bomLength: 3,
        delimiter: language === 'ru' ? ';' : ',',
      })
      const [header, ...rows] = records.map((r) => r.cells.map(restoreCell))
      expect(header?.slice(4)).toEqual(headers)
      expect(header?.[0]).toBe(language === 'ru' ? 'Строка' : 'Line')
      expect(rows.map((r) => r[0])).toEqual(['3', '7', '9'])
      expect(rows.map((r) => r.slice(4))).toEqual(problems.map((p) => p.raw))
      expect(rows.map((r) => r[3])).toEqual(problems.map((p) => p.value))
      expect(rows[1]?.[1]).toBe(
        language === 'ru' ? 'импортирована с пометкой' : 'imported with a warning',
      )
    }
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const { content } = problemsToCsv('a.csv', headers, problems, 'en')
    expect(content).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(content).toContain(`,"'+7 495 000-00-00",`)
  })

  it('has a reason for every problem code in both languages', () => {
    for (const language of ['ru', 'en'] as const) {
      const all = rowProblemCodes.map((code, i): RowProblem => ({
        line: i + 2,
        severity: 'flagged',
        code,
        value: '',
        raw: [],
      }))
      const { content } = problemsToCsv('a.csv', [], all, language)
      const reasons = Papa.parse<string[]>(content.slice(1).trim(), {
        delimiter: language === 'ru' ? ';' : ',',
      })
        .data.slice(1)
        .map((row) => row[2])
      expect(reasons).toHaveLength(rowProblemCodes.length)
      for (const reason of reasons) expect(reason?.length).toBeGreaterThan(5)
      expect(new Set(reasons).size).toBe(rowProblemCodes.length)
    }
  })
})

import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Contact } from '../../../shared/contacts'
import { restoreCell } from '../../../shared/csv-safety'
import { contactsToCsv, exportHeaders } from './export-csv'
import { guessMapping } from './import/guess-mapping'

const contact = (overrides: Partial<Contact>): Contact => ({
  id: 1,
  name: 'Анна Петрова',
  firstName: 'Анна',
  middleName: '',
  lastName: 'Петрова',
  email: '',
  notes: '',
  phones: [
    {
      e164: '+79161234567',
      raw: '8 916 123-45-67',
      kind: 'mobile',
      label: 'Mobile',
      primary: true,
    },
  ],
  tags: ['VIP'],
  consent: 'granted',
  consentSource: 'import',
  consentAt: 1,
  optedOut: false,
  optedOutPhones: [],
  chatsWithShop: false,
  savedNumber: 'unknown',
  savedNumberSource: null,
  savedNumberAt: null,
  flag: null,
  createdAt: 1,
  updatedAt: 1,
  ...overrides,
})

describe('contacts CSV export', () => {
  it('starts with a UTF-8 BOM so Excel shows Cyrillic, and keeps names intact', () => {
    const csv = contactsToCsv([contact({})], 'ru')
    expect(csv.startsWith('\uFEFF"Name";"First Name";')).toBe(true)
    expect(csv).toContain('"Анна Петрова";"Анна";"";"Петрова";"\'+79161234567"')
  })

  it('separates cells with "," in English, as an English Excel splits them', () => {
    const csv = contactsToCsv([contact({})], 'en')
    expect(csv.startsWith('\uFEFF"Name","First Name",')).toBe(true)
    expect(csv).toContain('"Анна Петрова","Анна","","Петрова","\'+79161234567"')
  })

  it('neutralises cells a spreadsheet would run as formulas, and our import restores them', () => {
    const evil = contact({
      name: '=HYPERLINK("http://evil.example","click")',
      notes: '@SUM(A1)',
      email: '-1+1',
    })
    const csv = contactsToCsv([evil], 'ru')
    const [, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data
    const cell = (header: (typeof exportHeaders)[number]) =>
      row?.[exportHeaders.indexOf(header)] ?? ''
    for (const header of ['Name', 'Notes', 'E-mail', 'Phone'] as const) {
      expect(cell(header)).toMatch(/^'/)
    }
    expect(restoreCell(cell('Name'))).toBe(evil.name)
    expect(restoreCell(cell('Phone'))).toBe('+79161234567')
  })

  it('writes the middle name in its own column, which our import reads back as one', () => {
    const csv = contactsToCsv([contact({ middleName: 'Сергеевна' })], 'ru')
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data
    expect(header?.slice(0, 4)).toEqual(['Name', 'First Name', 'Middle Name', 'Last Name'])
    expect(guessMapping(header ?? []).slice(0, 4)).toEqual([
      'fullName',
      'firstName',
      'middleName',
      'lastName',
    ])
    expect(row?.slice(0, 4)).toEqual(['Анна Петрова', 'Анна', 'Сергеевна', 'Петрова'])
  })

  it('keeps a note with a line break and a comma in one cell', () => {
    const notes = 'Любит розы; пионы,\nзвонить после 18:00'
    const csv = contactsToCsv([contact({ notes })], 'ru')
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(rows).toHaveLength(2)
    expect(rows[1]?.[exportHeaders.indexOf('Notes')]).toBe(notes)
  })
})

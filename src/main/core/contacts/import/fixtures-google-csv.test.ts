import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import {
  asExpected,
  byName,
  importFixture,
  middleNamesOf,
  problemsOf,
  type ExpectedContact,
} from './fixtures/import-fixture'

// fixtures/google-contacts.csv: Google Contacts' current export (UTF-8 with a BOM, CR LF, numbers
// of one label joined by " ::: ", "* myContacts" system labels, multi-line notes and addresses).
// fixtures/google-contacts-legacy.csv: the older "Google CSV" (Name, Given Name, Group
// Membership, "Phone 1 - Type"), UTF-8 without a BOM.

describe('a Google Contacts CSV export', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('is read as UTF-8 with its BOM dropped, and the real headers are guessed', async () => {
    const { preview } = await importFixture(dataDir(), 'google-contacts.csv')
    expect(preview).toMatchObject({ format: 'csv', encoding: 'UTF-8', delimiter: ',' })
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(preview.headers[0]).toBe('First Name')
    expect(target('First Name')).toBe('firstName')
    expect(target('Middle Name')).toBe('middleName')
    expect(target('Last Name')).toBe('lastName')
    expect(target('Labels')).toBe('tags')
    expect(target('E-mail 1 - Value')).toBe('email')
    expect(target('Phone 1 - Value')).toBe('phone')
    expect(target('Phone 2 - Value')).toBe('phone')
    expect(target('Address 1 - Country')).toBe('country')
    for (const ignored of ['Phone 1 - Label', 'E-mail 1 - Label', 'File As', 'Organization Name'])
      expect(target(ignored)).toBe('ignore')
  })

  it('imports every contact with each number under its own label', async () => {
    const { report, contacts } = await importFixture(dataDir(), 'google-contacts.csv')
    expect(report).toMatchObject({ status: 'finished', rows: 7, added: 5, rejected: 2 })
    const expected: ExpectedContact[] = [
      {
        name: 'Анна Петрова',
        firstName: 'Анна',
        lastName: 'Петрова',
        email: 'anna@example.ru',
        tags: ['VIP'],
        // Two numbers of one "Mobile" cell; the "Home Fax" is no number to message.
        phones: [
          { e164: '+79161234567', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+79037654321', label: 'Mobile', kind: 'mobile', primary: false },
        ],
      },
      {
        name: 'Ёжик Иванович Туманов',
        firstName: 'Ёжик',
        lastName: 'Туманов',
        email: '',
        tags: ['Опт'],
        // "Mobile ::: Work" over "+7 926… ::: +7 495…": the second number is the work one.
        phones: [
          { e164: '+79261112233', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+74957654321', label: 'Work', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Алесь Михалевич',
        firstName: 'Алесь',
        lastName: 'Михалевич',
        email: '',
        tags: [],
        // Written with 00, Belarus' own way of dialling abroad.
        phones: [{ e164: '+375297654321', label: 'Mobile', kind: 'mobile', primary: true }],
      },
      {
        name: 'Айгерим Сапарова',
        firstName: 'Айгерим',
        lastName: 'Сапарова',
        email: '',
        tags: ['Опт'],
        // The address says Kazakhstan, and 8 701… is a Kazakh mobile: no disagreement.
        phones: [{ e164: '+77012345678', label: 'Mobile', kind: 'mobile', primary: true }],
      },
      {
        name: 'Hans Müller',
        firstName: 'Hans',
        lastName: 'Müller',
        email: 'hans@blumen-mueller.de',
        tags: [],
        // The address says Germany: "0151 23456789" is a German mobile, not a Russian number;
        // the +7 one is kept as written and flagged.
        phones: [
          { e164: '+4915123456789', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+79165554433', label: 'Work', kind: 'mobile', primary: false },
        ],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
  })

  it('reports the faxes, the pager, the number that exists nowhere and the foreign number', async () => {
    const { report, contacts } = await importFixture(dataDir(), 'google-contacts.csv')
    const problems = problemsOf(report)
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 2, code: 'fax_or_pager_skipped', value: '+7 495 123-45-67' }),
    )
    expect(problems).toContainEqual({
      line: 9,
      code: 'country_mismatch',
      severity: 'flagged',
      value: '+7 916 555-44-33',
    })
    expect(problems).toContainEqual({
      line: 12,
      code: 'nonexistent_phone',
      severity: 'rejected',
      value: '(111) 555-4444',
    })
    for (const value of ['+7 495 000-11-22', '+7 495 000-11-23']) {
      expect(problems).toContainEqual(
        expect.objectContaining({ line: 13, code: 'fax_or_pager_skipped', value }),
      )
    }
    // A fax or a pager never becomes anyone's number.
    const numbers = contacts.flatMap((c) => c.phones.map((p) => p.e164))
    for (const fax of ['+74951234567', '+74950001122', '+74950001123'])
      expect(numbers).not.toContain(fax)
    expect(problems.filter((p) => p.line !== 2 && p.line !== 9 && p.line < 12)).toEqual([])
  })

  it('keeps the middle name of the "Middle Name" column', async () => {
    const { contacts } = await importFixture(dataDir(), 'google-contacts.csv')
    expect(middleNamesOf(contacts)).toEqual(
      byName([
        { name: 'Анна Петрова', middle: '' },
        { name: 'Ёжик Иванович Туманов', middle: 'Иванович' },
        { name: 'Алесь Михалевич', middle: '' },
        { name: 'Айгерим Сапарова', middle: '' },
        { name: 'Hans Müller', middle: '' },
      ]).map(({ name, middle }) => [name, middle]),
    )
  })
})

describe('a legacy "Google CSV" export', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('imports every contact with each number under its own label', async () => {
    const { report, contacts, preview } = await importFixture(
      dataDir(),
      'google-contacts-legacy.csv',
    )
    expect(preview).toMatchObject({ encoding: 'UTF-8', delimiter: ',' })
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(target('Name')).toBe('fullName')
    expect(target('Given Name')).toBe('firstName')
    expect(target('Additional Name')).toBe('middleName')
    expect(target('Family Name')).toBe('lastName')
    expect(target('Group Membership')).toBe('tags')
    expect(target('Phone 1 - Type')).toBe('ignore')
    expect(target('Address 1 - Formatted')).toBe('country')
    expect(report).toMatchObject({ status: 'finished', rows: 3, added: 3, rejected: 0 })
    const expected: ExpectedContact[] = [
      {
        name: 'Ольга Сергеевна Попова',
        firstName: 'Ольга',
        lastName: 'Попова',
        email: 'olga@example.ru',
        tags: ['Постоянные'],
        phones: [
          { e164: '+79262223344', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+74952223344', label: 'Home', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Gabi Schmidt',
        firstName: 'Gabi',
        lastName: 'Schmidt',
        email: '',
        tags: ['Опт'],
        // 0049… is international; "089 1234567" is a Munich line because the address is German.
        phones: [
          { e164: '+4915123456789', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+49891234567', label: 'Home', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Дмитрий',
        firstName: 'Дмитрий',
        lastName: '',
        email: '',
        tags: [],
        phones: [
          { e164: '+79991234567', label: 'Mobile', kind: 'mobile', primary: true },
          { e164: '+79997654321', label: 'Mobile', kind: 'mobile', primary: false },
        ],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
  })

  it('reports the home fax and flags nothing else', async () => {
    const { report } = await importFixture(dataDir(), 'google-contacts-legacy.csv')
    expect(problemsOf(report)).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'fax_or_pager_skipped',
        value: '8 (495) 222-33-45',
      }),
    ])
  })

  it('keeps the middle name of the "Additional Name" column', async () => {
    const { contacts } = await importFixture(dataDir(), 'google-contacts-legacy.csv')
    expect(middleNamesOf(contacts)).toEqual(
      byName([
        { name: 'Ольга Сергеевна Попова', middle: 'Сергеевна' },
        { name: 'Gabi Schmidt', middle: '' },
        { name: 'Дмитрий', middle: '' },
      ]).map(({ name, middle }) => [name, middle]),
    )
  })
})

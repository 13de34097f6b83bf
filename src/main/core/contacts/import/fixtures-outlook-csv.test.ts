import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import {
  asExpected,
  byName,
  faxAndPagerAsPhones,
  importFixture,
  middleNamesOf,
  problemsOf,
  type ExpectedContact,
} from './fixtures/import-fixture'

// fixtures/outlook-en.csv: English Outlook's "Comma Separated Values" export, all 92 columns, as a
// Russian Windows saves it (Windows-1251, CR LF, every text value quoted, "0/0/00" dates).
// fixtures/outlook-ru.csv: Russian Outlook 2003/2007's export, Russian headers ("Телефон
// переносной", "Рабочий факс", "Адрес эл. почты"), Windows-1251, "0.0.00" dates.

describe('an English Outlook CSV export', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('is read as Windows-1251 and its phone, fax and pager columns are told apart', async () => {
    const { preview } = await importFixture(dataDir(), 'outlook-en.csv')
    expect(preview).toMatchObject({ encoding: 'windows-1251', delimiter: ',' })
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(target('First Name')).toBe('firstName')
    expect(target('Middle Name')).toBe('middleName')
    expect(target('Last Name')).toBe('lastName')
    expect(target('E-mail Address')).toBe('email')
    expect(target('Categories')).toBe('tags')
    expect(target('Notes')).toBe('notes')
    expect(target('Home Country/Region')).toBe('country')
    for (const phone of ['Mobile Phone', 'Business Phone', 'Home Phone', 'Primary Phone'])
      expect(target(phone)).toBe('phone')
    for (const ignored of ['Initials', 'E-mail Display Name', 'Telex', 'TTY/TDD Phone', 'Company'])
      expect(target(ignored)).toBe('ignore')
  })

  it('imports every contact with each number under its column name', async () => {
    const { report, contacts } = await importFixture(dataDir(), 'outlook-en.csv')
    expect(report).toMatchObject({ status: 'finished', rows: 5, added: 4, rejected: 1 })
    const expected: ExpectedContact[] = [
      {
        name: 'Сергей Кузнецов',
        firstName: 'Сергей',
        lastName: 'Кузнецов',
        email: 'sergey@example.ru',
        tags: ['VIP', 'Опт'],
        phones: [
          { e164: '+79261112233', label: 'Mobile Phone', kind: 'mobile', primary: true },
          { e164: '+74951112234', label: 'Business Phone', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'John Smith',
        firstName: 'John',
        lastName: 'Smith',
        email: 'john.smith@example.com',
        tags: [],
        // The home country is the USA: "(201) 555-0123" is an American number, not a Russian one.
        phones: [
          { e164: '+12015550123', label: 'Mobile Phone', kind: 'fixed_or_mobile', primary: true },
        ],
      },
      {
        name: 'Мария Ковальчук',
        firstName: 'Мария',
        lastName: 'Ковальчук',
        email: '',
        tags: [],
        // "8 10" is how Belarus (and Russia) dial abroad; the mobile goes first.
        phones: [
          { e164: '+375291234567', label: 'Mobile Phone', kind: 'mobile', primary: true },
          { e164: '+375172345678', label: 'Home Phone', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Анна Петровна Смирнова',
        firstName: 'Анна',
        lastName: 'Смирнова',
        email: '',
        tags: [],
        // "Other Phone" and "Primary Phone" hold one number in two spellings: kept once.
        phones: [{ e164: '+79162345678', label: 'Other Phone', kind: 'mobile', primary: true }],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
  })

  it('leaves the fax and pager columns out by its guess: no fax becomes a number', async () => {
    const { report, contacts, preview } = await importFixture(dataDir(), 'outlook-en.csv')
    for (const column of ['Business Fax', 'Home Fax', 'Other Fax', 'Pager'])
      expect(preview.mapping[preview.headers.indexOf(column)]).toBe('ignore')
    // …and the preview names those that hold a number, so the owner knows where they went.
    expect(preview.faxColumns).toEqual(['Business Fax', 'Pager'])
    // The row with only a fax has no number to keep.
    expect(problemsOf(report)).toEqual([
      { line: 6, code: 'no_phone', severity: 'rejected', value: '' },
    ])
    const numbers = contacts.flatMap((c) => c.phones.map((p) => p.e164))
    for (const fax of ['+74951112235', '+12015550124', '+74951112236'])
      expect(numbers).not.toContain(fax)
  })

  it('mapped to phone by hand, each fax and the pager is skipped and reported', async () => {
    const { report, contacts } = await importFixture(
      dataDir(),
      'outlook-en.csv',
      faxAndPagerAsPhones,
    )
    expect(problemsOf(report)).toEqual([
      { line: 2, code: 'fax_or_pager_skipped', severity: 'flagged', value: '+7 (495) 111-22-35' },
      { line: 3, code: 'fax_or_pager_skipped', severity: 'flagged', value: '(201) 555-0124' },
      { line: 6, code: 'fax_or_pager_skipped', severity: 'rejected', value: '+7 (495) 111-22-36' },
    ])
    expect(contacts.map((c) => c.name)).not.toContain('Бухгалтерия')
    expect(contacts.flatMap((c) => c.phones)).toHaveLength(6)
  })

  it('keeps the middle name', async () => {
    const { contacts } = await importFixture(dataDir(), 'outlook-en.csv')
    expect(middleNamesOf(contacts).filter(([, middle]) => middle !== '')).toEqual([
      ['Анна Петровна Смирнова', 'Петровна'],
    ])
  })
})

describe('a Russian Outlook CSV export', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('is read as Windows-1251 and its Russian headers are guessed', async () => {
    const { preview } = await importFixture(dataDir(), 'outlook-ru.csv')
    expect(preview).toMatchObject({ encoding: 'windows-1251', delimiter: ',' })
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(preview.headers.slice(0, 4)).toEqual(['Обращение', 'Имя', 'Отчество', 'Фамилия'])
    expect(target('Имя')).toBe('firstName')
    expect(target('Отчество')).toBe('middleName')
    expect(target('Фамилия')).toBe('lastName')
    expect(target('Адрес эл. почты')).toBe('email')
    expect(target('Категории')).toBe('tags')
    expect(target('Заметки')).toBe('notes')
    expect(target('Страна или регион (дом. адрес)')).toBe('country')
    for (const phone of ['Телефон переносной', 'Рабочий телефон', 'Домашний телефон'])
      expect(target(phone)).toBe('phone')
    for (const ignored of [
      'Обращение',
      'Краткое имя эл. почты',
      'Имя помощника',
      'Телекс',
      'Телетайп/телефон с титрами',
      'Инициалы',
    ])
      expect(target(ignored)).toBe('ignore')
  })

  it('imports every contact, the mobile ("Телефон переносной") first', async () => {
    const { report, contacts } = await importFixture(dataDir(), 'outlook-ru.csv')
    expect(report).toMatchObject({ status: 'finished', rows: 3, added: 3, rejected: 0 })
    const expected: ExpectedContact[] = [
      {
        name: 'Игорь Васильевич Новиков',
        firstName: 'Игорь',
        lastName: 'Новиков',
        email: 'novikov@example.ru',
        tags: ['Опт'],
        phones: [
          { e164: '+79167001122', label: 'Телефон переносной', kind: 'mobile', primary: true },
          { e164: '+74957001123', label: 'Рабочий телефон', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Гульнара Ахметова',
        firstName: 'Гульнара',
        lastName: 'Ахметова',
        email: '',
        tags: [],
        phones: [
          { e164: '+77771234567', label: 'Телефон переносной', kind: 'mobile', primary: true },
          { e164: '+77272501234', label: 'Домашний телефон', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Олег Белов',
        firstName: 'Олег',
        lastName: 'Белов',
        email: '',
        tags: [],
        // "007 916…": 00 then Russia's own code.
        phones: [{ e164: '+79167654321', label: 'Другой телефон', kind: 'mobile', primary: true }],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
  })

  it('leaves out "Рабочий факс", "Домашний факс" and "Пейджер"; by hand they are reported', async () => {
    const guessed = await importFixture(dataDir(), 'outlook-ru.csv')
    for (const column of ['Рабочий факс', 'Домашний факс', 'Другой факс', 'Пейджер'])
      expect(guessed.preview.mapping[guessed.preview.headers.indexOf(column)]).toBe('ignore')
    expect(problemsOf(guessed.report)).toEqual([])
    const byHand = await importFixture(dataDir(), 'outlook-ru.csv', faxAndPagerAsPhones)
    expect(problemsOf(byHand.report)).toEqual([
      { line: 2, code: 'fax_or_pager_skipped', severity: 'flagged', value: '(495) 700-11-24' },
      { line: 3, code: 'fax_or_pager_skipped', severity: 'flagged', value: '8 (727) 250-12-35' },
      { line: 4, code: 'fax_or_pager_skipped', severity: 'flagged', value: '8 (495) 765-43-22' },
    ])
    expect(byHand.contacts.map(asExpected)).toEqual(guessed.contacts.map(asExpected))
  })

  it('keeps the patronymic of the "Отчество" column', async () => {
    const { contacts } = await importFixture(dataDir(), 'outlook-ru.csv')
    expect(middleNamesOf(contacts)).toEqual([
      ['Гульнара Ахметова', ''],
      ['Игорь Васильевич Новиков', 'Васильевич'],
      ['Олег Белов', ''],
    ])
  })
})

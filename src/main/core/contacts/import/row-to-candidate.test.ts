import { describe, expect, it } from 'vitest'
import type { MappingTarget } from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import { useTempDir } from '../../test-support/temp-dir'
import { guessMapping, phoneColumns, phonePriority } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { vcardHeaders } from './read-vcards'
import { consentOf, rowToCandidate } from './row-to-candidate'
import {
  englishExcelCsv,
  excelUnicodeText,
  googleCurrentCsv,
  googleCurrentHeaders,
  googleLegacyCsv,
  googleLegacyHeaders,
  outlookCsv,
  outlookHeaders,
  readFixture,
  rowFor,
  russianExcelCsv,
  russianExcelHeaders,
  vcard21Android,
  vcard30Iphone,
  vcard40,
  writeFixture,
  type FixtureEncoding,
} from './test-fixtures'

function planFor(headers: readonly string[], mapping?: MappingTarget[]): ImportPlan {
  const chosen = mapping ?? guessMapping(headers)
  return {
    headers: [...headers],
    mapping: chosen,
    phones: phoneColumns(headers, chosen),
    phonePriority,
  }
}

function convert(
  headers: readonly string[],
  cells: string[],
  {
    line = 2,
    country = 'RU',
    mapping,
  }: { line?: number; country?: CountryCode; mapping?: MappingTarget[] } = {},
) {
  return rowToCandidate({ line, cells }, planFor(headers, mapping), { defaultCountry: country })
}

describe('rowToCandidate', () => {
  it('reads a current Google row: every number kept, the mobile one primary, labels from the Label columns', () => {
    const h = googleCurrentHeaders
    const cells = rowFor(h, {
      'First Name': 'Анна',
      'Middle Name': 'Сергеевна',
      'Last Name': 'Петрова',
      Labels: '* myContacts ::: VIP ::: * starred ::: Опт',
      'E-mail 1 - Value': 'anna@example.ru ::: anna.work@example.ru',
      'Phone 1 - Label': 'Work',
      'Phone 1 - Value': '+7 495 123-45-67',
      'Phone 2 - Label': 'Mobile',
      'Phone 2 - Value': '8 916 123-45-67 ::: +7 (903) 765-43-21',
      Notes: 'Любит розы',
    })
    const { candidate, problems } = convert(h, cells, { line: 7 })
    expect(problems).toEqual([])
    expect(candidate).toEqual({
      line: 7,
      name: 'Анна Сергеевна Петрова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      lastName: 'Петрова',
      email: 'anna@example.ru',
      notes: 'Любит розы',
      phones: [
        {
          e164: '+79161234567',
          raw: '8 916 123-45-67',
          kind: 'mobile',
          label: 'Mobile',
          primary: true,
        },
        {
          e164: '+79037654321',
          raw: '+7 (903) 765-43-21',
          kind: 'mobile',
          label: 'Mobile',
          primary: false,
        },
        {
          e164: '+74951234567',
          raw: '+7 495 123-45-67',
          kind: 'fixed',
          label: 'Work',
          primary: false,
        },
      ],
      tags: ['VIP', 'Опт'],
      consent: null,
      flag: null,
    })
  })

  it('chooses a mobile number even when a landline comes first and is labelled main', () => {
    const h = googleLegacyHeaders
    const cells = rowFor(h, {
      Name: 'Ольга Попова',
      'Given Name': 'Ольга',
      'Family Name': 'Попова',
      'Group Membership': '* My Contacts ::: System Group: Friends ::: Постоянные',
      'Phone 1 - Type': 'Main',
      'Phone 1 - Value': '8 (495) 222-33-44',
      'Phone 2 - Type': 'Home',
      'Phone 2 - Value': '89262223344',
    })
    const { candidate } = convert(h, cells)
    expect(candidate?.name).toBe('Ольга Попова')
    expect(candidate?.tags).toEqual(['Постоянные'])
    expect(candidate?.phones.map((p) => [p.e164, p.label, p.primary])).toEqual([
      ['+74952223344', 'Main', false],
      ['+79262223344', 'Home', true],
    ])
  })

  it('prefers the number in the mobile-labelled column among several mobiles', () => {
    const h = outlookHeaders
    const cells = rowFor(h, {
      'First Name': 'Сергей',
      'Last Name': 'Кузнецов',
      'Business Phone': '+7 (926) 111-22-34',
      'Home Phone': '+7 (495) 111-22-33',
      'Mobile Phone': '+7 (926) 111-22-33',
      'Business Fax': '+7 (495) 111-22-35',
      Categories: 'VIP;Опт',
    })
    const { candidate } = convert(h, cells)
    expect(candidate?.name).toBe('Сергей Кузнецов')
    expect(candidate?.tags).toEqual(['VIP', 'Опт'])
    expect(candidate?.phones.map((p) => [p.e164, p.label, p.primary])).toEqual([
      ['+79261112233', 'Mobile Phone', true],
      ['+74951112233', 'Home Phone', false],
      ['+79261112234', 'Business Phone', false],
    ])
  })

  it('reads a Russian Excel row: "Мобильный" before "Телефон", consent, notes', () => {
    const { candidate, problems } = convert(russianExcelHeaders, [
      'Семён Ёлкин',
      '8 (926) 111-22-34',
      '8 916 123-45-67',
      'Опт, VIP',
      'Звонить после 18:00',
      'да',
    ])
    expect(problems).toEqual([])
    expect(candidate).toMatchObject({
      name: 'Семён Ёлкин',
      tags: ['Опт', 'VIP'],
      notes: 'Звонить после 18:00',
      consent: 'granted',
    })
    expect(candidate?.phones.map((p) => [p.raw, p.label, p.primary])).toEqual([
      ['8 916 123-45-67', 'Мобильный', true],
      ['8 (926) 111-22-34', 'Телефон', false],
    ])
  })

  it('reads a vCard row: the mobile column wins', () => {
    const { candidate } = convert(vcardHeaders, [
      'Мария Смирнова',
      'Мария',
      '',
      'Смирнова',
      '+7 916 555-44-33',
      'Mobile',
      '+7 903 555-44-33 ::: +7 495 555-44-33',
      ' ::: Work',
      'maria@example.ru',
      'VIP, Опт',
      'Любит розы\nзвонить после 18',
    ])
    expect(candidate).toMatchObject({
      name: 'Мария Смирнова',
      email: 'maria@example.ru',
      tags: ['VIP', 'Опт'],
      notes: 'Любит розы\nзвонить после 18',
    })
    expect(candidate?.phones.map((p) => [p.e164, p.label, p.primary])).toEqual([
      ['+79165554433', 'Mobile', true],
      ['+79035554433', '', false],
      ['+74955554433', 'Work', false],
    ])
  })

  it('rejects a row without any number, and one whose numbers are all impossible', () => {
    const headers = ['Name', 'Phone', 'Phone 2']
    expect(convert(headers, ['Пётр', '', ''], { line: 4 })).toEqual({
      candidate: null,
      problems: [
        {
          line: 4,
          severity: 'rejected',
          code: 'no_phone',
          value: '',
          raw: ['Пётр', '', ''],
        },
      ],
    })
    const { candidate, problems } = convert(headers, ['Пётр', '123', 'звонить'], { line: 5 })
    expect(candidate).toBeNull()
    expect(problems.map((p) => [p.line, p.severity, p.code, p.value])).toEqual([
      [5, 'rejected', 'invalid_phone', '123'],
      [5, 'rejected', 'invalid_phone', 'звонить'],
    ])
  })

  it('imports the good numbers of a row and flags the bad one', () => {
    const { candidate, problems } = convert(['Name', 'Phone'], ['Пётр', '123, 8 916 123-45-67'])
    expect(candidate?.phones.map((p) => p.e164)).toEqual(['+79161234567'])
    expect(problems).toMatchObject([{ severity: 'flagged', code: 'invalid_phone', value: '123' }])
  })

  it('flags a contact whose only numbers are landlines, with no primary', () => {
    const { candidate, problems } = convert(
      ['Name', 'Work phone'],
      ['Офис', '+7 495 000-00-00 / 8 800 555-35-35'],
    )
    expect(candidate?.phones.map((p) => [p.kind, p.primary])).toEqual([
      ['fixed', false],
      ['other', false],
    ])
    expect(problems).toMatchObject([
      { severity: 'flagged', code: 'not_mobile', value: '+7 495 000-00-00, 8 800 555-35-35' },
    ])
  })

  it('keeps a number written twice in a row once, as first written', () => {
    const { candidate } = convert(
      ['Name', 'Phone', 'Mobile'],
      ['Анна', '+7 916 123-45-67', '8 916 123 45 67'],
    )
    expect(candidate?.phones.map((p) => [p.raw, p.primary])).toEqual([['+7 916 123-45-67', true]])
  })

  it('handles a short row: the missing cells are empty', () => {
    const { candidate } = convert(russianExcelHeaders, ['Анна', '89161234567'])
    expect(candidate).toMatchObject({ name: 'Анна', tags: [], notes: '', consent: null })
    expect(candidate?.phones).toHaveLength(1)
  })

  it('builds the name from parts when there is no full name', () => {
    const { candidate } = convert(
      ['Фамилия', 'Имя', 'Отчество', 'Телефон'],
      ['Щукина', 'Юлия', 'Эдуардовна', '89031234567'],
    )
    expect(candidate).toMatchObject({
      name: 'Юлия Эдуардовна Щукина',
      firstName: 'Юлия',
      middleName: 'Эдуардовна',
      lastName: 'Щукина',
    })
  })

  it('reads local numbers with the default country from Settings', () => {
    const { candidate } = convert(['Name', 'Phone'], ['Айгерим', '8 701 123 45 67'], {
      country: 'KZ',
    })
    expect(candidate?.phones[0]).toMatchObject({ e164: '+77011234567', primary: true })
    const ua = convert(['Name', 'Phone'], ['Оксана', '050 123 45 67'], { country: 'UA' })
    expect(ua.candidate?.phones[0]?.e164).toBe('+380501234567')
  })

  describe("numbers a Russian shop's Excel file writes with 00 or 8 10, and ones that exist nowhere", () => {
    const headers = ['ФИО', 'Телефон']
    it.each([
      ['00375 29 765-43-21', '+375297654321'],
      ['0049 1512 3456789', '+4915123456789'],
      ['8 10 375 29 765-43-21', '+375297654321'],
      ['810 49 1512 3456789', '+4915123456789'],
    ])('stores %j as the mobile %s', (raw, e164) => {
      const { candidate, problems } = convert(headers, ['Новиков Сергей', raw])
      expect(candidate?.phones).toMatchObject([{ e164, kind: 'mobile', primary: true, raw }])
      expect(problems).toEqual([])
    })

    it('rejects a number no country has, saying so, and a too short one as not a number', () => {
      expect(convert(headers, ['Иванов Иван', '(111) 555-4444']).problems).toMatchObject([
        { severity: 'rejected', code: 'nonexistent_phone', value: '(111) 555-4444' },
      ])
      expect(convert(headers, ['Иванов Иван', '12345']).problems).toMatchObject([
        { severity: 'rejected', code: 'invalid_phone', value: '12345' },
      ])
      const mixed = convert(
        ['ФИО', 'Телефон', 'Телефон 2'],
        ['Иванов Иван', '8 916 123-45-67', '(111) 555-4444'],
      )
      expect(mixed.candidate?.phones).toMatchObject([{ e164: '+79161234567' }])
      expect(mixed.problems).toMatchObject([
        { severity: 'flagged', code: 'nonexistent_phone', value: '(111) 555-4444' },
      ])
    })
  })

  describe("the row's own country", () => {
    const headers = ['Name', 'Phone', 'Country']
    it.each([
      ['(212) 555-0123', 'USA', '+12125550123', 'fixed_or_mobile'],
      ['212-555-0123', 'США', '+12125550123', 'fixed_or_mobile'],
      ['0151 23456789', 'Germany', '+4915123456789', 'mobile'],
      ['01512 3456789', 'DE', '+4915123456789', 'mobile'],
      ['8 701 123 45 67', 'Казахстан', '+77011234567', 'mobile'],
      ['029 765-43-21', 'Беларусь', '+375297654321', 'mobile'],
    ])('reads %j in a row saying %s as %s', (raw, country, e164, kind) => {
      const { candidate, problems } = convert(headers, ['Клиент', raw, country])
      expect(candidate?.phones).toMatchObject([{ e164, kind }])
      expect(problems.filter((p) => p.code === 'country_mismatch')).toEqual([])
    })

    it('keeps a number with another country code as written, flagged', () => {
      const { candidate, problems } = convert(headers, ['Клиент', '+7 916 123-45-67', 'Германия'])
      expect(candidate?.phones).toMatchObject([{ e164: '+79161234567', kind: 'mobile' }])
      expect(problems).toMatchObject([
        { severity: 'flagged', code: 'country_mismatch', value: '+7 916 123-45-67' },
      ])
    })

    it("keeps a local number only the shop's country has by the shop's country, flagged", () => {
      const { candidate, problems } = convert(headers, ['Клиент', '8 (916) 123-45-67', 'USA'])
      expect(candidate?.phones).toMatchObject([{ e164: '+79161234567' }])
      expect(problems).toMatchObject([{ code: 'country_mismatch', value: '8 (916) 123-45-67' }])
    })

    it("flags a local number that is a mobile only at the shop, read as the row's country", () => {
      const { candidate, problems } = convert(headers, ['Клиент', '89161234567', 'Germany'])
      expect(candidate?.phones).toMatchObject([{ e164: '+4989161234567', kind: 'fixed' }])
      expect(problems).toMatchObject([
        { code: 'country_mismatch', value: '89161234567' },
        { code: 'not_mobile' },
      ])
    })

    it('reads the country from a Google address when there is no country column', () => {
      const h = ['Name', 'Phone 1 - Value', 'Address 1 - Formatted']
      const { candidate, problems } = convert(h, [
        'John Smith',
        '(415) 555-2671',
        '1 Market St\nSan Francisco, CA 94105\nUSA',
      ])
      expect(candidate?.phones).toMatchObject([{ e164: '+14155552671' }])
      expect(problems).toEqual([])
    })

    it("reads as before when the country column is empty or says the shop's country", () => {
      for (const country of ['', 'Россия', 'RU', 'Луна']) {
        const { candidate, problems } = convert(headers, ['Клиент', '8 916 123-45-67', country])
        expect(candidate?.phones, country).toMatchObject([{ e164: '+79161234567' }])
        expect(problems, country).toEqual([])
      }
    })
  })

  it('flags a consent value it does not understand, and records it as unknown', () => {
    const { candidate, problems } = convert(
      ['Name', 'Phone', 'Согласие'],
      ['Анна', '89161234567', 'может быть'],
    )
    expect(candidate?.consent).toBe('unknown')
    expect(problems).toMatchObject([
      { severity: 'flagged', code: 'unknown_consent_value', value: 'может быть' },
    ])
    const empty = convert(['Name', 'Phone', 'Согласие'], ['Анна', '89161234567', ' '])
    expect(empty.candidate?.consent).toBeNull()
    expect(empty.problems).toEqual([])
  })
})

describe('consentOf', () => {
  it.each([
    ['да', 'granted'],
    ['Да', 'granted'],
    ['ДА', 'granted'],
    [' yes ', 'granted'],
    ['Yes', 'granted'],
    ['1', 'granted'],
    ['true', 'granted'],
    ['TRUE', 'granted'],
    ['согласен', 'granted'],
    ['нет', 'withdrawn'],
    ['Нет', 'withdrawn'],
    ['no', 'withdrawn'],
    ['NO', 'withdrawn'],
    ['0', 'withdrawn'],
    ['false', 'withdrawn'],
    ['FALSE', 'withdrawn'],
    ['отказ', 'withdrawn'],
    ['может быть', 'unknown'],
    ['2', 'unknown'],
    ['', 'unknown'],
  ] as const)('%j → %s', (cell, state) => {
    expect(consentOf(cell)).toBe(state)
  })
})

describe('from a real export file to the contacts it holds', () => {
  const tempDir = useTempDir()

  it.each([
    [
      'Google, current',
      googleCurrentCsv(),
      'utf8-bom',
      [
        [2, 'Анна Петрова', '+79161234567', ['VIP'], 0],
        [4, 'Ёжик Иванович Туманов', null, ['Опт'], 1], // a landline only: flagged,
      ],
    ],
    [
      'Google, legacy',
      googleLegacyCsv(),
      'utf8',
      [[2, 'Ольга Попова', '+79262223344', ['Постоянные'], 0]],
    ],
    ['Outlook', outlookCsv(), 'utf8', [[2, 'Сергей Кузнецов', '+79261112233', ['VIP', 'Опт'], 0]]],
    [
      'Russian Excel',
      russianExcelCsv(),
      'windows-1251',
      [
        [2, 'Семён Ёлкин', '+79161234567', ['Опт'], 0],
        [3, 'Щукина Юлия Эдуардовна', '+79037654321', ['VIP'], 0],
        [4, 'Жанна Чайкина', '+79261112233', [], 1],
      ],
    ],
    ['English Excel', englishExcelCsv(), 'utf8', [[2, 'Anna Petrova', '+79161234567', [], 0]]],
    [
      'Excel Unicode text',
      excelUnicodeText(),
      'utf16le-bom',
      [
        [2, 'Анна Петрова', '+79161234567', ['VIP'], 0],
        [3, 'Иван Смирнов', '+79037654321', [], 0],
      ],
    ],
    [
      'vCard 2.1',
      vcard21Android,
      'utf8',
      [
        [1, 'Иван Петров', '+79161234567', [], 0],
        [10, 'Mama', '+79031112233', [], 0],
      ],
    ],
    [
      'vCard 3.0',
      vcard30Iphone,
      'utf8',
      [[1, 'Мария Петровна Смирнова', '+79165554433', ['VIP', 'Опт', 'крупный'], 0]],
    ],
    ['vCard 4.0', vcard40, 'utf8', [[1, 'Ольга Попова', '+79262223344', ['Постоянные'], 0]]],
  ] as [string, string, FixtureEncoding, [number, string, string | null, string[], number][]][])(
    '%s',
    async (_, text, encoding, expected) => {
      const path = writeFixture(tempDir(), 'contacts', text, encoding)
      const { records } = await readFixture(path)
      const [header, ...rows] = records
      if (!header) throw new Error('no header')
      const plan = planFor(header.cells)
      const outcomes = rows.map((record) => rowToCandidate(record, plan, { defaultCountry: 'RU' }))
      expect(
        outcomes.map(({ candidate, problems }) => [
          candidate?.line,
          candidate?.name,
          candidate?.phones.find((p) => p.primary)?.e164 ?? null,
          candidate?.tags,
          problems.length,
        ]),
      ).toEqual(expected)
    },
  )
})

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

// fixtures/yandex-360-contacts.csv: Yandex 360's list of external contacts in the layout its help
// documents (last_name, first_name, middle_name, …, phone_number, is_main_phone_number,
// phone_number_type, email), UTF-8, LF.
// fixtures/mailru-contacts.csv: a Mail.ru address book export as modelled here (no published
// layout was found): Russian headers, Windows-1251, ";" as Russian Excel reopens it, CR LF.

describe('a Yandex 360 contacts CSV', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('guesses its snake_case headers; the "main number" flag is no number', async () => {
    const { preview } = await importFixture(dataDir(), 'yandex-360-contacts.csv')
    expect(preview).toMatchObject({ encoding: 'UTF-8', delimiter: ',' })
    expect(preview.mapping).toEqual([
      'lastName',
      'firstName',
      'middleName',
      'ignore', // title
      'ignore', // company
      'country', // address
      'ignore', // department
      'phone',
      'ignore', // is_main_phone_number
      'ignore', // phone_number_type: the label of phone_number
      'email',
    ])
  })

  it('imports every contact, the number labelled by phone_number_type', async () => {
    const { report, contacts } = await importFixture(dataDir(), 'yandex-360-contacts.csv')
    expect(report).toMatchObject({ status: 'finished', rows: 4, added: 4, rejected: 0, flagged: 1 })
    const expected: ExpectedContact[] = [
      {
        name: 'Светлана Игоревна Лебедева',
        firstName: 'Светлана',
        lastName: 'Лебедева',
        email: 'lebedeva@flora.example.ru',
        tags: [],
        phones: [{ e164: '+79201234567', label: 'mobile', kind: 'mobile', primary: true }],
      },
      {
        name: 'Виктор Орлов',
        firstName: 'Виктор',
        lastName: 'Орлов',
        email: 'orlov@flora.example.ru',
        tags: [],
        // An office line in Nizhny Novgorod: kept, never the number a broadcast goes to.
        phones: [{ e164: '+78312345678', label: 'work', kind: 'fixed', primary: false }],
      },
      {
        name: 'Ерлан Маратович Жумабаев',
        firstName: 'Ерлан',
        lastName: 'Жумабаев',
        email: 'erlan@gul.example.kz',
        tags: [],
        phones: [{ e164: '+77017654321', label: 'mobile', kind: 'mobile', primary: true }],
      },
      {
        name: 'Lena Schneider',
        firstName: 'Lena',
        lastName: 'Schneider',
        email: 'lena@schneider.example.de',
        tags: [],
        // The address ends in "Deutschland": 0170… is a German mobile.
        phones: [{ e164: '+491701234567', label: 'mobile', kind: 'mobile', primary: true }],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
    expect(problemsOf(report)).toEqual([
      { line: 3, code: 'not_mobile', severity: 'flagged', value: '8 (831) 234-56-78' },
    ])
  })

  it('keeps the middle names', async () => {
    const { contacts } = await importFixture(dataDir(), 'yandex-360-contacts.csv')
    expect(middleNamesOf(contacts).filter(([, middle]) => middle !== '')).toEqual(
      byName([
        { name: 'Светлана Игоревна Лебедева', middle: 'Игоревна' },
        { name: 'Ерлан Маратович Жумабаев', middle: 'Маратович' },
      ]).map(({ name, middle }) => [name, middle]),
    )
  })
})

describe('a Mail.ru contacts CSV', () => {
  const tempDir = useTempDir()
  const dataDir = () => join(tempDir(), 'data')

  it('is read as Windows-1251 with ";" and its Russian headers are guessed', async () => {
    const { preview } = await importFixture(dataDir(), 'mailru-contacts.csv')
    expect(preview).toMatchObject({ encoding: 'windows-1251', delimiter: ';' })
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(target('Имя')).toBe('firstName')
    expect(target('Фамилия')).toBe('lastName')
    expect(target('E-mail')).toBe('email')
    expect(target('Страна')).toBe('country')
    expect(target('Комментарий')).toBe('notes')
    expect(target('Группа')).toBe('tags')
    for (const phone of ['Телефон', 'Мобильный телефон', 'Рабочий телефон'])
      expect(target(phone)).toBe('phone')
    for (const ignored of ['Никнейм', 'День рождения', 'Город', 'Компания', 'Должность'])
      expect(target(ignored)).toBe('ignore')
  })

  it('imports every contact, mobile first, and rejects the short number', async () => {
    const { report, contacts, preview } = await importFixture(dataDir(), 'mailru-contacts.csv')
    const target = (header: string) => preview.mapping[preview.headers.indexOf(header)]
    expect(report).toMatchObject({ status: 'finished', rows: 4, added: 3, rejected: 1 })
    const expected: ExpectedContact[] = [
      {
        name: 'Наталья Зайцева',
        firstName: 'Наталья',
        lastName: 'Зайцева',
        email: 'zaytseva@mail.ru',
        tags: ['Постоянные'],
        phones: [
          { e164: '+79163456789', label: 'Мобильный телефон', kind: 'mobile', primary: true },
        ],
      },
      {
        name: 'Андрей Волков',
        firstName: 'Андрей',
        lastName: 'Волков',
        email: 'volkov@bk.ru',
        tags: ['Опт'],
        phones: [
          { e164: '+79213456789', label: 'Мобильный телефон', kind: 'mobile', primary: true },
          { e164: '+78123456789', label: 'Телефон', kind: 'fixed', primary: false },
          { e164: '+78123456780', label: 'Рабочий телефон', kind: 'fixed', primary: false },
        ],
      },
      {
        name: 'Тимур Исмаилов',
        firstName: 'Тимур',
        lastName: 'Исмаилов',
        email: 'timur@list.ru',
        tags: [],
        // 00 then Uzbekistan's code.
        phones: [
          { e164: '+998901234567', label: 'Мобильный телефон', kind: 'mobile', primary: true },
        ],
      },
    ]
    expect(contacts.map(asExpected)).toEqual(byName(expected))
    // "Факс" is left out by the guess: no fax becomes a number.
    expect(target('Факс')).toBe('ignore')
    expect(problemsOf(report)).toEqual([
      { line: 5, code: 'invalid_phone', severity: 'rejected', value: '8 495 1234' },
    ])
  })

  it('mapped to phone by hand, the fax is skipped and reported', async () => {
    const { report } = await importFixture(dataDir(), 'mailru-contacts.csv', faxAndPagerAsPhones)
    expect(problemsOf(report)).toEqual([
      { line: 3, code: 'fax_or_pager_skipped', severity: 'flagged', value: '(812) 345-67-81' },
      { line: 5, code: 'invalid_phone', severity: 'rejected', value: '8 495 1234' },
    ])
  })
})

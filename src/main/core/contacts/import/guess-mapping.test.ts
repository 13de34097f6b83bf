import { describe, expect, it } from 'vitest'
import type { MappingTarget } from '../../../../shared/imports'
import { foldHeader, guessMapping, phoneColumns, phonePriority } from './guess-mapping'
import { vcardHeaders } from './read-vcards'
import {
  englishExcelHeaders,
  googleCurrentHeaders,
  googleLegacyHeaders,
  outlookHeaders,
  russianExcelHeaders,
} from './test-fixtures'

/** The columns given a target other than "ignore", by header. */
function used(headers: readonly string[]): Record<string, MappingTarget> {
  const mapping = guessMapping(headers)
  expect(mapping).toHaveLength(headers.length)
  const entries: [string, MappingTarget][] = []
  headers.forEach((header, i) => {
    const target = mapping[i]
    if (target !== undefined && target !== 'ignore') entries.push([header, target])
  })
  return Object.fromEntries(entries)
}

/** The phone columns in the order broadcasts prefer them, by the label each header gives. */
function phonesByPriority(headers: readonly string[]): string[] {
  const columns = phoneColumns(headers, guessMapping(headers))
  return columns
    .map((column, order) => ({ column, order, priority: phonePriority(column.headerLabel) }))
    .sort((a, b) => a.priority - b.priority || a.order - b.order)
    .map(({ column }) => column.headerLabel)
}

describe('guessMapping', () => {
  it('maps the current Google export', () => {
    expect(used(googleCurrentHeaders)).toEqual({
      'First Name': 'firstName',
      'Middle Name': 'middleName',
      'Last Name': 'lastName',
      Notes: 'notes',
      Labels: 'tags',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Phone 3 - Value': 'phone',
      // The country reads numbers written without a country code (see row-to-candidate).
      'Address 1 - Formatted': 'country',
      'Address 1 - Country': 'country',
    })
  })

  it('maps the legacy Google export', () => {
    expect(used(googleLegacyHeaders)).toEqual({
      Name: 'fullName',
      'Given Name': 'firstName',
      'Additional Name': 'middleName',
      'Family Name': 'lastName',
      Notes: 'notes',
      'Group Membership': 'tags',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - Formatted': 'country',
    })
  })

  it('maps Outlook, leaving out faxes, pagers, telex and the company switchboard', () => {
    expect(used(outlookHeaders)).toEqual({
      'First Name': 'firstName',
      'Middle Name': 'middleName',
      'Last Name': 'lastName',
      Notes: 'notes',
      'E-mail Address': 'email',
      'Primary Phone': 'phone',
      'Home Phone': 'phone',
      'Home Phone 2': 'phone',
      'Mobile Phone': 'phone',
      'Business Phone': 'phone',
      'Business Phone 2': 'phone',
      'Other Phone': 'phone',
      Categories: 'tags',
      'Home Address': 'country',
    })
  })

  it('maps a Russian Excel table', () => {
    expect(guessMapping(russianExcelHeaders)).toEqual([
      'fullName',
      'phone',
      'phone',
      'tags',
      'notes',
      'consent',
    ])
  })

  it('maps an English Excel table', () => {
    expect(guessMapping(englishExcelHeaders)).toEqual(['fullName', 'phone'])
  })

  it('maps the columns vCards are read into', () => {
    expect(guessMapping(vcardHeaders)).toEqual([
      'fullName',
      'firstName',
      'middleName',
      'lastName',
      'phone',
      'ignore',
      'phone',
      'ignore',
      'email',
      'tags',
      'notes',
    ])
  })

  it('pairs each vCard phone column with its label column', () => {
    const columns = phoneColumns(vcardHeaders, guessMapping(vcardHeaders))
    expect(columns).toEqual([
      { index: 4, labelIndex: 5, headerLabel: 'Mobile phone' },
      { index: 6, labelIndex: 7, headerLabel: 'Other phone' },
    ])
  })

  it('understands hand-made headers in either language, any case, with ё and punctuation', () => {
    const cases: [string, MappingTarget][] = [
      ['Имя', 'firstName'],
      ['Фамилия', 'lastName'],
      ['Отчество', 'middleName'],
      ['Ф.И.О.', 'fullName'],
      ['Клиент', 'fullName'],
      ['ТЕЛЕФОН', 'phone'],
      ['Тел.', 'phone'],
      ['Номер телефона', 'phone'],
      ['Моб. телефон', 'phone'],
      ['Сотовый', 'phone'],
      ['WhatsApp', 'phone'],
      ['Phone number', 'phone'],
      ['Эл. почта', 'email'],
      ['E-mail', 'email'],
      ['Метки', 'tags'],
      ['Примечание', 'notes'],
      ['Согласие на рассылку', 'consent'],
      ['Подписка', 'consent'],
      ['Opt-in', 'consent'],
      ['Факс', 'ignore'],
      ['Дата рождения', 'ignore'],
      ['Адрес', 'country'],
      ['Страна', 'country'],
      ['Home Country/Region', 'country'],
      ['Business Country/Region', 'country'],
      ['Address 2 - Country', 'country'],
      ['Адрес доставки', 'country'],
      ['Address 1 - Street', 'ignore'],
      ['Address 1 - City', 'ignore'],
      ['Address 1 - Postal Code', 'ignore'],
      ['Home Street', 'ignore'],
      ['Город', 'ignore'],
      ['Компания', 'ignore'],
      ['Сумма покупок', 'ignore'],
    ]
    for (const [header, target] of cases) expect(guessMapping([header])[0], header).toBe(target)
  })

  it('never puts a BOM into a guess', () => {
    expect(guessMapping(['\uFEFFФИО', 'Телефон'])).toEqual(['fullName', 'phone'])
    expect(foldHeader('\uFEFFFirst Name')).toBe('first name')
  })

  it('uses a single-purpose column once: the first name, e-mail, consent', () => {
    expect(guessMapping(['ФИО', 'Name', 'Email', 'E-mail', 'Согласие', 'Consent'])).toEqual([
      'fullName',
      'ignore',
      'email',
      'ignore',
      'consent',
      'ignore',
    ])
  })
})

describe('phone columns and their priority', () => {
  it('prefers mobile, then unlabelled, then main/other, then work and home', () => {
    expect(phonePriority('Mobile')).toBe(0)
    expect(phonePriority('Мобильный')).toBe(0)
    expect(phonePriority('Сотовый')).toBe(0)
    expect(phonePriority('iPhone')).toBe(0)
    expect(phonePriority('')).toBe(1)
    expect(phonePriority('Телефон')).toBe(1)
    expect(phonePriority('Phone 1 - Value')).toBe(1)
    expect(phonePriority('Main')).toBe(2)
    expect(phonePriority('Other')).toBe(2)
    expect(phonePriority('Work')).toBe(3)
    expect(phonePriority('Home')).toBe(3)
    expect(phonePriority('Рабочий')).toBe(3)
  })

  it('orders Outlook phones mobile first, work and home last', () => {
    expect(phonesByPriority(outlookHeaders)).toEqual([
      'Mobile Phone',
      'Primary Phone',
      'Other Phone',
      'Home Phone',
      'Home Phone 2',
      'Business Phone',
      'Business Phone 2',
    ])
  })

  it('orders a Russian table "Мобильный" before "Телефон"', () => {
    expect(phonesByPriority(russianExcelHeaders)).toEqual(['Мобильный', 'Телефон'])
  })

  it("pairs Google's Phone N - Value with its Label (or legacy Type) column, which is not mapped", () => {
    const current: string[] = [...googleCurrentHeaders]
    const mapping = guessMapping(current)
    expect(mapping[current.indexOf('Phone 1 - Label')]).toBe('ignore')
    expect(phoneColumns(current, mapping)).toEqual(
      [1, 2, 3].map((n) => ({
        index: current.indexOf(`Phone ${n} - Value`),
        labelIndex: current.indexOf(`Phone ${n} - Label`),
        headerLabel: `Phone ${n} - Value`,
      })),
    )
    const legacy: string[] = [...googleLegacyHeaders]
    expect(phoneColumns(legacy, guessMapping(legacy))).toEqual(
      [1, 2].map((n) => ({
        index: legacy.indexOf(`Phone ${n} - Value`),
        labelIndex: legacy.indexOf(`Phone ${n} - Type`),
        headerLabel: `Phone ${n} - Value`,
      })),
    )
  })

  it('follows the mapping the user chose, not the guess', () => {
    const headers = ['Name', 'Phone', 'Notes']
    expect(phoneColumns(headers, ['fullName', 'ignore', 'phone'])).toEqual([
      { index: 2, labelIndex: null, headerLabel: 'Notes' },
    ])
  })
})

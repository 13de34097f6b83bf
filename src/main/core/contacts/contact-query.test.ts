import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { contactQuerySchema, type ContactQuery, type ContactPhone } from '../../../shared/contacts'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import type { ContactRecord } from './contact-record'
import { createContactQuery, shortSearchCountCap } from './contact-query'
import { createContactsRepository } from './contacts-repository'

const phone = (
  e164: string,
  raw = e164,
  kind: ContactPhone['kind'] = 'mobile',
  primary = true,
): ContactPhone => ({
  e164,
  raw,
  kind,
  label: '',
  primary,
})
const person = (
  name: string,
  phones: ContactPhone[],
  extra: Partial<ContactRecord> = {},
): ContactRecord => ({
  name,
  firstName: name.split(' ')[0] ?? '',
  middleName: '',
  lastName: name.split(' ')[1] ?? '',
  email: '',
  notes: '',
  phones,
  tags: [],
  consent: 'unknown',
  consentSource: '',
  consentAt: null,
  flag: null,
  ...extra,
})

function book() {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, () => ':memory:')
  const repo = createContactsRepository(db)
  repo.insert(
    person('Семён Иванов', [phone('+79161234567', '8 916 123-45-67')], { tags: ['VIP'] }),
    1,
  )
  repo.insert(person('Анна Петрова', [phone('+77011234567')], { consent: 'granted' }), 2)
  repo.insert(
    person('Ёлка Фёдорова', [phone('+74951234567', '+7 495 123 45 67', 'fixed', false)], {
      flag: 'not_mobile',
    }),
    3,
  )
  repo.insert(
    person('Олег Ким', [phone('+375297654321'), phone('+74957654321', '495', 'fixed', false)], {
      tags: ['VIP', 'Опт'],
    }),
    4,
  )
  db.prepare(
    "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+77011234567', 5, 'manual_entry')",
  ).run()
  const query = createContactQuery(db)
  return (input: ContactQuery) => query(contactQuerySchema.parse(input))
}
const names = (page: { rows: { name: string }[] }) => page.rows.map((r) => r.name)

describe('contact search and filters', () => {
  it('finds a person by any part of the name, whatever the case or ё', () => {
    const find = book()
    expect(names(find({ search: 'семен' }))).toEqual(['Семён Иванов'])
    expect(names(find({ search: 'ИВАН' }))).toEqual(['Семён Иванов'])
    expect(names(find({ search: 'федор' }))).toEqual(['Ёлка Фёдорова'])
    expect(names(find({ search: 'петрова анна' }))).toEqual(['Анна Петрова'])
  })

  it('finds a person by any digits of a number, as stored or as the file wrote it', () => {
    const find = book()
    expect(names(find({ search: '1234567' }))).toEqual([
      'Анна Петрова',
      'Ёлка Фёдорова',
      'Семён Иванов',
    ])
    expect(names(find({ search: '8 916 123' }))).toEqual(['Семён Иванов'])
    expect(names(find({ search: '+375 29' }))).toEqual(['Олег Ким'])
  })

  it('finds by words shorter than the index takes', () => {
    const find = book()
    expect(names(find({ search: 'ки' }))).toEqual(['Олег Ким'])
  })

  it('filters by tag, consent, opt-out and flag, and counts the whole match', () => {
    const find = book()
    expect(names(find({ tag: 'VIP' }))).toEqual(['Олег Ким', 'Семён Иванов'])
    expect(names(find({ consent: 'granted' }))).toEqual(['Анна Петрова'])
    expect(names(find({ optedOut: true }))).toEqual(['Анна Петрова'])
    expect(find({ optedOut: false }).total).toBe(3)
    expect(names(find({ flagged: true }))).toEqual(['Ёлка Фёдорова'])
    const page = find({ limit: 2, offset: 2 })
    expect(page.total).toBe(4)
    expect(names(page)).toEqual(['Олег Ким', 'Семён Иванов'])
  })

  it('shows the primary number, how many others, tags and opt-out on each row', () => {
    const find = book()
    const [kim] = find({ search: 'ким' }).rows
    expect(kim).toMatchObject({
      primaryPhone: '+375297654321',
      phoneText: '+375 29 765 43 21',
      otherPhones: 1,
      tags: ['VIP', 'Опт'],
    })
    const [anna] = find({ search: 'анна' }).rows
    expect(anna?.optedOut).toBe(true)
    const [yolka] = find({ search: 'ёлка' }).rows
    expect(yolka).toMatchObject({
      primaryPhone: null,
      otherPhones: 1,
      firstOtherPhone: '+74951234567',
      // No number to send to: the table shows the first other one, greyed.
      phoneText: '+7 495 123 45 67',
      flag: 'not_mobile',
    })
  })

  it('sorts by name, number or age in either direction', () => {
    const find = book()
    expect(names(find({ sort: 'name', direction: 'desc' }))[0]).toBe('Семён Иванов')
    // No number to send to sorts first: those are the contacts to look at.
    expect(names(find({ sort: 'phone' }))).toEqual([
      'Ёлка Фёдорова',
      'Олег Ким',
      'Анна Петрова',
      'Семён Иванов',
    ])
    expect(names(find({ sort: 'created', direction: 'desc' }))[0]).toBe('Олег Ким')
  })

  it('treats quotes and FTS syntax in a search as plain text', () => {
    const find = book()
    for (const search of ['"', 'NEAR(a b)', 'a OR b', '*', "ив'ан", 'col:abc']) {
      expect(() => find({ search })).not.toThrow()
    }
  })

  it('counts a one- or two-letter search up to a cap and says so; longer ones exactly, in name order', () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations, () => ':memory:')
    const repo = createContactsRepository(db)
    const many = shortSearchCountCap + 500
    db.transaction(() => {
      for (let i = 0; i < many; i++) {
        const n = String(i).padStart(4, '0')
        repo.insert(person(`Клиент ${n}`, [phone(`+7916000${n}`)]), i)
      }
    })()
    const query = createContactQuery(db)
    const find = (input: ContactQuery) => query(contactQuerySchema.parse(input))
    expect(find({ search: 'к' })).toMatchObject({ total: shortSearchCountCap, totalCapped: true })
    const exact = find({ search: 'клиент', limit: 3, offset: 1200 })
    expect(exact).toMatchObject({ total: many, totalCapped: false })
    expect(names(exact)).toEqual(['Клиент 1200', 'Клиент 1201', 'Клиент 1202'])
    expect(find({ search: '9160001499' })).toMatchObject({ total: 1, totalCapped: false })
    expect(names(find({ search: 'клиент', direction: 'desc', limit: 1 }))).toEqual(['Клиент 1499'])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { phoneKinds } from '../../../shared/contacts'
import type { ContactRecord } from './contact-record'
import { foldText, searchTextOf } from './search-text'

/** Every part, written the straightforward way: what search must find a contact by. */
function plainSearchText(record: ContactRecord): string {
  const fold = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е')
  const words = [record.name, record.firstName, record.middleName, record.lastName, record.email]
  const digits = record.phones.flatMap((p) => [p.e164.replace(/\D/g, ''), p.raw.replace(/\D/g, '')])
  return [...new Set([...words.map(fold), ...digits].filter((part) => part !== ''))].join(' ')
}

const text = fc.stringMatching(/^[ЁёЕеАаBbSs .@\-+0-9()]{0,12}$/)
const recordArb: fc.Arbitrary<ContactRecord> = fc.record({
  name: fc.oneof(text, fc.constantFrom('Семён Ёлкин', 'СЕМЕН', 'семен')),
  firstName: text,
  middleName: text,
  lastName: text,
  email: text,
  notes: text,
  phones: fc.array(
    fc.record({
      e164: fc.oneof(text, fc.constantFrom('+79161234567', '+77011234567')),
      raw: fc.oneof(text, fc.constantFrom('8 916 123-45-67', '+7 (916) 123-45-67')),
      kind: fc.constantFrom(...phoneKinds),
      label: fc.constant(''),
      primary: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  tags: fc.constant([]),
  consent: fc.constant('unknown' as const),
  consentSource: fc.constant(''),
  consentAt: fc.constant(null),
  flag: fc.constant(null),
})

describe('searchTextOf', () => {
  it('finds a contact by every word the straightforward text has, and by no other', () => {
    /** Every stretch of the text without a space: what one typed word can match. */
    const words = (text: string): Set<string> => {
      const found = new Set<string>()
      for (const part of text.split(' '))
        for (let from = 0; from < part.length; from += 1)
          for (let to = from + 1; to <= part.length; to += 1) found.add(part.slice(from, to))
      return found
    }
    fc.assert(
      fc.property(recordArb, (record) => {
        const text = searchTextOf(record)
        expect(words(text)).toEqual(words(plainSearchText(record)))
        // …from no more text: the index holds less.
        expect(text.length).toBeLessThanOrEqual(plainSearchText(record).length)
      }),
      { numRuns: 500 },
    )
  })

  it('leaves out a part already inside an earlier one', () => {
    const record: ContactRecord = {
      name: 'Иван Петров',
      firstName: 'Иван',
      middleName: '',
      lastName: 'Петров',
      email: 'ivan@example.ru',
      notes: '',
      phones: [
        { e164: '+79161234567', raw: '916 123-45-67', kind: 'mobile', label: '', primary: true },
        { e164: '+79031112233', raw: '8 903 111-22-33', kind: 'mobile', label: '', primary: false },
      ],
      tags: [],
      consent: 'unknown',
      consentSource: '',
      consentAt: null,
      flag: null,
    }
    expect(searchTextOf(record)).toBe(
      'иван петров ivan@example.ru 79161234567 79031112233 89031112233',
    )
  })

  it('folds case and ё as the Russian locale does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(foldText(value)).toBe(value.toLocaleLowerCase('ru').replace(/ё/g, 'е'))
      }),
    )
    expect(foldText('Семён ЁЛКИН')).toBe('семен елкин')
  })
})

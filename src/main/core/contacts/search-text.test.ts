import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { phoneKinds } from '../../../shared/contacts'
import type { ContactRecord } from './contact-record'
import { foldText, searchTextOf } from './search-text'

/** Written the straightforward way: the loop that replaced it runs for every imported contact. */
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
  it('gives what the straightforward fold, dedupe and join give', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(searchTextOf(record)).toBe(plainSearchText(record))
      }),
      { numRuns: 500 },
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

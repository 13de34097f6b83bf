// The quick reading of plainly written numbers gives libphonenumber's own answer or none: checked
// over numbers of many countries in the ways people write them, read from shops in many countries
// (countries sharing a code, trunk prefixes kept or dropped, international prefixes, rules with
// carrier codes). It must also take the plain cases, or it saves nothing.
import fc from 'fast-check'
import examples from 'libphonenumber-js/examples.mobile.json'
import { getCountryCallingCode } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { readByLibphonenumber, type PhoneCountry } from './normalize-phone'
import { readPlainNumber } from './plain-number'

const mobiles = examples as Record<PhoneCountry, string>
const countries = Object.keys(mobiles) as PhoneCountry[]
/**
 * Shops' countries: ours first, then ones whose rules differ (carrier codes, 0 kept), and ones
 * sharing a calling code without being its first country.
 */
const shops: PhoneCountry[] = [
  'RU',
  'KZ',
  'BY',
  'UA',
  'UZ',
  'DE',
  'US',
  'GB',
  'IT',
  'AR',
  'MX',
  'BR',
  'CA',
  'GG',
  'IM',
  'AX',
  'VA',
  'EH',
]
const trunkOf: Partial<Record<PhoneCountry, string>> = {
  RU: '8',
  KZ: '8',
  BY: '8',
  UA: '0',
  DE: '0',
  GB: '0',
  US: '1',
}

const digit = fc.integer({ min: 0, max: 9 }).map(String)
/** A country's example mobile with a few digits changed, one added or one left out: often still a number, often a landline, often none. */
const nationalOf = (country: PhoneCountry) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), digit), { maxLength: 4 }),
      fc.constantFrom(-1, 0, 0, 0, 1),
      digit,
    )
    .map(([changes, grow, extra]) => {
      const chars = mobiles[country].split('')
      for (const [at, d] of changes) chars[at % chars.length] = d
      if (grow < 0) chars.pop()
      if (grow > 0) chars.push(extra)
      return chars.join('')
    })
const randomNational = fc.array(digit, { minLength: 4, maxLength: 13 }).map((d) => d.join(''))
const separator = fc.constantFrom('', '', '', ' ', '-', '.', '(', ')', '\u00a0', ' - ', ') ', ' (')

/** How the start of a number is written: with its code and a plus, without the plus, with the shop's trunk or international prefix, or bare. */
const start = (country: PhoneCountry, shop: PhoneCountry) =>
  fc.constantFrom(
    `+${getCountryCallingCode(country)}`,
    `+${getCountryCallingCode(country)} `,
    getCountryCallingCode(country),
    trunkOf[shop] ?? '0',
    '',
    '00',
    `8 10 ${getCountryCallingCode(country)}`,
    // The trunk prefix after the country code, as some write it: `+7 8 916…`, `+44 0 20…`.
    `+${getCountryCallingCode(country)} ${trunkOf[country] ?? '0'}`,
    ' +',
  )

const written = fc
  .tuple(fc.constantFrom(...countries), fc.constantFrom(...shops))
  .chain(([country, shop]) =>
    fc.tuple(
      start(country, shop),
      fc.oneof(
        { weight: 3, arbitrary: nationalOf(country) },
        { weight: 1, arbitrary: randomNational },
      ),
      fc.array(separator, { minLength: 14, maxLength: 14 }),
      fc.constant(shop),
    ),
  )
  .map(([begin, national, marks, shop]) => {
    let text = begin + (marks[13] ?? '')
    for (let i = 0; i < national.length; i += 1) text += (marks[i] ?? '') + national.charAt(i)
    return { text, shop }
  })

describe('the quick reading of plainly written numbers', () => {
  it('answers as libphonenumber does whenever it answers', () => {
    let answered = 0
    fc.assert(
      fc.property(written, ({ text, shop }) => {
        const quick = readPlainNumber(text, shop)
        if (quick === undefined) return
        answered += 1
        expect(readByLibphonenumber(text, shop), `${text} from ${shop}`).toEqual({
          ok: true,
          ...quick,
        })
      }),
      { numRuns: 40_000 },
    )
    // Not a test that passes by never answering.
    expect(answered).toBeGreaterThan(4_000)
  })

  it('takes the ways a Russian shop writes its customers’ numbers', () => {
    const read = (text: string) => readPlainNumber(text, 'RU')
    for (const text of ['+7 916 123-45-67', '8 (916) 123-45-67', '79161234567', '916 123 45 67'])
      expect(read(text)).toEqual({ e164: '+79161234567', kind: 'mobile' })
    for (const text of ['+7 495 123-45-67', '8 (495) 123-45-67', '7 495 1234567', '4951234567'])
      expect(read(text)).toEqual({ e164: '+74951234567', kind: 'fixed' })
    // St Petersburg's 812 starts with the trunk's 8: it stays.
    expect(read('+7 812 123-45-67')).toEqual({ e164: '+78121234567', kind: 'fixed' })
    // Kazakhstan shares Russia's code and trunk prefix; Belarus and Ukraine have their own.
    expect(read('+7 701 123 45 67')).toEqual({ e164: '+77011234567', kind: 'mobile' })
    expect(read('8 701 123 45 67')).toEqual({ e164: '+77011234567', kind: 'mobile' })
    expect(read('+375 29 123-45-67')).toEqual({ e164: '+375291234567', kind: 'mobile' })
    expect(read('+380 (50) 123 45 67')).toEqual({ e164: '+380501234567', kind: 'mobile' })
    // Read from abroad, only a number with its country code is surely Russian.
    expect(readPlainNumber('+7 916 123-45-67', 'DE')).toEqual({
      e164: '+79161234567',
      kind: 'mobile',
    })
  })

  it('takes most valid numbers of every country written with their code', () => {
    const taken = countries.filter((country) => {
      const text = `+${getCountryCallingCode(country)} ${mobiles[country]}`
      const quick = readPlainNumber(text, 'RU')
      if (quick !== undefined)
        expect(readByLibphonenumber(text, 'RU')).toEqual({ ok: true, ...quick })
      return quick !== undefined
    })
    expect(taken.length / countries.length).toBeGreaterThan(0.9)
  })

  it('leaves to libphonenumber what it cannot surely read as libphonenumber does', () => {
    for (const text of [
      '8 916 123-45-67 доб. 12', // an extension
      'тел. 89161234567', // words
      '+7 916 123-45-67, +7 916 765-43-21', // two numbers
      '8 10 375 29 123-45-67', // Russia's international prefix
      '00 375 29 123 45 67',
      '+7 916 123', // too short to be a number: libphonenumber says why
      '+0 916 123 45 67',
      '+800 1234 5678', // a number of no country
      `8${' '.repeat(240)}9161234567`, // too long for libphonenumber, whatever it pads
    ]) {
      expect(readPlainNumber(text, 'RU'), text).toBeUndefined()
    }
  })
})

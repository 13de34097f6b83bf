// The shortcut for Russian mobiles gives libphonenumber's own answer or none: checked over numbers
// in every way people write them (and the ranges Russia's mobile pattern leaves out), from shops
// in several countries. It must also take the plain cases, or it saves nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readByLibphonenumber, type PhoneCountry } from './normalize-phone'
import { russianMobile } from './russian-mobile'

const digit = fc.integer({ min: 0, max: 9 }).map(String)
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''))
/** Ten digits after 9, weighted towards 93…, where the mobile pattern has its gaps. */
const nationalNumber = fc.oneof(
  digits(9).map((rest) => `9${rest}`),
  digits(7).map((rest) => `930${rest}`),
  digits(6).map((rest) => `9300${rest}`),
  digits(10),
)
const separator = fc.constantFrom('', '', '', ' ', '-', '.', '(', ')', '\u00a0', ' - ', ') ', ' (')
const prefix = fc.constantFrom('+7', '8', '7', '', '+ 7', ' +7', '+7 ', '8 ', '+8', '+', '07', '00')
const shop = fc.constantFrom<PhoneCountry>('RU', 'RU', 'KZ', 'BY', 'UA', 'DE', 'US')

/** The prefix, then each digit of the number with a mark (or none) before it. */
const written = fc
  .tuple(prefix, nationalNumber, fc.array(separator, { minLength: 11, maxLength: 11 }))
  .map(([start, national, marks]) => {
    let text = start + (marks[10] ?? '')
    for (let i = 0; i < national.length; i += 1) text += (marks[i] ?? '') + national.charAt(i)
    return text
  })

describe('the shortcut for Russian mobiles', () => {
  it('answers as libphonenumber does whenever it answers', () => {
    fc.assert(
      fc.property(written, shop, (text, country) => {
        const quick = russianMobile(text, country)
        if (quick === undefined) return
        expect(readByLibphonenumber(text, country)).toEqual({
          ok: true,
          e164: quick,
          kind: 'mobile',
        })
      }),
      { numRuns: 20_000 },
    )
  })

  it('takes the four usual spellings of a valid Russian mobile', () => {
    const spellings = ['+7 916 123-45-67', '8 (916) 123-45-67', '79161234567', '916 123 45 67']
    for (const text of spellings) expect(russianMobile(text, 'RU')).toBe('+79161234567')
    // From abroad only the one with its country code is surely Russian.
    expect(russianMobile('+7 916 123-45-67', 'DE')).toBe('+79161234567')
    expect(russianMobile('8 (916) 123-45-67', 'KZ')).toBeUndefined()
  })

  it('leaves to libphonenumber what is not plainly a Russian mobile', () => {
    for (const text of [
      '8 916 123-45-67 доб. 12', // an extension
      '+7 701 123 45 67', // Kazakhstan's
      '8 495 123-45-67', // a Moscow landline
      '+7 930 003 00 00', // a range Russia's mobile pattern leaves out
      'тел. 89161234567',
      '+7 916 123-45-67, +7 916 765-43-21',
      `8${' '.repeat(240)}9161234567`, // too long for libphonenumber, whatever it pads
    ]) {
      expect(russianMobile(text, 'RU')).toBeUndefined()
    }
  })

  it('takes most of the numbers a shop writes, each exactly as libphonenumber reads it', () => {
    fc.assert(
      fc.property(nationalNumber, prefix, (national, start) => {
        const text = `${start} ${national.slice(0, 3)} ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`
        const slow = readByLibphonenumber(text, 'RU')
        const quick = russianMobile(text, 'RU')
        // Every plain Russian mobile with its usual prefix goes the quick way.
        if (
          slow.ok &&
          slow.kind === 'mobile' &&
          slow.e164.startsWith('+79') &&
          ['+7', '8', '7', ''].includes(start)
        ) {
          expect(quick).toBe(slow.e164)
        }
        if (quick !== undefined) expect(slow).toEqual({ ok: true, e164: quick, kind: 'mobile' })
      }),
      { numRuns: 5_000 },
    )
  })
})

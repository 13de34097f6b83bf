import fc from 'fast-check'
import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode as PhoneCountry,
} from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import {
  internationalPrefixOf,
  isSendableKind,
  normalizePhone,
  takesZeroZero,
} from './normalize-phone'

describe('normalizePhone', () => {
  it.each([
    '8 916 123-45-67',
    '89161234567',
    '9161234567',
    '916 123 45 67',
    '+7 (916) 123-45-67',
    '+7 916 123 45 67',
    '79161234567',
    '7 916 123 45 67',
    '8(916)1234567',
    '+7-916-123-45-67',
    ' +7 916 123-45-67 ',
  ])('reads %j as one Russian mobile number', (raw) => {
    expect(normalizePhone(raw, 'RU')).toEqual({ ok: true, e164: '+79161234567', kind: 'mobile' })
  })

  it('keeps a Moscow landline as fixed, so it is imported but flagged', () => {
    for (const raw of ['8 (495) 123-45-67', '+7 495 123 45 67', '4951234567']) {
      expect(normalizePhone(raw, 'RU')).toEqual({ ok: true, e164: '+74951234567', kind: 'fixed' })
    }
    expect(isSendableKind('fixed')).toBe(false)
  })

  it('rejects impossible numbers with the reason', () => {
    expect(normalizePhone('123', 'RU')).toEqual({ ok: false, reason: 'too_short' })
    expect(normalizePhone('+7 916 123', 'RU')).toEqual({ ok: false, reason: 'too_short' })
    expect(normalizePhone('нет', 'RU')).toEqual({ ok: false, reason: 'no_digits' })
    expect(normalizePhone('', 'RU')).toEqual({ ok: false, reason: 'no_digits' })
    expect(normalizePhone('+375 29 123 45 67 89 00', 'RU')).toEqual({
      ok: false,
      reason: 'too_long',
    })
    const wrongLength = normalizePhone('+7 916 1234 5678', 'RU')
    expect(wrongLength.ok).toBe(false)
  })

  it('reads Kazakh numbers with the Kazakh 8 prefix, whatever the default country', () => {
    for (const country of ['KZ', 'RU'] as const) {
      expect(normalizePhone('8 701 123 45 67', country)).toEqual({
        ok: true,
        e164: '+77011234567',
        kind: 'mobile',
      })
    }
    expect(normalizePhone('+7 701 123-45-67', 'RU')).toMatchObject({ e164: '+77011234567' })
  })

  it('reads Belarusian numbers written internationally or nationally', () => {
    expect(normalizePhone('+375 29 123-45-67', 'RU')).toEqual({
      ok: true,
      e164: '+375291234567',
      kind: 'mobile',
    })
    expect(normalizePhone('8 029 123-45-67', 'BY')).toMatchObject({ e164: '+375291234567' })
  })

  it('reads a Ukrainian number whose "+" Excel dropped', () => {
    expect(normalizePhone('380501234567', 'RU')).toEqual({
      ok: true,
      e164: '+380501234567',
      kind: 'mobile',
    })
    expect(normalizePhone('050 123 45 67', 'UA')).toMatchObject({ e164: '+380501234567' })
  })

  it('keeps numbers WhatsApp may reach sendable, and the rest not', () => {
    expect(normalizePhone('+1 201 555 0123', 'RU')).toMatchObject({ kind: 'fixed_or_mobile' })
    expect(isSendableKind('fixed_or_mobile')).toBe(true)
    expect(isSendableKind('mobile')).toBe(true)
    expect(normalizePhone('8 800 555-35-35', 'RU')).toMatchObject({ ok: true, kind: 'other' })
    expect(isSendableKind('other')).toBe(false)
  })

  describe('international prefixes instead of "+"', () => {
    it.each([
      ['00375 29 765-43-21', 'RU', '+375297654321'],
      ['0049 1512 3456789', 'RU', '+4915123456789'],
      ['00 49 (1512) 345-67-89', 'KZ', '+4915123456789'],
      ['0049 1512 3456789', 'DE', '+4915123456789'],
      ['00380 50 123 45 67', 'BY', '+380501234567'],
      ['007 916 123-45-67', 'UA', '+79161234567'],
      ['810 375 29 765-43-21', 'RU', '+375297654321'],
      ['8 10 375 29 765-43-21', 'RU', '+375297654321'],
      ['8-10-49-1512-3456789', 'RU', '+4915123456789'],
      ['8 10 49 1512 3456789', 'KZ', '+4915123456789'],
      ['011 49 1512 3456789', 'US', '+4915123456789'],
    ] as const)('reads %j, written in %s, as the mobile %s', (raw, country, e164) => {
      expect(normalizePhone(raw, country)).toEqual({ ok: true, e164, kind: 'mobile' })
    })

    it('reads 00 only where it is an international prefix: not in the US, which dials 011', () => {
      expect(internationalPrefixOf('US')).toBe('011')
      expect(takesZeroZero('US')).toBe(false)
      expect(takesZeroZero('JP')).toBe(false) // 010
      expect(normalizePhone('0049 1512 3456789', 'US').ok).toBe(false)
      // Germany, the UK, Ukraine dial 00; Russia, Kazakhstan, Belarus 8~10 and 00 as well.
      for (const country of ['DE', 'GB', 'UA', 'UZ', 'RU', 'KZ', 'BY'] as const) {
        expect(takesZeroZero(country), country).toBe(true)
      }
      expect(internationalPrefixOf('RU')).toBe('810')
    })

    it('keeps a German landline written with 00 as a landline', () => {
      expect(normalizePhone('0049 30 1234567', 'RU')).toEqual({
        ok: true,
        e164: '+49301234567',
        kind: 'fixed',
      })
    })

    it('any valid number, written with the international prefix of a country that dials 00 or its own, is the same number', () => {
      const withExamples = getCountries().filter((c) => getExampleNumber(c, examples) !== undefined)
      const dialling = getCountries().filter((c) => /^\d+$/.test(internationalPrefixOf(c)))
      fc.assert(
        fc.property(
          fc.constantFrom(...withExamples),
          fc.constantFrom(...dialling),
          fc.boolean(),
          fc.constantFrom(' ', '-', ''),
          (numberCountry: PhoneCountry, from: PhoneCountry, zeroZero, separator) => {
            const e164 = getExampleNumber(numberCountry, examples)?.number ?? ''
            const prefix = zeroZero && takesZeroZero(from) ? '00' : internationalPrefixOf(from)
            const written = `${prefix}${separator}${e164.slice(1)}`
            const read = normalizePhone(written, from)
            // Where a national number could begin with these digits, the national reading wins.
            const national = parsePhoneNumberFromString(written, from)
            if (national?.isValid() && national.number !== e164) return
            expect(read, `${written} from ${from}`).toMatchObject({ ok: true, e164 })
          },
        ),
        { numRuns: 500 },
      )
    })
  })

  describe('numbers that exist nowhere', () => {
    it.each([
      ['(111) 555-4444', 'RU'],
      ['(111) 555-4444', 'US'],
      ['+7 111 555-44-44', 'RU'],
      ['+999 123 4567', 'RU'],
      ['+7 916 1234 5678', 'RU'],
      ['00375 11 111-11-11', 'RU'],
    ] as const)('rejects %j (default %s): digits enough, but no country has it', (raw, country) => {
      expect(normalizePhone(raw, country)).toEqual({ ok: false, reason: 'invalid_phone' })
    })

    it('still says what is wrong with the length when that is the trouble', () => {
      expect(normalizePhone('12345', 'RU')).toEqual({ ok: false, reason: 'too_short' })
      expect(normalizePhone('00375 29 765', 'RU')).toEqual({ ok: false, reason: 'too_short' })
    })

    it('keeps every valid number of the metadata, of any kind', () => {
      for (const country of getCountries()) {
        const example = getExampleNumber(country, examples)
        if (!example) continue
        expect(normalizePhone(example.number, 'RU'), example.number).toMatchObject({
          ok: true,
          e164: example.number,
        })
      }
    })
  })
})

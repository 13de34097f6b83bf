import { describe, expect, it } from 'vitest'
import { isSendableKind, normalizePhone } from './normalize-phone'

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
})

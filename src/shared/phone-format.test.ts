import { describe, expect, it } from 'vitest'
import { formatPhone } from './phone-format'

describe('formatPhone', () => {
  it('spaces a stored number as read in its own country', () => {
    expect(formatPhone('+79161234567')).toBe('+7 916 123 45 67') // Russia, mobile
    expect(formatPhone('+74951234567')).toBe('+7 495 123 45 67') // Russia, Moscow landline
    expect(formatPhone('+77011234567')).toBe('+7 701 123 4567') // Kazakhstan
    expect(formatPhone('+375297654321')).toBe('+375 29 765 43 21') // Belarus
    expect(formatPhone('+380501234567')).toBe('+380 50 123 4567') // Ukraine
  })

  it('spaces numbers of other countries too', () => {
    expect(formatPhone('+442071234567')).toBe('+44 20 7123 4567')
    expect(formatPhone('+12025550143')).toBe('+1 202 555 0143')
    expect(formatPhone('+4915123456789')).toBe('+49 1512 3456789')
  })

  it('shows what is stored when it cannot be parsed', () => {
    expect(formatPhone('12')).toBe('12')
    expect(formatPhone('')).toBe('')
  })
})

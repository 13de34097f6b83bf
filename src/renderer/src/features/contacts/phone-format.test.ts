import { describe, expect, it } from 'vitest'
import { formatPhone } from './phone-format'

describe('formatPhone', () => {
  it('spaces a stored number for reading', () => {
    expect(formatPhone('+79161234567')).toBe('+7 916 123 45 67')
    expect(formatPhone('+380501234567')).toBe('+380 50 123 4567')
  })

  it('shows what is stored when it cannot be parsed', () => {
    expect(formatPhone('12')).toBe('12')
  })
})

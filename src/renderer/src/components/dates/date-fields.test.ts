import { describe, expect, it } from 'vitest'
import { dateFieldStyle, fromPickerDateTime, toFormTime, toPickerDateTime } from './date-fields'

describe('dates as the language writes them', () => {
  it('writes Russian dates day first with dots, on a 24-hour clock, weeks from Monday', () => {
    expect(dateFieldStyle('ru')).toEqual({
      fieldsOrder: ['day', 'month', 'year'],
      dateSeparator: '.',
      format: '24h',
      firstDayOfWeek: 1,
    })
    expect(dateFieldStyle('en').format).toBe('12h')
    expect(dateFieldStyle('en-GB').fieldsOrder[0]).toBe('month')
  })

  it("keeps the forms' own value formats both ways", () => {
    expect(toPickerDateTime('2026-12-07T10:30')).toBe('2026-12-07 10:30:00')
    expect(fromPickerDateTime('2026-12-07 10:30:00')).toBe('2026-12-07T10:30')
    expect(fromPickerDateTime(toPickerDateTime('2027-01-01T00:00'))).toBe('2027-01-01T00:00')
    expect(toPickerDateTime('')).toBeNull()
    expect(fromPickerDateTime(null)).toBe('')
    expect(fromPickerDateTime('2026-12-07')).toBe('')
    expect(toFormTime('18:30:00')).toBe('18:30')
    expect(toFormTime('18:3')).toBe('')
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consentTargetOf,
  isAfterToday,
  obtainedAtOf,
  outcomeLines,
  todayField,
} from './consent-mark'

describe('the day consent was obtained', () => {
  it('starts as today, written as the date field holds it', () => {
    expect(todayField(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('is recorded as the start of that day where the owner is, so it never becomes another day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        (date) => {
          const field = todayField(date)
          const at = obtainedAtOf(field)
          expect(at).toBeDefined()
          expect(todayField(new Date(at ?? 0))).toBe(field)
          expect(new Date(at ?? 0).getHours()).toBe(0)
        },
      ),
    )
  })

  it('is nothing while the field is empty or holds a day that does not exist', () => {
    expect(obtainedAtOf('')).toBeUndefined()
    expect(obtainedAtOf('2026-02-30')).toBeUndefined()
    expect(obtainedAtOf('05.01.2026')).toBeUndefined()
  })

  it('may not be after today', () => {
    const now = new Date(2026, 11, 6, 10)
    expect(isAfterToday('2026-12-06', now)).toBe(false)
    expect(isAfterToday('2026-11-30', now)).toBe(false)
    expect(isAfterToday('2026-12-07', now)).toBe(true)
  })
})

describe('whom the list dialog marks', () => {
  it('takes the ticked people, the builder’s filter, or everyone the book found, as they are', () => {
    expect(consentTargetOf({ contactIds: [3, 4] })).toEqual({ ids: [3, 4] })
    expect(consentTargetOf({ filter: { tags: ['VIP'] } })).toEqual({
      listFilter: { tags: ['VIP'] },
    })
    const matching = { query: { search: 'Анна' }, except: [7] }
    expect(consentTargetOf({ matching })).toEqual({ matching })
  })
})

describe('what the owner is told afterwards', () => {
  const outcome = (marked: number, already: number, optedOut: number, withdrawn: number) => ({
    matched: marked + already + optedOut + withdrawn,
    marked,
    alreadyGranted: already,
    skipped: { opted_out: optedOut, consent_withdrawn: withdrawn },
  })

  it('says how many were marked and each group left as it was, leaving out empty ones', () => {
    expect(outcomeLines(outcome(1052, 0, 3, 1))).toEqual([
      { key: 'marked', count: 1052 },
      { key: 'skippedOptedOut', count: 3 },
      { key: 'skippedWithdrawn', count: 1 },
    ])
    expect(outcomeLines(outcome(0, 2, 0, 0))).toEqual([{ key: 'alreadyGranted', count: 2 }])
  })

  it('says there was nobody to mark rather than nothing', () => {
    expect(outcomeLines(outcome(0, 0, 0, 0))).toEqual([{ key: 'nobody', count: 0 }])
  })
})

// ageInDays keeps its last answer for the local day it holds on; asked at any instants in any order,
// in zones whose clock changes (some of them at midnight, so a day starts at 01:00), it must answer
// as counting the calendar days afresh does.
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { ageInDays } from './warm-up'

// Each zone with the days of 2026 its clock changes on, and a quiet day: at midnight in Havana
// (8 March), Beirut (29 March) and Santiago (5 April, 6 September); at night elsewhere.
const quietDay = Date.UTC(2026, 11, 1)
const zoneDays: Record<string, number[]> = {
  'America/Santiago': [Date.UTC(2026, 3, 5), Date.UTC(2026, 8, 6)],
  'America/Havana': [Date.UTC(2026, 2, 8), Date.UTC(2026, 10, 1)],
  'Asia/Beirut': [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25)],
  'Australia/Lord_Howe': [Date.UTC(2026, 3, 5), Date.UTC(2026, 9, 4)],
  'Europe/Moscow': [],
  'Europe/Berlin': [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25)],
  UTC: [],
}
const zoneAndDay = fc
  .constantFrom(...Object.keys(zoneDays))
  .chain((zone) =>
    fc.tuple(fc.constant(zone), fc.constantFrom(quietDay, ...(zoneDays[zone] ?? []))),
  )
const startedOn = fc
  .integer({ min: 0, max: 800 })
  .map((d) => DateTime.fromISO('2024-06-01', { zone: 'UTC' }).plus({ days: d }).toISODate() ?? '')

/** Calendar days from `startedOn` to the local date of `at` (none before the start). */
function calendarAge(startedOn: string, zone: string, at: number): number {
  const localDate = DateTime.fromMillis(at, { zone }).toISODate() ?? ''
  const days = DateTime.fromISO(localDate, { zone: 'UTC' }).diff(
    DateTime.fromISO(startedOn, { zone: 'UTC' }),
    'days',
  ).days
  return Math.max(0, days)
}

describe('the age of a number, kept between questions', () => {
  it('answers as counting the local calendar days afresh does', () => {
    fc.assert(
      fc.property(
        zoneAndDay,
        startedOn,
        fc.array(fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.boolean(),
        ([zone, base], start, offsets, sorted) => {
          const instants = offsets.map((o) => base + o)
          if (sorted) instants.sort((a, b) => a - b)
          for (const at of instants) {
            expect(ageInDays(start, zone, at)).toBe(calendarAge(start, zone, at))
          }
        },
      ),
      { numRuns: 600, seed: 18 },
    )
  })

  it('starts a new day at midnight after a day that began at 01:00 (Santiago, 6 September 2026)', () => {
    const zone = 'America/Santiago'
    const sundayNoon = DateTime.fromISO('2026-09-06T12:00', { zone }).toMillis()
    const mondayHalfPastMidnight = DateTime.fromISO('2026-09-07T00:30', { zone }).toMillis()
    expect(ageInDays('2026-09-01', zone, sundayNoon)).toBe(5)
    expect(ageInDays('2026-09-01', zone, mondayHalfPastMidnight)).toBe(6)
  })
})

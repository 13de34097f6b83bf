import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { defaultWindow } from '../../../shared/senders'
import { windowAt } from './sending-window'

const moscow = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis()
const show = (ms: number, zone = 'Europe/Moscow') =>
  DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm')

describe('windowAt (10:00–20:00, Monday–Saturday)', () => {
  it.each([
    ['2026-12-01T09:59', false, 'Tue 2026-12-01 10:00'],
    ['2026-12-01T10:00', true, 'Tue 2026-12-01 20:00'],
    ['2026-12-01T19:59', true, 'Tue 2026-12-01 20:00'],
    ['2026-12-01T20:00', false, 'Wed 2026-12-02 10:00'],
    ['2026-12-05T21:00', false, 'Mon 2026-12-07 10:00'], // Saturday night → Monday
    ['2026-12-06T12:00', false, 'Mon 2026-12-07 10:00'], // Sunday
  ])('at %s open=%s, changes %s', (at, open, changes) => {
    const result = windowAt(defaultWindow, 'Europe/Moscow', moscow(at))
    expect(result.open).toBe(open)
    expect(show(result.changesAt)).toBe(changes)
  })

  it('keeps 10:00 local across a daylight-saving change', () => {
    // Berlin goes to summer time on Sunday 2026-03-29.
    const saturdayNight = DateTime.fromISO('2026-03-28T22:00', { zone: 'Europe/Berlin' }).toMillis()
    const window = { ...defaultWindow, days: [1, 2, 3, 4, 5, 6, 7] }
    const next = windowAt(window, 'Europe/Berlin', saturdayNight).changesAt
    expect(show(next, 'Europe/Berlin')).toBe('Sun 2026-03-29 10:00')
    expect(DateTime.fromMillis(next, { zone: 'UTC' }).hour).toBe(8)
  })
})

describe('windowAt across clock changes', () => {
  const everyDay = [1, 2, 3, 4, 5, 6, 7]
  const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis()
  const utc = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('yyyy-MM-dd HH:mm')

  // Spring forward: Berlin skips 02:00–03:00 on 2026-03-29, New York on 2026-03-08; Moscow
  // has no daylight saving time.
  it.each([
    ['Europe/Berlin', '2026-03-28T23:00', '2026-03-29', '2026-03-30 00:10'],
    ['America/New_York', '2026-03-07T23:00', '2026-03-08', '2026-03-09 06:10'],
  ])(
    'in %s a window wholly inside the skipped hour does not exist that day',
    (zone, before, day, next) => {
      const window = { start: '02:10', end: '02:50', days: everyDay }
      const result = windowAt(window, zone, at(before, zone))
      expect(result.open).toBe(false)
      expect(utc(result.changesAt)).toBe(next) // the next day's 02:10, local
      for (let minute = 0; minute < 24 * 60; minute += 5) {
        const instant = DateTime.fromISO(day, { zone }).plus({ minutes: minute }).toMillis()
        expect(windowAt(window, zone, instant).open).toBe(false)
      }
    },
  )

  it('a window of Sundays only, wholly inside the hour skipped that Sunday, opens the next one', () => {
    const window = { start: '02:00', end: '02:59', days: [7] }
    // The Friday before Berlin's spring change: the coming Sunday has no 02:00–02:59.
    const result = windowAt(window, 'Europe/Berlin', at('2026-03-27T23:59', 'Europe/Berlin'))
    expect(result.open).toBe(false)
    expect(utc(result.changesAt)).toBe('2026-04-05 00:00') // 02:00 of the next Sunday, summer time
  })

  it.each([
    ['Europe/Berlin', '2026-03-29', '2026-03-29 01:00'],
    ['America/New_York', '2026-03-08', '2026-03-08 07:00'],
  ])('in %s a window that starts in the skipped hour opens at the jump', (zone, day, jump) => {
    const window = { start: '02:10', end: '04:00', days: everyDay }
    const result = windowAt(window, zone, at(`${day}T01:30`, zone))
    expect(result.open).toBe(false)
    expect(utc(result.changesAt)).toBe(jump)
    expect(DateTime.fromMillis(result.changesAt, { zone }).toFormat('HH:mm')).toBe('03:00')
    expect(windowAt(window, zone, result.changesAt - 1).open).toBe(false)
    expect(windowAt(window, zone, result.changesAt)).toMatchObject({
      open: true,
      openedAt: result.changesAt,
    })
  })

  it('a window of Sundays only, wholly inside the hour skipped that Sunday, opens the next one', () => {
    const window = { start: '02:00', end: '02:59', days: [7] }
    // The Friday before Berlin's spring change: the coming Sunday has no 02:00–02:59.
    const result = windowAt(window, 'Europe/Berlin', at('2026-03-27T23:59', 'Europe/Berlin'))
    expect(result.open).toBe(false)
    expect(utc(result.changesAt)).toBe('2026-04-05 00:00') // 02:00 of the next Sunday, summer time
  })

  it.each([
    ['Europe/Berlin', '2026-03-29', '2026-03-29 01:00'],
    ['America/New_York', '2026-03-08', '2026-03-08 07:00'],
  ])('in %s a window that ends in the skipped hour closes at the jump', (zone, day, jump) => {
    const window = { start: '01:00', end: '02:30', days: everyDay }
    const result = windowAt(window, zone, at(`${day}T01:59`, zone))
    expect(result.open).toBe(true)
    expect(utc(result.changesAt)).toBe(jump)
    expect(windowAt(window, zone, result.changesAt).open).toBe(false)
  })

  // Fall back: Berlin shows 02:00–03:00 twice on 2026-10-25, New York 01:00–02:00 on 2026-11-01.
  it.each([
    ['Europe/Berlin', '2026-10-25', '02:10', '02:50', '2026-10-25 00:10', '2026-10-25 00:50'],
    ['America/New_York', '2026-11-01', '01:10', '01:50', '2026-11-01 05:10', '2026-11-01 05:50'],
  ])(
    'in %s a window inside the repeated hour is its first occurrence',
    (zone, day, start, end, opens, closes) => {
      const window = { start, end, days: everyDay }
      const result = windowAt(window, zone, at(`${day}T00:30`, zone))
      expect(utc(result.changesAt)).toBe(opens)
      const open = windowAt(window, zone, result.changesAt)
      expect(open.open).toBe(true)
      expect(utc(open.changesAt)).toBe(closes)
      // The second time the clock shows that time, an hour later, the window is closed.
      expect(windowAt(window, zone, result.changesAt + 60 * 60 * 1000 + 60_000).open).toBe(false)
    },
  )

  it('closes when the clock falls back inside the window to before its start, and opens no second time', () => {
    // Lord Howe Island: 02:00 → 01:30 on 2026-04-05 (the property test's counterexample); Berlin
    // 03:00 → 02:00 on 2026-10-25 with a window ending at the jump.
    const cases: [string, string, string, number, number, string][] = [
      // open at 01:55 (+11), the clock reads 01:49 again at 15:19 UTC
      [
        'Australia/Lord_Howe',
        '01:50',
        '02:00',
        Date.UTC(2026, 3, 4, 14, 55),
        Date.UTC(2026, 3, 4, 15, 19),
        '2026-04-04 15:00',
      ],
      // open at 02:45 CEST, the clock reads 02:15 CET at 01:15 UTC
      [
        'Europe/Berlin',
        '02:30',
        '03:00',
        Date.UTC(2026, 9, 25, 0, 45),
        Date.UTC(2026, 9, 25, 1, 15),
        '2026-10-25 01:00',
      ],
    ]
    for (const [zone, start, end, openAt, during, jump] of cases) {
      const window = { start, end, days: everyDay }
      const open = windowAt(window, zone, openAt)
      expect(open.open).toBe(true)
      expect(utc(open.changesAt)).toBe(jump)
      // After the jump the clock reads a time before the start again: closed, until the next day.
      const after = windowAt(window, zone, during)
      expect(after.open).toBe(false)
      expect(after.changesAt - during).toBeGreaterThan(12 * 60 * 60_000)
    }
  })

  it('in a zone without daylight saving time (Moscow) the same days are ordinary', () => {
    const window = { start: '02:10', end: '02:50', days: everyDay }
    for (const day of ['2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01']) {
      const result = windowAt(window, 'Europe/Moscow', at(`${day}T00:00`, 'Europe/Moscow'))
      expect(result.changesAt).toBe(at(`${day}T02:10`, 'Europe/Moscow'))
      const open = windowAt(window, 'Europe/Moscow', result.changesAt)
      expect(open.changesAt - result.changesAt).toBe(40 * 60_000)
    }
  })

  it('never says open at a local time outside [start, end) or on a day not chosen', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Europe/Moscow',
      'Australia/Lord_Howe', // a half-hour shift
      'America/Santiago', // midnight skipped
      'Asia/Kolkata',
    ]
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    const windowArb = fc
      .record({
        a: hhmm,
        b: hhmm,
        days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      })
      .filter(({ a, b }) => a !== b)
      .map(({ a, b, days }) => ({ start: a < b ? a : b, end: a < b ? b : a, days }))
    // Instants over two years, half of them on the days clocks change somewhere above.
    const changeDays = [
      '2026-03-29',
      '2026-10-25',
      '2026-03-08',
      '2026-11-01',
      '2026-04-05',
      '2026-10-04',
      '2026-09-06',
    ]
    const instant = fc.oneof(
      fc.integer({ min: at('2026-01-01T00:00', 'UTC'), max: at('2027-12-31T00:00', 'UTC') }),
      fc
        .tuple(fc.constantFrom(...changeDays), fc.integer({ min: -12 * 60, max: 36 * 60 }))
        .map(([day, minutes]) => at(`${day}T00:00`, 'UTC') + minutes * 60_000),
    )
    fc.assert(
      fc.property(windowArb, fc.constantFrom(...zones), instant, (window, zone, now) => {
        const result = windowAt(window, zone, now)
        const local = DateTime.fromMillis(now, { zone })
        const clock = local.toFormat('HH:mm')
        if (result.open) {
          expect(window.days).toContain(local.weekday)
          expect(clock >= window.start && clock < window.end).toBe(true)
          expect(result.openedAt).toBeLessThanOrEqual(now)
          expect(result.changesAt).toBeGreaterThan(now)
        } else {
          // Closed: it opens later, and at that moment it is open.
          expect(result.changesAt).toBeGreaterThan(now)
          expect(windowAt(window, zone, result.changesAt).open).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  }, 60_000)
})

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

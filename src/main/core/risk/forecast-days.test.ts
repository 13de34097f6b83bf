import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { forecastDays } from './forecast-days'

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis()

describe('a forecast’s sends as the owner’s days', () => {
  it('gives each day its count, its first and last message and every moment', () => {
    const zone = 'Europe/Moscow'
    const sends = [
      at('2026-12-01T10:00', zone),
      at('2026-12-01T12:59', zone),
      at('2026-12-01T17:10', zone),
      at('2026-12-02T10:05', zone),
    ]
    expect(forecastDays(sends, zone)).toEqual([
      {
        day: '2026-12-01',
        sends: 3,
        firstAt: sends[0],
        lastAt: sends[2],
        times: sends.slice(0, 3),
      },
      { day: '2026-12-02', sends: 1, firstAt: sends[3], lastAt: sends[3], times: sends.slice(3) },
    ])
  })

  it('cuts days at the sender’s midnight, not the computer’s', () => {
    // 23:30 and 00:30 in Vladivostok are 16:30 and 17:30 of one day in Moscow.
    const zone = 'Asia/Vladivostok'
    const sends = [at('2026-12-01T23:30', zone), at('2026-12-02T00:30', zone)]
    expect(forecastDays(sends, zone).map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02'])
    expect(forecastDays(sends, 'Europe/Moscow').map((d) => d.sends)).toEqual([2])
  })

  it('lists moments only on the first days: later sessions move with every earlier one', () => {
    const zone = 'UTC'
    const sends = [0, 1, 2, 3].map((d) => d * 24 * 60 * 60 * 1000 + 12 * 60 * 60 * 1000)
    const days = forecastDays(sends, zone, 2)
    expect(days.map((d) => d.times)).toEqual([[sends[0]], [sends[1]], null, null])
    expect(days.map((d) => d.sends)).toEqual([1, 1, 1, 1])
  })

  it('accounts for every send once, in order, on the day it falls in', () => {
    const zones = ['Europe/Moscow', 'Asia/Yekaterinburg', 'Europe/Berlin', 'America/New_York']
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_780_000_000_000, max: 1_790_000_000_000 }), {
          maxLength: 200,
        }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 20 }),
        (raw, zone, timedDays) => {
          const sends = [...raw].sort((a, b) => a - b)
          const days = forecastDays(sends, zone, timedDays)
          expect(days.reduce((n, d) => n + d.sends, 0)).toBe(sends.length)
          // Days strictly follow one another, each send in its own local day.
          expect(days.map((d) => d.day)).toEqual([...new Set(days.map((d) => d.day))].sort())
          let index = 0
          days.forEach((day, i) => {
            const own = sends.slice(index, index + day.sends)
            index += day.sends
            expect(own.every((t) => DateTime.fromMillis(t, { zone }).toISODate() === day.day)).toBe(
              true,
            )
            expect([day.firstAt, day.lastAt]).toEqual([own[0], own.at(-1)])
            expect(day.times).toEqual(i < timedDays ? own : null)
          })
        },
      ),
    )
  })
})

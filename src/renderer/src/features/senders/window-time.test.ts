import { describe, expect, it } from 'vitest'
import { windowTime } from './window-time'

// Sunday 6 December 2026, 15:05 UTC = 18:05 in Moscow.
const now = Date.UTC(2026, 11, 6, 15, 5)
const mondayTenMoscow = Date.UTC(2026, 11, 7, 7, 0)

describe("a window's opening time", () => {
  it("is shown in the window's zone, named when the computer is elsewhere", () => {
    const text = windowTime(mondayTenMoscow, {
      timeZone: 'Europe/Moscow',
      language: 'ru',
      now,
      computerTimeZone: 'UTC',
    })
    expect(text).toContain('10:00')
    expect(text).toMatch(/^пн,? 10:00 \(Москва, GMT\+3\)$/)
  })

  it('reads plainly when the computer is in the same zone', () => {
    const text = windowTime(mondayTenMoscow, {
      timeZone: 'Europe/Moscow',
      language: 'ru',
      now,
      computerTimeZone: 'Europe/Moscow',
    })
    expect(text).toMatch(/^пн,? 10:00$/)
  })

  it("leaves out the weekday on the window's same day, by its own calendar", () => {
    // 23:30 UTC on Sunday is already Monday 02:30 in Moscow: not "today" there.
    const lateSunday = Date.UTC(2026, 11, 6, 23, 30)
    const sameDay = Date.UTC(2026, 11, 6, 17, 0)
    const options = { timeZone: 'Europe/Moscow', language: 'en', now, computerTimeZone: 'UTC' }
    expect(windowTime(sameDay, options)).not.toMatch(/Sun|Mon/)
    expect(windowTime(lateSunday, options)).toMatch(/Mon/)
  })
})

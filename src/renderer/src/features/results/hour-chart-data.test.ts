import { describe, expect, it } from 'vitest'
import type { HourOfSending } from '../../../../shared/campaign-results'
import { axisTop, hourRows, perHourAxisTop, progressPoints } from './hour-chart-data'

const hour = (iso: string, sends: number, cumulative: number): HourOfSending => ({
  at: Date.parse(iso),
  sends,
  cumulative,
})

describe('the hour chart’s rows', () => {
  it('label each hour in the sender’s time zone, not the computer’s', () => {
    // 07:00 UTC is 10:00 in Moscow and 16:00 in Tokyo.
    const hours = [hour('2026-12-01T07:00:00Z', 3, 3), hour('2026-12-01T08:00:00Z', 0, 3)]
    const moscow = hourRows(hours, 'Europe/Moscow', 'ru')
    expect(moscow.map((row) => row.tick)).toEqual(['10:00', '11:00'])
    expect(moscow[0]?.span).toBe('1 декабря, 10:00–11:00')
    expect(hourRows(hours, 'Asia/Tokyo', 'ru')[0]?.tick).toBe('16:00')
    expect(moscow.map((row) => [row.sends, row.cumulative])).toEqual([
      [3, 3],
      [0, 3],
    ])
  })

  it('speak the UI’s language', () => {
    const rows = hourRows([hour('2026-12-01T11:00:00Z', 1, 1)], 'Europe/Moscow', 'en')
    expect(rows[0]?.tick).toBe('2:00 PM')
    expect(rows[0]?.span).toBe('December 1, 2:00 PM–3:00 PM')
  })

  it('name the day where a new one begins when the campaign spans several', () => {
    const rows = hourRows(
      [
        hour('2026-12-01T16:00:00Z', 2, 2), // 19:00 in Moscow
        hour('2026-12-01T20:00:00Z', 0, 2), // 23:00
        hour('2026-12-01T21:00:00Z', 0, 2), // 00:00 next day
        hour('2026-12-01T22:00:00Z', 1, 3),
      ],
      'Europe/Moscow',
      'ru',
    )
    expect(rows.map((row) => row.tick)).toEqual([
      '1 дек., 19:00',
      '23:00',
      '2 дек., 00:00',
      '01:00',
    ])
  })

  it('fall back to the computer’s zone for a zone nobody knows', () => {
    const rows = hourRows([hour('2026-12-01T07:00:00Z', 1, 1)], 'Mars/Olympus', 'ru')
    expect(rows[0]?.tick).toMatch(/^\d{2}:00$/)
  })

  it('leave room above the limit line and the tallest bar, ending on a round number', () => {
    const rows = hourRows([hour('2026-12-01T07:00:00Z', 12, 12)], 'Europe/Moscow', 'ru')
    expect(perHourAxisTop(rows, 50)).toBe(60)
    expect(perHourAxisTop(rows, 10)).toBe(15)
    expect(perHourAxisTop([], 5)).toBe(6)
    expect(axisTop(256, 3)).toBe(300)
    expect(axisTop(0, 0)).toBe(2)
  })

  it('give the progress line a start at nothing and a point at each hour’s end', () => {
    const points = progressPoints(
      [hour('2026-12-01T07:00:00Z', 2, 2), hour('2026-12-01T08:00:00Z', 3, 5)],
      'Europe/Moscow',
      'ru',
    )
    expect(points.map((point) => [point.tick, point.cumulative])).toEqual([
      ['10:00', 0],
      ['11:00', 2],
      ['12:00', 5],
    ])
    expect(points[1]?.moment).toBe('1 декабря, 11:00')
    expect(progressPoints([], 'Europe/Moscow', 'ru')).toEqual([])
  })
})

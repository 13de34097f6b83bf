// The charts' rows from the core's hours: each hour with its labels in the sender's time zone and
// the UI's language, so "14:00" on the axis is the shop's 14:00 wherever the laptop is.
import { DateTime } from 'luxon'
import type { HourOfSending } from '../../../../shared/campaign-results'

const hourMs = 3_600_000

export interface HourRow {
  at: number
  /** On the axis: "14:00", or "2 дек., 09:00" where a new day begins (multi-day campaigns). */
  tick: string
  /** In the tooltip: "2 декабря, 14:00–15:00". */
  span: string
  sends: number
  cumulative: number
}

/** A zone luxon does not know falls back to the computer's own, rather than "Invalid DateTime". */
function validZone(timeZone: string): string {
  return DateTime.local().setZone(timeZone).isValid ? timeZone : 'local'
}

export function hourRows(
  hours: readonly HourOfSending[],
  timeZone: string,
  locale: string,
): HourRow[] {
  const zone = validZone(timeZone)
  const moments = hours.map((hour) => DateTime.fromMillis(hour.at, { zone, locale }))
  const days = moments.map((moment) => moment.toISODate())
  const severalDays = new Set(days).size > 1
  return hours.map((hour, index) => {
    const start = moments[index] ?? DateTime.fromMillis(hour.at, { zone, locale })
    const time = start.toLocaleString(DateTime.TIME_SIMPLE)
    const end = start.plus({ hours: 1 }).toLocaleString(DateTime.TIME_SIMPLE)
    const dayStarts = severalDays && (index === 0 || days[index - 1] !== days[index])
    return {
      at: hour.at,
      tick: dayStarts
        ? `${start.toLocaleString({ day: 'numeric', month: 'short' })}, ${time}`
        : time,
      span: `${start.toLocaleString({ day: 'numeric', month: 'long' })}, ${time}–${end}`,
      sends: hour.sends,
      cumulative: hour.cumulative,
    }
  })
}

/** A round number at or above `value`: the axis ends on a tick, not at 55 or 7. */
function roundUp(value: number): number {
  const step = value > 100 ? 50 : value > 20 ? 10 : value > 10 ? 5 : 1
  return Math.ceil(value / step) * step
}

/** The top of an axis with a line at `line`: room above it and above the tallest value. */
export function axisTop(line: number, tallest: number): number {
  const top = Math.max(line, tallest, 1)
  return roundUp(top + Math.max(1, top * 0.1))
}

/** The top of the per-hour axis: room above the limit line and above the tallest bar. */
export function perHourAxisTop(rows: readonly HourRow[], limit: number): number {
  return axisTop(
    limit,
    rows.reduce((top, row) => Math.max(top, row.sends), 0),
  )
}

export interface ProgressPoint {
  at: number
  /** On the axis: "11:00" (a day named where a new one begins, as for the bars). */
  tick: string
  /** In the tooltip: "1 декабря, 11:00". */
  moment: string
  cumulative: number
}

/**
 * Sent so far at each hour's end, from nothing at the first hour's start: a line even when
 * everything went out within one hour.
 */
export function progressPoints(
  hours: readonly HourOfSending[],
  timeZone: string,
  locale: string,
): ProgressPoint[] {
  const first = hours[0]
  if (first === undefined) return []
  const points: HourOfSending[] = [
    { at: first.at, sends: 0, cumulative: 0 },
    ...hours.map((hour) => ({ ...hour, at: hour.at + hourMs })),
  ]
  const zone = validZone(timeZone)
  return hourRows(points, zone, locale).map((row) => {
    const moment = DateTime.fromMillis(row.at, { zone, locale })
    return {
      at: row.at,
      tick: row.tick,
      moment: `${moment.toLocaleString({ day: 'numeric', month: 'long' })}, ${moment.toLocaleString(DateTime.TIME_SIMPLE)}`,
      cumulative: row.cumulative,
    }
  })
}

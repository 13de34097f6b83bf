import { DateTime } from 'luxon'
import { forecastTimedDays, type ForecastDay } from '../../../shared/risk'

/**
 * The forecast's sends (moments in order) as calendar days in the sender's time zone: how many,
 * the first and the last, and each moment on the first `timedDays` days, so the owner can plan
 * sessions ("today until 13:00: 40 messages").
 */
export function forecastDays(
  sends: readonly number[],
  timeZone: string,
  timedDays = forecastTimedDays,
): ForecastDay[] {
  const days: ForecastDay[] = []
  let current: ForecastDay | undefined
  for (const at of sends) {
    const day = DateTime.fromMillis(at, { zone: timeZone }).toISODate() ?? ''
    if (current?.day !== day) {
      current = {
        day,
        sends: 0,
        firstAt: at,
        lastAt: at,
        times: days.length < timedDays ? [] : null,
      }
      days.push(current)
    }
    current.sends += 1
    current.lastAt = at
    current.times?.push(at)
  }
  return days
}

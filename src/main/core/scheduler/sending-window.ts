import { DateTime } from 'luxon'
import type { SendingWindow } from '../../../shared/senders'

/** A local wall-clock time on that day; set, not added, so a daylight-saving shift keeps it. */
const onDay = (day: DateTime, hhmm: string): number => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number)
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis()
}

/** The window's opening and closing on the local day of `day`, as instants. */
function bounds(window: SendingWindow, day: DateTime): { opens: number; closes: number } {
  return { opens: onDay(day, window.start), closes: onDay(day, window.end) }
}

/**
 * Whether `at` is inside the sender's sending window (its days, from start to end, in its time
 * zone), and the moment that changes: when it closes if open, when it next opens if closed.
 * Daylight-saving shifts are luxon's: 10:00 stays 10:00 local.
 */
export function windowAt(
  window: SendingWindow,
  timeZone: string,
  at: number,
): { open: boolean; changesAt: number } {
  const local = DateTime.fromMillis(at, { zone: timeZone })
  const today = bounds(window, local)
  if (window.days.includes(local.weekday) && at >= today.opens && at < today.closes) {
    return { open: true, changesAt: today.closes }
  }
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = local.plus({ days: offset })
    if (!window.days.includes(day.weekday)) continue
    const { opens } = bounds(window, day)
    if (opens > at) return { open: false, changesAt: opens }
  }
  throw new Error('a sending window has at least one day a week')
}

// Whether the sending window reaches into a recipient's night. A shop in Moscow sending 10:00–20:00
// wakes a customer in Vladivostok at 17:00 Moscow time = midnight there; people block and report
// messages that wake them, which is what lowers a number's standing.
import { DateTime, IANAZone } from 'luxon'
import type { SendingWindow } from '../../../shared/senders'

/** A recipient's day, local wall-clock hours: messages outside it arrive at night. */
export const daytime = { from: 9, to: 21 } as const

/** A stretch of time between two instants (ms), end excluded. */
export interface Span {
  from: number
  to: number
}

const atHour = (day: DateTime, hhmm: string): number => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number)
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis()
}

/** The sender's window on the local day (in its zone) that contains `at`, as instants. */
export function windowOnDay(window: SendingWindow, senderZone: string, at: number): Span {
  const day = DateTime.fromMillis(at, { zone: senderZone })
  return { from: atHour(day, window.start), to: atHour(day, window.end) }
}

/** A zone the meter can use: an unknown one counts as the sender's own. */
const usableZone = (zone: string, senderZone: string): string =>
  IANAZone.create(zone).isValid ? zone : senderZone

/** The recipient's daytime on each local day that the span touches. */
function daytimesAround(span: Span, zone: string): Span[] {
  const first = DateTime.fromMillis(span.from, { zone }).startOf('day')
  const last = DateTime.fromMillis(span.to, { zone }).startOf('day')
  const days: Span[] = []
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    days.push({
      from: day.set({ hour: daytime.from }).toMillis(),
      to: day.set({ hour: daytime.to }).toMillis(),
    })
  }
  return days
}

/** Whether any moment of the span falls outside 09:00–21:00 in that zone. */
export function reachesNight(span: Span, zone: string): boolean {
  if (span.to <= span.from) return false
  // The span is under a day and a daytime is half a day: it is daytime only if one daytime holds it.
  return !daytimesAround(span, zone).some((d) => d.from <= span.from && span.to <= d.to)
}

export interface NightShare {
  /** Recipients whose night the window reaches, as a share of all (0 when there are none). */
  share: number
  /** The zone with the most such recipients; null when nobody is affected. */
  largestZone: string | null
}

/**
 * The share of recipients for whom the sender's window, on the day of `startAt` (in the sender's
 * zone), reaches before 09:00 or after 21:00 in their own zone.
 */
export function nightShare(
  window: SendingWindow,
  senderZone: string,
  startAt: number,
  recipientZones: readonly { zone: string; people: number }[],
): NightShare {
  const span = windowOnDay(window, senderZone, startAt)
  const total = recipientZones.reduce((sum, z) => sum + Math.max(0, z.people), 0)
  if (total === 0) return { share: 0, largestZone: null }
  const affectedByZone = new Map<string, number>()
  for (const { zone, people } of recipientZones) {
    const usable = usableZone(zone, senderZone)
    if (people > 0 && reachesNight(span, usable)) {
      affectedByZone.set(usable, (affectedByZone.get(usable) ?? 0) + people)
    }
  }
  let affected = 0
  let largestZone: string | null = null
  for (const [zone, people] of affectedByZone) {
    affected += people
    if (largestZone === null || people > (affectedByZone.get(largestZone) ?? 0)) largestZone = zone
  }
  return { share: affected / total, largestZone }
}

/**
 * The sender's window clipped to the hours that are daytime in `zone`, as "HH:MM" in the
 * sender's zone (the longest part, if the window touches two of that zone's days); null if no
 * hour of the window is daytime there.
 */
export function daytimeClip(
  window: SendingWindow,
  senderZone: string,
  startAt: number,
  zone: string,
): { start: string; end: string } | null {
  const span = windowOnDay(window, senderZone, startAt)
  let best: Span | null = null
  for (const day of daytimesAround(span, usableZone(zone, senderZone))) {
    const clip = { from: Math.max(span.from, day.from), to: Math.min(span.to, day.to) }
    if (clip.to > clip.from && (best === null || clip.to - clip.from > best.to - best.from)) {
      best = clip
    }
  }
  if (best === null) return null
  const hhmm = (ms: number): string =>
    DateTime.fromMillis(ms, { zone: senderZone }).toFormat('HH:mm')
  const clipped = { start: hhmm(best.from), end: hhmm(best.to) }
  // Shorter than a minute rounds to nothing: no window to offer.
  return clipped.start < clipped.end ? clipped : null
}

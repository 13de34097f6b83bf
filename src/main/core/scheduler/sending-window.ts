import { DateTime, IANAZone } from 'luxon'
import type { SendingWindow } from '../../../shared/senders'

const dayMs = 24 * 60 * 60 * 1000

/** The zone's offset from UTC at `at`, in minutes (the zone object caches its formatter). */
const offsetAt = (at: number, zone: string): number => IANAZone.create(zone).offset(at)

/** The wall clock `at` shows in the zone, as if it were UTC milliseconds (for comparing). */
const wallOf = (at: number, zone: string): number => at + offsetAt(at, zone) * 60_000

/**
 * The first instant at which the local clock of `zone` reads `hh:mm` or later on that calendar
 * day. Not luxon's `set`, which moves a time the clock skips (spring forward) on by the jump:
 * 02:10 on a day the clock goes 02:00 → 03:00 is the jump itself (03:00 local), and a window
 * 02:10–02:50 that day has no minute at all. A time the clock shows twice (autumn) is its first
 * occurrence.
 */
export function firstInstantAtOrAfter(
  zone: string,
  day: { year: number; month: number; day: number },
  hhmm: string,
): number {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number)
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute)
  // The instants that show this wall time under the offsets in force the day before and after
  // (a clock change of that day lies between them).
  const offsets = new Set([offsetAt(wall - dayMs, zone), offsetAt(wall + dayMs, zone)])
  const candidates = [...offsets].map((offset) => wall - offset * 60_000).sort((a, b) => a - b)
  const exact = candidates.find((at) => wallOf(at, zone) === wall)
  if (exact !== undefined) return exact
  // Skipped: the clock jumps over it between the candidates. Find the jump, to the millisecond.
  let lo = candidates[0] ?? wall
  let hi = candidates.at(-1) ?? wall
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (wallOf(mid, zone) >= wall) hi = mid
    else lo = mid
  }
  return hi
}

/** The window's opening and closing on the local day of `day`, as instants (equal: none that day). */
function bounds(
  window: SendingWindow,
  zone: string,
  day: DateTime,
): { opens: number; closes: number } {
  const date = { year: day.year, month: day.month, day: day.day }
  const opens = firstInstantAtOrAfter(zone, date, window.start)
  const end = firstInstantAtOrAfter(zone, date, window.end)
  return { opens, closes: Math.min(end, fallBackBelow(zone, opens, end, date, window.start)) }
}

/**
 * When the clock falls back inside the window to before its start (02:00 → 01:30 on Lord Howe
 * Island, 03:00 → 02:00 in Europe, with a window ending at the jump): the window closes then,
 * since the clock no longer reads a time in it (a time shown twice counts once). `end` if not.
 */
function fallBackBelow(
  zone: string,
  opens: number,
  end: number,
  day: { year: number; month: number; day: number },
  start: string,
): number {
  if (end <= opens || offsetAt(end, zone) >= offsetAt(opens, zone)) return end
  let lo = opens
  let hi = end
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (offsetAt(mid, zone) < offsetAt(opens, zone)) hi = mid
    else lo = mid
  }
  const [hour = 0, minute = 0] = start.split(':').map(Number)
  const startWall = Date.UTC(day.year, day.month - 1, day.day, hour, minute)
  return wallOf(hi, zone) < startWall ? hi : end
}

type WindowState =
  { open: true; changesAt: number; openedAt: number } | { open: false; changesAt: number }

/** Each window's last answer and the stretch of time it holds for. */
const lastAnswers = new Map<string, { from: number; to: number; state: WindowState }>()

/**
 * Whether `at` is inside the sender's sending window (its days, from start to end, in its time
 * zone), and the moment that changes: when it closes if open, when it next opens if closed. When
 * open, also when this window opened. Each edge is the first instant the local clock reads that
 * time or later, so 10:00 stays 10:00 local across a daylight-saving change, and an edge in an
 * hour the clock skips falls on the jump itself, never after it.
 *
 * The answer is the same until the moment it names: open from its opening to its closing, closed
 * from `at` to the next opening. The scheduler asks at each decision (a forecast, hundreds of
 * times), so that stretch's answer is kept — only when the zone's clock does not change inside
 * it, where the reasoning is plain; any other instant is worked out afresh.
 */
export function windowAt(window: SendingWindow, timeZone: string, at: number): WindowState {
  const key = `${timeZone} ${window.start} ${window.end} ${window.days.join(',')}`
  const last = lastAnswers.get(key)
  if (last !== undefined && at >= last.from && at < last.to) return { ...last.state }
  const state = windowAtUncached(window, timeZone, at)
  const from = state.open ? state.openedAt : at
  if (from <= at && offsetAt(from, timeZone) === offsetAt(state.changesAt - 1, timeZone)) {
    if (lastAnswers.size >= 64) lastAnswers.clear()
    lastAnswers.set(key, { from, to: state.changesAt, state: { ...state } })
  }
  return state
}

/** {@link windowAt} worked out from the zone's rules each time (what the kept answers must equal). */
export function windowAtUncached(window: SendingWindow, timeZone: string, at: number): WindowState {
  const local = DateTime.fromMillis(at, { zone: timeZone })
  const today = bounds(window, timeZone, local)
  if (window.days.includes(local.weekday) && at >= today.opens && at < today.closes) {
    return { open: true, changesAt: today.closes, openedAt: today.opens }
  }
  // Two weeks and a day: a window of one day a week that lies wholly in the hour a clock change
  // skips does not open that day, and next opens a week later (found by the property test).
  for (let offset = 0; offset <= 15; offset += 1) {
    const day = local.startOf('day').plus({ days: offset })
    if (!window.days.includes(day.weekday)) continue
    const { opens, closes } = bounds(window, timeZone, day)
    if (opens > at && opens < closes) return { open: false, changesAt: opens }
  }
  throw new Error('a sending window has at least one day a week')
}

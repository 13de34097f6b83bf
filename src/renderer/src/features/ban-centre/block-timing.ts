// When a block ends and how long it lasted, in numbers the cards put into words.
import { DateTime } from 'luxon'
import type { BlockRecord } from '../../../../shared/blocks'
import type { Sender } from '../../../../shared/senders'
import { ageInDays } from '../senders/sender-form'

const hourMs = 3_600_000
const minuteMs = 60_000

export interface TimeLeft {
  value: number
  unit: 'hour' | 'minute'
}

/**
 * How long until a moment: whole hours from one hour on ("in 17 hours"), minutes below it (at
 * least one); null once it has passed.
 */
export function timeLeft(until: number, now: number): TimeLeft | null {
  const left = until - now
  if (left <= 0) return null
  if (left >= hourMs) return { value: Math.round(left / hourMs), unit: 'hour' }
  return { value: Math.max(1, Math.ceil(left / minuteMs)), unit: 'minute' }
}

/** "через 17 часов" / "in 17 hours", in the UI's language; null once it has passed. */
export function timeLeftWords(until: number, now: number, locale: string): string | null {
  const left = timeLeft(until, now)
  if (left === null) return null
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(left.value, left.unit)
}

/**
 * The day the warm-up starts over after a temporary block: the day it ends in the sender's time
 * zone, or the core's warm-up day if that is later (the core counts it only once a block is over).
 */
export function warmUpRestartDay(warmUpFrom: string, until: number | null, timeZone: string) {
  if (until === null) return warmUpFrom
  const ends = DateTime.fromMillis(until, { zone: timeZone }).toISODate()
  return ends !== null && ends > warmUpFrom ? ends : warmUpFrom
}

/** "YYYY-MM-DD" as "2 декабря 2026 г." / "December 2, 2026". */
export function dayWords(day: string, locale: string): string {
  const date = DateTime.fromISO(day, { locale })
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : day
}

export interface Lasted {
  unit: 'lessThanHour' | 'hours' | 'days'
  count: number
}

/** How long a past block lasted (or has lasted so far): hours up to two days, then days. */
export function blockLasted(record: Pick<BlockRecord, 'block' | 'endedAt'>, now: number): Lasted {
  const span = (record.endedAt ?? now) - record.block.at
  if (span < hourMs) return { unit: 'lessThanHour', count: 0 }
  const hours = Math.round(span / hourMs)
  if (hours <= 48) return { unit: 'hours', count: hours }
  return { unit: 'days', count: Math.round(span / (24 * hourMs)) }
}

/**
 * A number back from a block whose warm-up has started over and is not done yet: its warm-up day
 * is later than its start, and today is before the warm-up table's last step.
 */
export function warmingAgain(
  sender: Pick<Sender, 'startedOn' | 'warmUpFrom' | 'warmUp'>,
  today: string,
): boolean {
  if (sender.warmUpFrom <= sender.startedOn) return false
  const lastStep = sender.warmUp.at(-1)?.fromDay ?? 0
  return ageInDays(sender.warmUpFrom, today) < lastStep
}

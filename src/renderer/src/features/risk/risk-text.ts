// The meter's numbers in words: a factor's measured value in its unit, a fix as one sentence, a
// refusal's reason, a moment as "tomorrow at 10:00", and what the forecast line says.
import type { MantineColor } from '@mantine/core'
import type { TFunction } from 'i18next'
import { listCapacity } from '../../../../shared/lists'
import type { ListMessageRefusal } from '../../../../shared/phone-lists'
import type {
  Forecast,
  Refusal,
  RiskFactor,
  RiskFactorKey,
  RiskFix,
  RiskLevel,
  RiskUnit,
} from '../../../../shared/risk'

/** How the words are written: the language, and (for tests) the time zone of the clock. */
export interface Wording {
  t: TFunction
  language: string
  /** IANA zone for dates and times; the computer's own when not given. */
  timeZone?: string
}

/** The gauge's colour: low green, medium yellow, high red; blocked a dark red, a stop. */
export const levelColors: Record<RiskLevel, MantineColor> = {
  low: 'teal.6',
  medium: 'yellow.5',
  high: 'red.6',
  blocked: 'red.9',
}

/** The level word's colour: the same hues, dark enough to read on white. */
export const levelTextColors: Record<RiskLevel, MantineColor> = {
  low: 'teal.8',
  medium: 'yellow.9',
  high: 'red.7',
  blocked: 'red.9',
}

/**
 * The unit each factor's text is written for. A factor measured in another unit (the core's
 * choice may change) falls back to the plain "value, from threshold" sentence; null: the sentence
 * names no value at all.
 */
const sentenceUnits: Record<RiskFactorKey, RiskUnit | null> = {
  hour_headroom: 'share',
  new_chat_headroom: 'share',
  active_headroom: 'share',
  tier_headroom: 'share',
  pacing: 'seconds',
  sender_age: 'days',
  list_size: 'count',
  cold_contacts: 'share',
  message_length: 'characters',
  links: 'count',
  link_shortener: 'count',
  shouting: 'count',
  promo_words: 'count',
  no_personalisation: null,
  no_opt_out: null,
  night_sending: 'share',
  opt_out_rate: 'share',
  failure_rate: 'share',
  recent_block: 'days',
  list_message_frequency: 'count',
  pacing_holds: 'count',
}

/** Factors measured as the share of a limit the plan would use. */
const headroomKeys: ReadonlySet<RiskFactorKey> = new Set([
  'hour_headroom',
  'new_chat_headroom',
  'active_headroom',
  'tier_headroom',
])

/** "45 s" below two minutes, "5 min" (or "2.5 min") from there. */
export function durationText(seconds: number, { t }: Wording): string {
  if (seconds < 120) return t('risk.unit.seconds', { count: Math.round(seconds) })
  return t('risk.unit.minutes', { count: Math.round(seconds / 6) / 10 })
}

/** A value as its unit reads: "82%", "1 240 characters", "3 days", "45 s", "34". */
export function formatInUnit(value: number, unit: RiskUnit, wording: Wording): string {
  const { t, language } = wording
  switch (unit) {
    case 'share':
      return (
        new Intl.NumberFormat(language, {
          style: 'percent',
          // A share under 1 % still shows it is there, not as "0 %".
          maximumFractionDigits: value > 0 && value < 0.01 ? 1 : 0,
        })
          .format(value)
          // Russian ICU writes "82 %"; the app writes "82%" everywhere else (progress, uploads).
          .replace(/\s%/u, '%')
      )
    case 'count':
      return new Intl.NumberFormat(language).format(value)
    case 'days':
      return value < 1
        ? t('risk.unit.lessThanDay')
        : t('risk.unit.days', { count: Math.round(value) })
    case 'characters':
      return t('risk.unit.characters', { count: Math.round(value) })
    case 'seconds':
      return durationText(value, wording)
  }
}

/** What was measured for a factor, e.g. "82 % of the people never agreed…", "34 people of 256". */
export function measureText(factor: RiskFactor, wording: Wording): string {
  const { t } = wording
  const expected = sentenceUnits[factor.key]
  const value = formatInUnit(factor.value, factor.unit, wording)
  const threshold = formatInUnit(factor.threshold, factor.unit, wording)
  if (expected !== null && expected !== factor.unit) {
    return t('risk.measure.other', { value, threshold })
  }
  // Far past a limit, "1 280 %" says less than "12.8 times".
  if (headroomKeys.has(factor.key) && factor.value >= 1.5) {
    // "В 5 раз", "в 2 раза", "в 12,8 раза": the word agrees with the number as it reads.
    const times = Math.round(factor.value * 10) / 10
    return t('risk.measure.overLimit', { count: times })
  }
  if (factor.key === 'sender_age') {
    // The first day of the warm-up is day 1 (its age is 0 days).
    return t('risk.measure.sender_age', {
      day: Math.floor(factor.value) + 1,
      total: Math.round(factor.threshold),
    })
  }
  if (factor.key === 'list_size') {
    return t('risk.measure.list_size', {
      value: t('risk.unit.people', { count: factor.value }),
      max: new Intl.NumberFormat(wording.language).format(listCapacity),
    })
  }
  return t(`risk.measure.${factor.key}`, { value, threshold })
}

const dayKey = (at: number, timeZone: string | undefined): number => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000
}

/** "today at 14:30", "tomorrow at 10:00" or "on Thu, 3 Dec at 10:00", counted from `now`. */
export function whenText(at: number, now: number, wording: Wording): string {
  const { t, language, timeZone } = wording
  const time = new Intl.DateTimeFormat(language, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at)
  const days = dayKey(at, timeZone) - dayKey(now, timeZone)
  if (days === 0) return t('risk.when.today', { time })
  if (days === 1) return t('risk.when.tomorrow', { time })
  const day = new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at)
  return t('risk.when.day', { day, time })
}

/**
 * A fix as one concrete sentence; `now` is the moment "today" and "tomorrow" count from. A
 * campaign that sends a Cloud API template gets its opt-out and its name from the template: the
 * text's fixes read as choosing another one.
 */
export function fixText(fix: RiskFix, now: number, wording: Wording, template = false): string {
  const { t } = wording
  switch (fix.kind) {
    case 'add_opt_out':
      return template ? t('risk.fix.template_opt_out') : t('risk.fix.add_opt_out')
    case 'add_name':
      return template ? t('risk.fix.template_name') : t('risk.fix.add_name')
    case 'narrow_to_consent':
      return t('risk.fix.narrow_to_consent', { count: fix.contactIds.length })
    case 'start_at':
      return t('risk.fix.start_at', { when: whenText(fix.at, now, wording) })
    case 'shorten_text':
      return t('risk.fix.shorten_text', { count: fix.characters })
    case 'smaller_list':
      return t('risk.fix.smaller_list', { count: fix.people })
    case 'fewer_people':
      return t('risk.fix.fewer_people', { count: fix.people })
    case 'wider_gaps':
      return t('risk.fix.wider_gaps', {
        min: durationText(fix.minSeconds, wording),
        max: durationText(fix.maxSeconds, wording),
      })
    case 'daytime_window':
      return t('risk.fix.daytime_window', { start: fix.start, end: fix.end })
    case 'wait_warm_up':
      return t('risk.fix.wait_warm_up', { count: fix.days })
    case 'wait_after_block':
      return t('risk.fix.wait_after_block', { when: whenText(fix.until, now, wording) })
    case 'send_after':
      return t('risk.fix.send_after', { when: whenText(fix.at, now, wording) })
    default:
      return t(`risk.fix.${fix.kind}`)
  }
}

/** Why the scheduler will not send, in a sentence. */
export function refusalText(refusal: Refusal, now: number, wording: Wording): string {
  const { t } = wording
  switch (refusal.key) {
    case 'sender_blocked':
      return refusal.value === null
        ? t('risk.refusal.sender_blocked')
        : t('risk.refusal.sender_blocked_until', { when: whenText(refusal.value, now, wording) })
    case 'list_over_maximum':
      return t('risk.refusal.list_over_maximum', {
        people: t('risk.unit.people', { count: refusal.value ?? 0 }),
        limit: refusal.limit ?? listCapacity,
      })
    case 'gap_under_minimum':
      return t('risk.refusal.gap_under_minimum', {
        value: refusal.value ?? 0,
        limit: refusal.limit ?? 0,
      })
  }
}

/** How many names a refusal says before "and N more". */
const namesShown = 5

/** "Анна, Борис, Вера" or "Анна, …, Дина и ещё 12". */
export function namesText(names: readonly string[], { t }: Wording): string {
  const shown = names.slice(0, namesShown).join(', ')
  return names.length <= namesShown
    ? shown
    : t('risk.listMessageRefusal.andMore', { names: shown, n: names.length - namesShown })
}

/** Why a list message may not go, in a sentence or two (the names, the numbers, when it may). */
export function listMessageRefusalText(
  refusal: ListMessageRefusal,
  now: number,
  wording: Wording,
): string {
  const { t } = wording
  const when = refusal.until === undefined ? '' : whenText(refusal.until, now, wording)
  const names = namesText(refusal.names ?? [], wording)
  switch (refusal.key) {
    case 'removals_pending':
      return t('risk.listMessageRefusal.removals_pending', { names })
    case 'no_phone_list':
      return t('risk.listMessageRefusal.no_phone_list')
    case 'list_sent_recently':
      return t('risk.listMessageRefusal.list_sent_recently', { when })
    case 'overlaps_recent':
      return t('risk.listMessageRefusal.overlaps_recent', { names, when })
    case 'active_limit':
    case 'new_chat_limit': {
      const sentence = t(`risk.listMessageRefusal.${refusal.key}`, {
        n: refusal.count ?? 0,
        limit: refusal.limit ?? 0,
      })
      const next =
        refusal.until === undefined
          ? t('risk.listMessageRefusal.smaller')
          : t('risk.listMessageRefusal.until', { when })
      return `${sentence} ${next}`
    }
    case 'sender_blocked':
      return refusal.until === undefined
        ? t('risk.listMessageRefusal.sender_blocked')
        : t('risk.listMessageRefusal.sender_blocked_until', { when })
  }
}

/** What the forecast line says: why nothing goes, too far to tell, or when it finishes. */
export type ForecastView =
  | { kind: 'refused' }
  /** A phone broadcast: everyone at once, when the owner sends it from the phone. */
  | { kind: 'atOnce'; messages: number }
  | { kind: 'nothing' }
  | { kind: 'beyond'; horizonDays: number; messages: number }
  | { kind: 'finishes'; at: number; days: number; messages: number; perDay: Forecast['perDay'] }

export function forecastView(forecast: Forecast): ForecastView {
  if (forecast.refusals.length > 0) return { kind: 'refused' }
  if (forecast.messages === 0) return { kind: 'nothing' }
  if (forecast.atOnce) return { kind: 'atOnce', messages: forecast.messages }
  if (forecast.beyondHorizon || forecast.finishesAt === null) {
    return { kind: 'beyond', horizonDays: forecast.horizonDays, messages: forecast.messages }
  }
  return {
    kind: 'finishes',
    at: forecast.finishesAt,
    days: forecast.days,
    messages: forecast.messages,
    perDay: forecast.perDay,
  }
}

/** A moment as "Thu, 3 Dec, 14:20". */
export function dateTimeText(at: number, { language, timeZone }: Wording): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at)
}

/** A forecast's "YYYY-MM-DD" (a calendar day in the sender's zone) as "Thu, 3 Dec". */
export function dayText(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return day
  const at = Date.UTC(y, m - 1, d)
  if (Number.isNaN(at)) return day
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at)
}

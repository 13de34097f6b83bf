// What an assisted campaign asks of the owner, in words: how many presses of Send over how long,
// the sessions day by day, and how many messages go out "if I sit here until 13:00".
import type { TFunction } from 'i18next'
import type { Forecast, ForecastDay } from '../../../../shared/risk'
import { dayText } from '../risk/risk-text'

/** How the plan is written: the language, the sender's time zone, and the moment it is read. */
export interface PlanWording {
  t: TFunction
  language: string
  /** The sender's zone: its days and times are the ones the scheduler keeps. */
  timeZone: string
  now: number
}

const minuteMs = 60 * 1000
const hourMs = 60 * minuteMs

/** A time of day as the language writes it: "13:00", "1:00 PM". */
export function timeText(at: number, { language, timeZone }: PlanWording): string {
  // "09:00" on a 24-hour clock, "9:00 AM" on a 12-hour one.
  const hour = language.startsWith('en') ? 'numeric' : '2-digit'
  return new Intl.DateTimeFormat(language, { timeZone, hour, minute: '2-digit' }).format(at)
}

/** "HH:MM" of the sending window (no day, no zone) as the language writes it. */
export function clockText(hhmm: string, wording: PlanWording): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return timeText(Date.UTC(2000, 0, 1, h, m), { ...wording, timeZone: 'UTC' })
}

/** A day of the plan: "Сегодня", "Завтра", or "Ср, 3 дек.". */
export function dayLabel(day: string, wording: PlanWording): string {
  const { t, language, timeZone, now } = wording
  const today = isoDay(now, timeZone)
  if (day === today) return t('assistedPlan.today')
  if (day === isoDay(now + 24 * hourMs, timeZone)) return t('assistedPlan.tomorrow')
  const text = dayText(day, language)
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
}

/** A span of the owner's time: "7 часов", "40 минут", "меньше минуты". */
export function durationText(ms: number, { t }: PlanWording): string {
  if (ms < minuteMs) return t('assistedPlan.lessThanMinute')
  if (ms < 50 * minuteMs) {
    const minutes = Math.round(ms / minuteMs)
    return t('assistedPlan.minutes', { count: minutes < 10 ? minutes : roundTo(minutes, 5) })
  }
  return t('assistedPlan.hours', { count: Math.max(1, Math.round(ms / hourMs)) })
}

/** Hours a day over several days: "2–5 часов", "5 часов", "до 3 часов", "меньше часа". */
export function hoursPerDayText(days: readonly ForecastDay[], wording: PlanWording): string {
  const { t } = wording
  const hours = days.map((d) => Math.round((d.lastAt - d.firstAt) / hourMs))
  const low = Math.min(...hours)
  const high = Math.max(...hours)
  if (high < 1) return t('assistedPlan.lessThanHour')
  if (low < 1) return t('assistedPlan.upToHours', { count: high })
  if (low === high) return t('assistedPlan.hours', { count: high })
  return t('assistedPlan.hoursRange', { from: low, count: high })
}

/**
 * The one sentence: "193 сообщения: вы нажмёте «Отправить» 193 раза, на это уйдёт примерно
 * 7 часов…", or over several days with the hours a day. Null when nothing would go out.
 */
export function planSentence(
  forecast: Forecast,
  window: { start: string; end: string },
  wording: PlanWording,
): string | null {
  const { t } = wording
  if (forecast.refusals.length > 0 || forecast.messages === 0) return null
  const shared = {
    // Each message is one press of Send: the counts are one and the same.
    messages: t('assistedPlan.messages', { count: forecast.messages }),
    presses: t('assistedPlan.presses', { count: forecast.messages }),
    start: clockText(window.start, wording),
    end: clockText(window.end, wording),
  }
  if (forecast.beyondHorizon || forecast.finishesAt === null) {
    return t('assistedPlan.beyond', {
      ...shared,
      days: t('assistedPlan.days', { count: forecast.horizonDays }),
    })
  }
  const [only] = forecast.perDay
  if (forecast.perDay.length === 1 && only !== undefined) {
    return t('assistedPlan.oneDay', {
      ...shared,
      duration: durationText(only.lastAt - only.firstAt, wording),
    })
  }
  return t('assistedPlan.manyDays', {
    ...shared,
    days: t('assistedPlan.days', { count: forecast.days }),
    perDay: hoursPerDayText(forecast.perDay, wording),
  })
}

export interface SessionRow {
  day: string
  label: string
  /** "10:30–17:40". */
  hours: string
  sends: number
}

/** The sessions day by day, the first `shown` of them, and what the rest add up to. */
export function sessionRows(
  forecast: Forecast,
  wording: PlanWording,
  shown = 7,
): { rows: SessionRow[]; more: { days: number; messages: number } | null } {
  const rows = forecast.perDay.slice(0, shown).map((d) => ({
    day: d.day,
    label: dayLabel(d.day, wording),
    hours: `${timeText(d.firstAt, wording)}–${timeText(d.lastAt, wording)}`,
    sends: d.sends,
  }))
  const rest = forecast.perDay.slice(shown)
  const more =
    rest.length === 0
      ? null
      : { days: rest.length, messages: rest.reduce((n, d) => n + d.sends, 0) }
  return { rows, more }
}

/**
 * Messages the day's session sends before "HH:MM" in the sender's zone ("until 13:00": the one
 * due at 13:00 waits for the next session); null when the day's moments are not listed.
 */
export function sentBefore(day: ForecastDay, until: string, timeZone: string): number | null {
  if (day.times === null) return null
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return day.times.filter((at) => local.format(at) < until).length
}

/**
 * "Сегодня до 13:00 — 40 сообщений. Потом рассылка подождёт вас…": what a session until
 * `until` ("HH:MM") on the plan's day `dayIndex` gets done, the days before it done in full.
 * Null while no time is entered.
 */
export function untilAnswer(
  forecast: Forecast,
  dayIndex: number,
  until: string,
  wording: PlanWording,
): string | null {
  const { t } = wording
  const day = forecast.perDay[dayIndex]
  if (!/^\d{2}:\d{2}$/.test(until) || day === undefined) return null
  const sent = sentBefore(day, until, wording.timeZone)
  if (sent === null) return t('assistedPlan.untilUnknown')
  const words = {
    day: dayLabel(day.day, wording),
    time: clockText(until, wording),
  }
  if (sent === 0) {
    return t('assistedPlan.untilNone', { ...words, first: timeText(day.firstAt, wording) })
  }
  const before = forecast.perDay.slice(0, dayIndex).reduce((n, d) => n + d.sends, 0)
  const rest = forecast.messages - before - sent
  const messages = t('assistedPlan.messages', { count: sent })
  if (rest === 0) return t('assistedPlan.untilEverything', { ...words, messages })
  if (sent === day.sends) return t('assistedPlan.untilWholeDay', { ...words, messages })
  return t('assistedPlan.untilSome', {
    ...words,
    messages,
    rest: t('assistedPlan.messages', { count: rest }),
  })
}

function isoDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at)
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Forecast, ForecastDay } from '../../../../shared/risk'
import { testI18n } from '../../i18n/test-i18n'
import {
  durationText,
  planSentence,
  sentBefore,
  sessionRows,
  untilAnswer,
  type PlanWording,
} from './assisted-plan-text'

const i18n = testI18n()
const zone = 'Europe/Moscow'
const minute = 60_000
const hour = 60 * minute
/** Tuesday 1 December 2026, 10:30 in Moscow (07:30 UTC). */
const now = Date.UTC(2026, 11, 1, 7, 30)
/** A moment of a day of the plan, "HH:MM" Moscow time (UTC+3). */
const at = (dayOffset: number, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return Date.UTC(2026, 11, 1 + dayOffset, h - 3, m)
}
const wording = (language: 'ru' | 'en'): PlanWording => ({
  t: i18n.getFixedT(language),
  language,
  timeZone: zone,
  now,
})
/** Intl writes "1 240" with no-break spaces and "1:00 PM" with a narrow one: compared as plain. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ')
const window = { start: '10:00', end: '20:00' }

/** A day of `sends` messages evenly from `from` to `to`. */
function day(dayOffset: number, sends: number, from: string, to: string): ForecastDay {
  const first = at(dayOffset, from)
  const last = at(dayOffset, to)
  const times = Array.from({ length: sends }, (_, i) =>
    sends === 1 ? first : Math.round(first + ((last - first) * i) / (sends - 1)),
  )
  const iso = new Date(Date.UTC(2026, 11, 1 + dayOffset)).toISOString().slice(0, 10)
  return { day: iso, sends, firstAt: first, lastAt: last, times }
}

function forecastOf(days: ForecastDay[], patch: Partial<Forecast> = {}): Forecast {
  const messages = days.reduce((n, d) => n + d.sends, 0)
  return {
    messages,
    firstAt: days[0]?.firstAt ?? null,
    finishesAt: days.at(-1)?.lastAt ?? null,
    days: days.length,
    perDay: days,
    horizonDays: 60,
    beyondHorizon: false,
    refusals: [],
    atOnce: false,
    ...patch,
  }
}

describe('the plan’s sentence: presses of Send and the owner’s hours', () => {
  it('says the issue’s example in Russian: 193 presses, about 7 hours', () => {
    const forecast = forecastOf([day(0, 193, '10:30', '17:40')])
    expect(plain(planSentence(forecast, window, wording('ru')))).toBe(
      '193 сообщения: вы нажмёте «Отправить» 193 раза, на это уйдёт примерно 7 часов (Рупор пишет с 10:00 до 20:00).',
    )
    expect(plain(planSentence(forecast, window, wording('en')))).toBe(
      '193 messages: you will press Send 193 times, taking about 7 hours (Rupor writes from 10:00 AM to 8:00 PM).',
    )
  })

  it.each([
    [1, '1 сообщение: вы нажмёте «Отправить» 1 раз', '1 message: you will press Send 1 time'],
    [2, '2 сообщения: вы нажмёте «Отправить» 2 раза', '2 messages: you will press Send 2 times'],
    [5, '5 сообщений: вы нажмёте «Отправить» 5 раз', '5 messages: you will press Send 5 times'],
    [
      21,
      '21 сообщение: вы нажмёте «Отправить» 21 раз',
      '21 messages: you will press Send 21 times',
    ],
  ])('agrees with %i in both languages', (count, ru, en) => {
    const forecast = forecastOf([day(0, count, '11:00', '11:00')])
    expect(plain(planSentence(forecast, window, wording('ru')))).toContain(ru)
    expect(plain(planSentence(forecast, window, wording('en')))).toContain(en)
  })

  it.each([
    [1, '1 час', '1 hour'],
    [2, '2 часа', '2 hours'],
    [5, '5 часов', '5 hours'],
    [21, '21 час', '21 hours'],
  ])('says %i hours with the word that agrees', (hours, ru, en) => {
    expect(durationText(hours * hour, wording('ru'))).toBe(ru)
    expect(durationText(hours * hour, wording('en'))).toBe(en)
  })

  it('says a short session in minutes, and one message as less than a minute', () => {
    expect(durationText(21 * minute, wording('ru'))).toBe('20 минут')
    expect(durationText(2 * minute, wording('ru'))).toBe('2 минуты')
    expect(durationText(1 * minute, wording('en'))).toBe('1 minute')
    expect(durationText(0, wording('ru'))).toBe('меньше минуты')
  })

  it('spreads over days with the hours a day', () => {
    const forecast = forecastOf([
      day(0, 60, '10:30', '15:30'),
      day(1, 70, '10:00', '12:00'),
      day(2, 63, '10:00', '14:00'),
    ])
    expect(plain(planSentence(forecast, window, wording('ru')))).toBe(
      '193 сообщения: вы нажмёте «Отправить» 193 раза за 3 дня, 2–5 часов в день (Рупор пишет с 10:00 до 20:00).',
    )
    expect(plain(planSentence(forecast, window, wording('en')))).toBe(
      '193 messages: you will press Send 193 times over 3 days, 2–5 hours a day (Rupor writes from 10:00 AM to 8:00 PM).',
    )
    const short = forecastOf([day(0, 20, '10:30', '11:30'), day(1, 1, '10:00', '10:00')])
    expect(plain(planSentence(short, window, wording('ru')))).toContain(
      'за 2 дня, до 1 часа в день',
    )
  })

  it('says when the number cannot send them all within the horizon, and nothing when refused', () => {
    const beyond = forecastOf([day(0, 20, '10:30', '15:00')], {
      messages: 900,
      finishesAt: null,
      beyondHorizon: true,
    })
    expect(plain(planSentence(beyond, window, wording('ru')))).toBe(
      '900 сообщений: вы нажмёте «Отправить» 900 раз, но за 60 дней номер не успеет отправить всё. Возьмите список поменьше.',
    )
    const refused = forecastOf([], {
      messages: 0,
      refusals: [{ key: 'sender_blocked', value: null, limit: null }],
    })
    expect(planSentence(refused, window, wording('ru'))).toBeNull()
  })
})

describe('the sessions day by day', () => {
  it('names today and tomorrow, then the date, with the hours of each session', () => {
    const forecast = forecastOf([
      day(0, 40, '10:30', '13:00'),
      day(1, 50, '10:00', '15:10'),
      day(2, 10, '10:00', '11:00'),
    ])
    const { rows, more } = sessionRows(forecast, wording('ru'))
    expect(rows.map((r) => [r.label, plain(r.hours), r.sends])).toEqual([
      ['Сегодня', '10:30–13:00', 40],
      ['Завтра', '10:00–15:10', 50],
      ['Чт, 3 дек.', '10:00–11:00', 10],
    ])
    expect(more).toBeNull()
    expect(sessionRows(forecast, wording('en')).rows.map((r) => r.label)).toEqual([
      'Today',
      'Tomorrow',
      'Thu, Dec 3',
    ])
  })

  it('adds up the days past the first ones shown', () => {
    const days = Array.from({ length: 9 }, (_, i) => day(i, 20, '10:00', '12:00'))
    expect(sessionRows(forecastOf(days), wording('ru'), 7).more).toEqual({ days: 2, messages: 40 })
  })
})

describe('"I will be at the computer until…"', () => {
  const forecast = forecastOf([day(0, 120, '10:30', '17:40'), day(1, 73, '10:00', '14:00')])

  it('counts the messages before that time; the one due at it waits', () => {
    const today = forecast.perDay[0]
    if (!today) throw new Error('no day')
    expect(sentBefore(today, '10:30', zone)).toBe(0)
    expect(sentBefore(today, '10:31', zone)).toBe(1)
    expect(sentBefore(today, '23:59', zone)).toBe(120)
  })

  it('answers "today until 13:00 — N messages" and what happens after', () => {
    // 120 evenly from 10:30 to 17:40: one every 3.6 minutes, 42 of them before 13:00.
    expect(sentBefore(forecast.perDay[0] ?? day(0, 0, '10:00', '10:00'), '13:00', zone)).toBe(42)
    expect(plain(untilAnswer(forecast, 0, '13:00', wording('ru')))).toBe(
      'Сегодня до 13:00 — 42 сообщения. Потом рассылка подождёт вас: остальные 151 сообщение — когда вернётесь к компьютеру. Можно и поставить её на паузу.',
    )
    expect(plain(untilAnswer(forecast, 0, '13:00', wording('en')))).toBe(
      'Today until 1:00 PM: 42 messages. Then the campaign waits for you: the other 151 messages when you are back at the computer. You can also pause it.',
    )
    // The next day's session counts from its own start, the first day done in full.
    expect(plain(untilAnswer(forecast, 1, '12:00', wording('ru')))).toMatch(
      /^Завтра до 12:00 — 36 сообщений\. Потом рассылка подождёт вас: остальные 37 сообщений/,
    )
  })

  it('says so before the first message, for the whole day, and for the whole campaign', () => {
    expect(plain(untilAnswer(forecast, 0, '09:00', wording('ru')))).toBe(
      'Сегодня до 09:00 сообщений не будет: первое — в 10:30.',
    )
    expect(plain(untilAnswer(forecast, 0, '20:00', wording('ru')))).toBe(
      'Сегодня до 20:00 — 120 сообщений, всё, что запланировано на этот день.',
    )
    expect(plain(untilAnswer(forecast, 1, '20:00', wording('ru')))).toBe(
      'Завтра до 20:00 вы успеете всё: 73 сообщения.',
    )
    expect(untilAnswer(forecast, 0, '', wording('ru'))).toBeNull()
  })

  it('does not guess past the days whose moments are listed', () => {
    const far = forecastOf([{ ...day(0, 5, '10:00', '11:00'), times: null }])
    expect(untilAnswer(far, 0, '10:30', wording('ru'))).toContain('Так далеко вперёд')
  })

  it('never counts more than the day has, and counts more the later the time', () => {
    const today = forecast.perDay[0]
    if (!today) throw new Error('no day')
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(hhmm, hhmm, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        const x = sentBefore(today, early, zone) ?? -1
        const y = sentBefore(today, late, zone) ?? -1
        expect(0 <= x && x <= y && y <= today.sends).toBe(true)
      }),
    )
  })
})

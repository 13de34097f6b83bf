import { describe, expect, it } from 'vitest'
import type { ListMessageRefusal } from '../../../../shared/phone-lists'
import type { Forecast, RiskFactor, RiskFix } from '../../../../shared/risk'
import { testI18n } from '../../i18n/test-i18n'
import {
  dayText,
  fixText,
  forecastView,
  formatInUnit,
  listMessageRefusalText,
  measureText,
  refusalText,
  whenText,
  type Wording,
} from './risk-text'

const i18n = testI18n()
const wording = (language: 'ru' | 'en'): Wording => ({
  t: i18n.getFixedT(language),
  language,
  timeZone: 'Europe/Moscow',
})
/** Intl and the texts write "1 240" and "45 с" with no-break spaces: compared as plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ')

/** Tuesday 1 December 2026, 10:30 in Moscow. */
const now = Date.UTC(2026, 11, 1, 7, 30)
const hour = 3_600_000

const factor = (patch: Partial<RiskFactor>): RiskFactor => ({
  key: 'cold_contacts',
  points: 15,
  weight: 20,
  share: 0.3,
  value: 0.82,
  threshold: 0,
  unit: 'share',
  fix: null,
  ...patch,
})

describe('a value in its unit', () => {
  it('writes shares as percent, counts, days, characters and durations in the language', () => {
    const ru = wording('ru')
    expect(formatInUnit(0.82, 'share', ru)).toBe('82%')
    expect(formatInUnit(0.004, 'share', ru)).toBe('0,4%')
    expect(plain(formatInUnit(1240, 'count', ru))).toBe('1 240')
    expect(plain(formatInUnit(1240, 'characters', ru))).toBe('1 240 символов')
    expect(formatInUnit(2, 'days', ru)).toBe('2 дня')
    expect(formatInUnit(0.4, 'days', ru)).toBe('меньше суток')
    expect(plain(formatInUnit(45, 'seconds', ru))).toBe('45 с')
    expect(plain(formatInUnit(300, 'seconds', ru))).toBe('5 мин')

    const en = wording('en')
    expect(formatInUnit(0.82, 'share', en)).toBe('82%')
    expect(formatInUnit(1240, 'characters', en)).toBe('1,240 characters')
    expect(formatInUnit(1, 'days', en)).toBe('1 day')
    expect(formatInUnit(150, 'seconds', en)).toBe('2.5 min')
  })
})

describe('what a factor measured', () => {
  it('says it in the factor’s own words', () => {
    const ru = wording('ru')
    expect(plain(measureText(factor({}), ru))).toBe(
      '82% получателей не давали согласия и ни разу вам не писали',
    )
    expect(
      plain(measureText(factor({ key: 'list_size', unit: 'count', value: 34, threshold: 50 }), ru)),
    ).toBe('34 человека из 256')
    expect(
      plain(
        measureText(
          factor({ key: 'message_length', unit: 'characters', value: 1240, threshold: 300 }),
          ru,
        ),
      ),
    ).toBe('1 240 символов')
    expect(
      measureText(factor({ key: 'sender_age', unit: 'days', value: 1, threshold: 14 }), ru),
    ).toBe('Разогрев номера: день 2 из 14')
    expect(
      measureText(
        factor({ key: 'sender_age', unit: 'days', value: 1, threshold: 14 }),
        wording('en'),
      ),
    ).toBe('Warm-up of the number: day 2 of 14')
    expect(
      measureText(factor({ key: 'no_opt_out', unit: 'count', value: 0, threshold: 1 }), ru),
    ).toBe('В сообщении не сказано, как отписаться')
  })

  it('says how many times over a limit, the word agreeing with the number', () => {
    const over = (value: number, language: 'ru' | 'en' = 'ru') =>
      measureText(factor({ key: 'new_chat_headroom', value, threshold: 0.5 }), wording(language))
    expect(over(12.8)).toBe('В 12,8 раза больше, чем позволяет лимит')
    expect(over(2)).toBe('В 2 раза больше, чем позволяет лимит')
    expect(over(4.96)).toBe('В 5 раз больше, чем позволяет лимит')
    expect(over(21)).toBe('В 21 раз больше, чем позволяет лимит')
    expect(over(1.5, 'en')).toBe('1.5 times what the limit allows')
  })

  it('falls back to "value, from threshold" when the unit is not the one its sentence expects', () => {
    expect(
      measureText(
        factor({ key: 'links', unit: 'share', value: 0.5, threshold: 0.25 }),
        wording('en'),
      ),
    ).toBe('50%; the risk grows from 25%')
  })
})

describe('a moment counted from now', () => {
  it('is today, tomorrow, or a day with its date', () => {
    const ru = wording('ru')
    expect(whenText(now + 3 * hour, now, ru)).toBe('сегодня в 13:30')
    // 10:00 in Moscow the next morning.
    expect(whenText(Date.UTC(2026, 11, 2, 7, 0), now, ru)).toBe('завтра в 10:00')
    expect(plain(whenText(Date.UTC(2026, 11, 3, 7, 0), now, ru))).toMatch(/^чт, 3 дек\.? в 10:00$/)
    expect(whenText(Date.UTC(2026, 11, 2, 7, 0), now, wording('en'))).toBe('tomorrow at 10:00 AM')
  })
})

describe('a fix as one sentence', () => {
  const ru = wording('ru')
  const say = (fix: RiskFix, language: 'ru' | 'en' = 'ru') =>
    plain(fixText(fix, now, language === 'ru' ? ru : wording(language)))

  it('words the four a click applies', () => {
    expect(say({ kind: 'add_opt_out' })).toBe('Добавить строку об отписке')
    expect(say({ kind: 'add_name' })).toBe('Обращаться к каждому по имени')
    // A template brings its own way out and its own words: choosing another one is the fix.
    expect(fixText({ kind: 'add_opt_out' }, now, ru, true)).toBe(
      'Выбрать шаблон с кнопкой или строкой для отказа от рассылки',
    )
    expect(fixText({ kind: 'add_name' }, now, wording('en'), true)).toBe(
      'Choose a template that takes the customer’s name',
    )
    expect(say({ kind: 'narrow_to_consent', contactIds: [1, 2, 3] })).toBe(
      'Оставить только тех, кто дал согласие или уже переписывался с вами (3 человека)',
    )
    expect(say({ kind: 'start_at', at: Date.UTC(2026, 11, 2, 7, 0) })).toBe('Начать завтра в 10:00')
    expect(say({ kind: 'start_at', at: Date.UTC(2026, 11, 2, 7, 0) }, 'en')).toBe(
      'Start tomorrow at 10:00 AM',
    )
  })

  it('puts the numbers, durations, hours and dates of the advice in', () => {
    expect(say({ kind: 'shorten_text', characters: 300 })).toBe('Сократить текст до 300 символов')
    // Each list of a campaign is one broadcast list: the advice speaks of a list.
    expect(say({ kind: 'smaller_list', people: 50 })).toBe('Не больше 50 человек в одном списке')
    expect(say({ kind: 'smaller_list', people: 21 }, 'en')).toBe('At most 21 people in one list')
    expect(say({ kind: 'wider_gaps', minSeconds: 45, maxSeconds: 300 })).toBe(
      'В настройках номера сделать паузы от 45 с до 5 мин',
    )
    expect(say({ kind: 'daytime_window', start: '10:00', end: '19:00' })).toBe(
      'Отправлять только днём: с 10:00 до 19:00',
    )
    expect(say({ kind: 'wait_warm_up', days: 12 })).toBe(
      'Не торопиться: номеру осталось 12 дней разогрева',
    )
    expect(say({ kind: 'wait_warm_up', days: 1 }, 'en')).toBe(
      'Take it slowly: the number has 1 day of warm-up left',
    )
    expect(say({ kind: 'wait_after_block', until: now + 2 * hour })).toBe(
      'Номер только что вышел из блокировки: лучше начать не раньше, чем сегодня в 12:30',
    )
  })

  it('has words for every kind, in both languages', () => {
    const kinds: RiskFix[] = [
      { kind: 'full_links' },
      { kind: 'fewer_links' },
      { kind: 'calm_text' },
      { kind: 'plain_words' },
      { kind: 'clean_numbers' },
      { kind: 'ask_consent' },
    ]
    for (const fix of kinds) {
      for (const language of ['ru', 'en'] as const) {
        expect(say(fix, language)).not.toContain('risk.fix')
      }
    }
  })
})

describe('a refusal', () => {
  it('says why, with the measured value and the limit', () => {
    const ru = wording('ru')
    expect(refusalText({ key: 'list_over_maximum', value: 300, limit: 256 }, now, ru)).toBe(
      'В списке 300 человек, а в рассылку WhatsApp можно взять не больше 256. Разделите список на части.',
    )
    expect(refusalText({ key: 'list_over_maximum', value: 302, limit: 256 }, now, ru)).toContain(
      'В списке 302 человека,',
    )
    expect(
      plain(refusalText({ key: 'gap_under_minimum', value: 10, limit: 30 }, now, ru)),
    ).toContain('10 с, а нужно не меньше 30 с')
    expect(refusalText({ key: 'sender_blocked', value: null, limit: null }, now, ru)).toContain(
      'WhatsApp заблокировал этот номер',
    )
    expect(
      refusalText({ key: 'sender_blocked', value: now + 24 * hour, limit: null }, now, ru),
    ).toContain('блокировка закончится завтра в 10:30')
  })
})

describe('the forecast line', () => {
  const forecast = (patch: Partial<Forecast>): Forecast => ({
    messages: 256,
    firstAt: now,
    finishesAt: now + 50 * hour,
    days: 3,
    perDay: [
      { day: '2026-12-01', sends: 100, firstAt: now, lastAt: now, times: null },
      { day: '2026-12-02', sends: 100, firstAt: now, lastAt: now, times: null },
      { day: '2026-12-03', sends: 56, firstAt: now, lastAt: now, times: null },
    ],
    horizonDays: 60,
    beyondHorizon: false,
    refusals: [],
    atOnce: false,
    ...patch,
  })

  it('says a phone broadcast goes all at once, when the owner sends it', () => {
    expect(forecastView(forecast({ atOnce: true, messages: 30, finishesAt: null }))).toEqual({
      kind: 'atOnce',
      messages: 30,
    })
  })

  it('finishes at a moment, over days, with the messages of each day', () => {
    expect(forecastView(forecast({}))).toMatchObject({
      kind: 'finishes',
      at: now + 50 * hour,
      days: 3,
      messages: 256,
    })
  })

  it('says why nothing finishes: refused, nothing to send, or past the horizon', () => {
    expect(
      forecastView(
        forecast({ messages: 0, refusals: [{ key: 'sender_blocked', value: null, limit: null }] }),
      ),
    ).toEqual({ kind: 'refused' })
    expect(forecastView(forecast({ messages: 0, finishesAt: null }))).toEqual({ kind: 'nothing' })
    expect(forecastView(forecast({ beyondHorizon: true, finishesAt: null }))).toEqual({
      kind: 'beyond',
      horizonDays: 60,
      messages: 256,
    })
  })

  it('names a forecast day by its weekday and date, whatever the computer’s zone', () => {
    expect(plain(dayText('2026-12-03', 'ru'))).toMatch(/^чт, 3 дек\.?$/)
    expect(dayText('2026-12-03', 'en')).toBe('Thu, Dec 3')
    expect(dayText('not a day', 'en')).toBe('not a day')
  })
})

describe('a phone broadcast in words', () => {
  const say = (language: 'ru' | 'en', refusal: ListMessageRefusal, at: number) =>
    plain(listMessageRefusalText(refusal, at, wording(language)))
  const tomorrow = Date.UTC(2026, 11, 2, 7, 0)

  it('advises less often and “send no earlier than”, never “start”', () => {
    const ru = wording('ru')
    expect(fixText({ kind: 'less_often', days: 7 }, now, ru)).toBe('Реже: не чаще раза в неделю')
    expect(plain(fixText({ kind: 'send_after', at: tomorrow }, now, ru))).toBe(
      'Отправить с телефона не раньше, чем завтра в 10:00',
    )
    expect(fixText({ kind: 'less_often', days: 7 }, now, wording('en'))).toBe(
      'Less often: at most once a week',
    )
    expect(
      measureText(
        factor({ key: 'list_message_frequency', value: 3, threshold: 2, unit: 'count' }),
        ru,
      ),
    ).toBe('Рассылок с телефона этим людям за 7 дней: 3')
  })

  it('names the people to remove and those a list message already reached, five at most', () => {
    const names = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дина', 'Егор', 'Жанна']
    expect(say('ru', { key: 'removals_pending', names: names.slice(0, 2) }, now)).toBe(
      'Сначала удалите из рассылки на телефоне: Анна, Борис.',
    )
    expect(say('ru', { key: 'overlaps_recent', names, until: tomorrow }, now)).toBe(
      'За последние сутки другая рассылка уже дошла до: Анна, Борис, Вера, Глеб, Дина и ещё 2. ' +
        'Одному человеку — не больше одной рассылки в сутки; эту можно завтра в 10:00.',
    )
    expect(say('en', { key: 'list_sent_recently', until: tomorrow }, now)).toBe(
      'This list already had a list message within the last 24 hours: at most one a day per list. ' +
        'The next one can go tomorrow at 10:00 AM.',
    )
  })

  it('gives a limit’s numbers, and when it frees up or that the list must be smaller', () => {
    expect(say('ru', { key: 'new_chat_limit', count: 25, limit: 20 }, now)).toBe(
      'С этой рассылкой за сутки будет 25 новых чатов, а номеру сейчас можно не больше 20 в сутки ' +
        '(с учётом прогрева). Разделите список или уберите из него тех, кто ещё не переписывался с вами.',
    )
    expect(say('en', { key: 'active_limit', count: 1050, limit: 1000, until: tomorrow }, now)).toBe(
      'With this list message the day would hold 1,050 active chats, and the limit is 1,000. ' +
        'It can go tomorrow at 10:00 AM.',
    )
  })
})

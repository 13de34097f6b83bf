import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  refusalKeys,
  riskBoundaries,
  riskFactorKeys,
  type RiskFactorKey,
  type RiskFix,
} from '../../../shared/risk'
import { assessRisk, sumOfPoints } from './assess-risk'
import { listMessageRefusalKeys } from '../../../shared/phone-lists'
import { pacedOnlyFactors, riskRules } from './risk-factors'
import type { RiskInput } from './risk-input'
import {
  baseInput,
  campaignOf,
  day,
  hour,
  minute,
  personal,
  sends,
  wednesdayNoon,
} from './risk-input.fixture'

const at = wednesdayNoon
const moscowAt = (iso: string): number =>
  DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis()

interface FactorCase {
  key: RiskFactorKey
  name: string
  change: (input: RiskInput) => void
  /** 0: the factor is not in the assessment. */
  points: number
  value?: number
  threshold?: number
  /** undefined: not checked. */
  fix?: RiskFix | null
  /** Other factors the same change moves (a shortened link is a link too). */
  alsoMoves?: RiskFactorKey[]
}

const setText = (body: string) => (input: RiskInput) => {
  campaignOf(input).messages = personal(body)
}

const factorCases: FactorCase[] = [
  // hour_headroom: messages in the last hour / 50, from 0.5 to 1.
  {
    key: 'hour_headroom',
    name: 'none: 10 in the last hour, 50 more before it',
    change: (i) => {
      i.history.recent = [
        ...sends(50, at - 3 * hour, minute),
        ...sends(10, at - 30 * minute, minute),
      ]
    },
    points: 0,
  },
  {
    key: 'hour_headroom',
    name: 'threshold: 25 of 50',
    change: (i) => {
      i.history.recent = sends(25, at - 50 * minute, minute)
    },
    points: 0,
  },
  {
    key: 'hour_headroom',
    name: 'middle: 40 of 50',
    change: (i) => {
      i.history.recent = sends(40, at - 50 * minute, minute)
    },
    points: 3,
    value: 0.8,
    threshold: 0.5,
    fix: null,
  },
  {
    key: 'hour_headroom',
    name: 'full: 50 of 50, start when the oldest leaves the hour, plus a minute',
    change: (i) => {
      i.history.recent = sends(50, at - 55 * minute, minute)
    },
    points: 5,
    value: 1,
    fix: { kind: 'start_at', at: at + 5 * minute + minute },
  },
  // new_chat_headroom: (today's new chats + the campaign's) / today's allowance.
  {
    key: 'new_chat_headroom',
    name: 'none: 5 of 20',
    change: (i) => {
      i.sender.newChatsAllowed = 20
      campaignOf(i).newChats = 5
    },
    points: 0,
  },
  {
    key: 'new_chat_headroom',
    name: 'threshold: 10 of 20',
    change: (i) => {
      i.sender.newChatsAllowed = 20
      campaignOf(i).newChats = 10
    },
    points: 0,
  },
  {
    key: 'new_chat_headroom',
    name: 'middle: 15 of 20',
    change: (i) => {
      i.sender.newChatsAllowed = 20
      campaignOf(i).newChats = 15
    },
    points: 7.5,
    value: 0.75,
    threshold: 0.5,
    // Half of the allowance: the list that adds no points here.
    fix: { kind: 'smaller_list', people: 10 },
  },
  {
    key: 'new_chat_headroom',
    name: 'full: nothing used today, a list of today’s allowance',
    change: (i) => {
      i.sender.newChatsAllowed = 20
      campaignOf(i).newChats = 30
    },
    points: 15,
    value: 1.5,
    fix: { kind: 'smaller_list', people: 10 },
  },
  {
    key: 'new_chat_headroom',
    name: 'full: 10 used today + 10, start when tomorrow’s window opens',
    change: (i) => {
      i.sender.newChatsAllowed = 20
      i.history.recent = sends(10, at - 2 * hour, 5 * minute, { newChat: true })
      campaignOf(i).newChats = 10
    },
    points: 15,
    value: 1,
    fix: { kind: 'start_at', at: moscowAt('2026-03-12T10:00') },
  },
  {
    key: 'new_chat_headroom',
    name: 'full on a Saturday: the next window opens on Monday',
    change: (i) => {
      i.at = moscowAt('2026-03-14T15:00')
      i.sender.newChatsAllowed = 20
      i.history.recent = sends(20, i.at - 3 * hour, 5 * minute, { newChat: true })
    },
    points: 15,
    fix: { kind: 'start_at', at: moscowAt('2026-03-16T10:00') },
  },
  {
    key: 'new_chat_headroom',
    name: 'an allowance of 0 with new chats to start is over it',
    change: (i) => {
      i.sender.newChatsAllowed = 0
      campaignOf(i).newChats = 3
    },
    points: 15,
    value: 4,
    fix: null,
  },
  {
    key: 'new_chat_headroom',
    name: 'an allowance of 0 with no new chats to start is fine',
    change: (i) => {
      i.sender.newChatsAllowed = 0
    },
    points: 0,
  },
  // active_headroom: distinct people today + recipients, against 100 here.
  {
    key: 'active_headroom',
    name: 'none: 10 of 100',
    change: (i) => {
      i.sender.limits.activeChats = 100
    },
    points: 0,
  },
  {
    key: 'active_headroom',
    name: 'threshold: 20 today (one of them twice) + 30',
    change: (i) => {
      i.sender.limits.activeChats = 100
      i.history.recent = [...sends(20, at - 5 * hour, minute), ...sends(1, at - hour, minute)]
      campaignOf(i).recipients = 30
    },
    points: 0,
  },
  {
    key: 'active_headroom',
    name: 'middle: 30 today + 45',
    change: (i) => {
      i.sender.limits.activeChats = 100
      i.history.recent = sends(30, at - 5 * hour, minute)
      campaignOf(i).recipients = 45
    },
    points: 2.5,
    value: 0.75,
    fix: { kind: 'smaller_list', people: 20 },
  },
  {
    key: 'active_headroom',
    name: 'full: 60 today + 40, start when all 40 fit under half',
    change: (i) => {
      i.sender.limits.activeChats = 100
      i.history.recent = sends(60, at - 5 * hour, minute)
      campaignOf(i).recipients = 40
    },
    points: 5,
    value: 1,
    // 50 of the 60 must leave the 24 hours: the 50th went at 07:49 yesterday.
    fix: { kind: 'start_at', at: at + 19 * hour + 50 * minute },
  },
  {
    key: 'active_headroom',
    name: 'no room left: start when the oldest person leaves the 24 hours',
    change: (i) => {
      i.sender.limits.activeChats = 100
      i.history.recent = sends(100, at - 20 * hour, minute)
    },
    points: 5,
    // The plan fits under half once 60 of the 100 have left the 24 hours.
    fix: { kind: 'start_at', at: at - 20 * hour + day + 60 * minute },
  },
  // tier_headroom: only with a Cloud API tier.
  {
    key: 'tier_headroom',
    name: 'none: no tier, however many people',
    change: (i) => {
      i.history.recent = sends(400, at - 10 * hour, minute)
    },
    points: 0,
  },
  {
    key: 'tier_headroom',
    name: 'threshold: 115 today + 10 of 250',
    change: (i) => {
      i.sender.tierPerDay = 250
      i.history.recent = sends(115, at - 10 * hour, minute)
    },
    points: 0,
  },
  {
    key: 'tier_headroom',
    name: 'middle: 100 today + 100 of 250',
    change: (i) => {
      i.sender.tierPerDay = 250
      i.history.recent = sends(100, at - 10 * hour, minute)
      campaignOf(i).recipients = 100
    },
    points: 6,
    value: 0.8,
    fix: { kind: 'smaller_list', people: 25 },
  },
  {
    key: 'tier_headroom',
    name: 'full: 150 today + 100 of 250',
    change: (i) => {
      i.sender.tierPerDay = 250
      i.history.recent = sends(150, at - 10 * hour, minute)
      campaignOf(i).recipients = 100
    },
    points: 10,
    value: 1,
    fix: { kind: 'start_at', at: at + 16 * hour + 5 * minute },
  },
  // pacing: points when max − min gap is under 120 s.
  {
    key: 'pacing',
    name: 'none: 30–300 s',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'pacing',
    name: 'threshold: 30–150 s',
    change: (i) => {
      i.sender.limits.gapMaxSeconds = 150
    },
    points: 0,
  },
  {
    key: 'pacing',
    name: 'middle: 30–90 s',
    change: (i) => {
      i.sender.limits.gapMaxSeconds = 90
    },
    points: 4,
    value: 60,
    threshold: 120,
    fix: { kind: 'wider_gaps', minSeconds: 45, maxSeconds: 300 },
  },
  {
    key: 'pacing',
    name: 'full: always 60 s, a metronome',
    change: (i) => {
      i.sender.limits.gapMinSeconds = 60
      i.sender.limits.gapMaxSeconds = 60
    },
    points: 8,
    value: 0,
    fix: { kind: 'wider_gaps', minSeconds: 60, maxSeconds: 300 },
  },
  // sender_age: points below the end of the warm-up.
  {
    key: 'sender_age',
    name: 'none: a year old',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'sender_age',
    name: 'threshold: 14 days, the warm-up is over',
    change: (i) => {
      i.sender.ageDays = 14
    },
    points: 0,
  },
  {
    key: 'sender_age',
    name: 'middle: 7 days',
    change: (i) => {
      i.sender.ageDays = 7
    },
    points: 7.5,
    value: 7,
    threshold: 14,
    fix: { kind: 'wait_warm_up', days: 7 },
  },
  {
    key: 'sender_age',
    name: 'full: the first day',
    change: (i) => {
      i.sender.ageDays = 0
    },
    points: 15,
    fix: { kind: 'wait_warm_up', days: 14 },
  },
  // list_size: from 50 to 256.
  {
    key: 'list_size',
    name: 'none: 10 people',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'list_size',
    name: 'threshold: 50 people',
    change: (i) => {
      campaignOf(i).listSize = 50
    },
    points: 0,
  },
  {
    key: 'list_size',
    name: 'middle: 153 people',
    change: (i) => {
      campaignOf(i).listSize = 153
    },
    points: 5,
    value: 153,
    threshold: 50,
    fix: { kind: 'smaller_list', people: 50 },
  },
  {
    key: 'list_size',
    name: 'full: 256 people',
    change: (i) => {
      campaignOf(i).listSize = 256
    },
    points: 10,
  },
  // cold_contacts: weight × the cold share.
  {
    key: 'cold_contacts',
    name: 'none (and the threshold): nobody cold',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'cold_contacts',
    name: 'middle: 5 of 10 cold, a list of the 5 warm ones',
    change: (i) => {
      const c = campaignOf(i)
      c.cold = 5
      c.warmContactIds = [1, 2, 3, 4, 5]
    },
    points: 10,
    value: 0.5,
    threshold: 0,
    fix: { kind: 'narrow_to_consent', contactIds: [1, 2, 3, 4, 5] },
  },
  {
    key: 'cold_contacts',
    name: 'full: all cold, nobody to narrow to',
    change: (i) => {
      const c = campaignOf(i)
      c.cold = 10
      c.warmContactIds = []
    },
    points: 20,
    fix: { kind: 'ask_consent' },
  },
  {
    key: 'cold_contacts',
    name: 'one warm person is no list: ask for consent',
    change: (i) => {
      const c = campaignOf(i)
      c.cold = 9
      c.warmContactIds = [7]
    },
    points: 18,
    fix: { kind: 'ask_consent' },
  },
  {
    key: 'cold_contacts',
    name: 'nobody left to message',
    change: (i) => {
      const c = campaignOf(i)
      c.recipients = 0
      c.cold = 0
    },
    points: 0,
  },
  // message_length: the longest text, from 300 to 1000 characters.
  {
    key: 'message_length',
    name: 'none: a short text',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'message_length',
    name: 'threshold: 300 characters',
    change: (i) => {
      campaignOf(i).messages = ['а'.repeat(300), 'б'.repeat(300)]
    },
    points: 0,
  },
  {
    key: 'message_length',
    name: 'middle: 650 emoji are 650 characters, not 1300 UTF-16 units',
    change: (i) => {
      campaignOf(i).messages = ['🌷'.repeat(650), 'а'.repeat(10)]
    },
    points: 2.5,
    value: 650,
    threshold: 300,
    fix: { kind: 'shorten_text', characters: 300 },
  },
  {
    key: 'message_length',
    name: 'full: 5000 characters',
    change: (i) => {
      campaignOf(i).messages = ['x'.repeat(5000), 'y'.repeat(5000)]
    },
    points: 5,
  },
  // links: one link 2 points, two or more 4.
  {
    key: 'links',
    name: 'none',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'links',
    name: 'threshold: one link',
    change: setText('каталог: https://flowers.example/catalog'),
    points: 2,
    value: 1,
    threshold: 1,
    // One link already: the advice that lowers the score is none in the first message.
    fix: { kind: 'no_link' },
  },
  {
    key: 'links',
    name: 'full: two links',
    change: setText('каталог https://flowers.example/catalog и www.flowers.example/sale'),
    points: 4,
    value: 2,
  },
  {
    key: 'links',
    name: 'full: three links',
    change: setText('https://a.example https://b.example http://c.example'),
    points: 4,
    value: 3,
  },
  // link_shortener: any → full.
  {
    key: 'link_shortener',
    name: 'none: a full link',
    change: setText('каталог: https://flowers.example/catalog'),
    points: 0,
  },
  {
    key: 'link_shortener',
    name: 'full: bit.ly',
    change: setText('каталог: https://bit.ly/3abcXYZ'),
    points: 8,
    value: 1,
    threshold: 1,
    fix: { kind: 'full_links' },
    alsoMoves: ['links'],
  },
  {
    key: 'link_shortener',
    name: 'full: clck.ru without a scheme',
    change: setText('каталог: clck.ru/34abc'),
    points: 8,
    alsoMoves: ['links'],
  },
  // shouting: exclamation marks + words in capitals, from 3 to 6.
  {
    key: 'shouting',
    name: 'none: one exclamation mark',
    change: setText('ваш заказ готов!'),
    points: 0,
  },
  {
    key: 'shouting',
    name: 'threshold: 3',
    change: setText('ваш заказ готов!!!'),
    points: 0,
  },
  {
    key: 'shouting',
    name: 'middle: СРОЧНО + ГОТОВ + 3 marks',
    change: setText('СРОЧНО: ваш заказ ГОТОВ!!!'),
    points: 3.3,
    value: 5,
    threshold: 3,
    fix: { kind: 'calm_text' },
  },
  {
    key: 'shouting',
    name: 'full: ВНИМАНИЕ ВСЕМ ДРУЗЬЯМ!!!!',
    change: setText('ВНИМАНИЕ ВСЕМ ДРУЗЬЯМ!!!!'),
    points: 5,
    value: 7,
  },
  {
    key: 'shouting',
    name: 'a name in capitals in one text is not the shop shouting',
    change: (i) => {
      campaignOf(i).messages = ['ВАЛЕНТИНА ПЕТРОВНА ИВАНОВА, заказ готов!', 'Анна, заказ готов!']
    },
    points: 0,
  },
  // promo_words: distinct words, a third of the weight each.
  {
    key: 'promo_words',
    name: 'none: news for a regular',
    change: setText('мы получили свежие пионы, которые вы спрашивали.'),
    points: 0,
  },
  {
    key: 'promo_words',
    name: 'threshold: one word (Скидки)',
    change: setText('Скидки на пионы до пятницы.'),
    points: 2,
    value: 1,
    threshold: 1,
    fix: { kind: 'plain_words' },
  },
  {
    key: 'promo_words',
    name: 'middle: АКЦИЯ and дёшево',
    change: setText('АКЦИЯ: пионы дёшево.'),
    points: 4,
    value: 2,
  },
  {
    key: 'promo_words',
    name: 'full: купите, распродажа, только сегодня, sale',
    change: setText('Купите сейчас: распродажа, только сегодня! Sale'),
    points: 6,
    value: 4,
  },
  // no_personalisation: the same text for everyone.
  {
    key: 'no_personalisation',
    name: 'none: names differ',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'no_personalisation',
    name: 'full: identical texts',
    change: (i) => {
      campaignOf(i).messages = ['Заказы принимаем до 19:00.', 'Заказы принимаем до 19:00.']
    },
    points: 8,
    value: 1,
    threshold: 1,
    fix: { kind: 'add_name' },
  },
  {
    key: 'no_personalisation',
    name: 'one text alone says nothing',
    change: (i) => {
      campaignOf(i).messages = ['Заказы принимаем до 19:00.']
    },
    points: 0,
  },
  // no_opt_out
  {
    key: 'no_opt_out',
    name: 'none: an opt-out line',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'no_opt_out',
    name: 'full: no way to stop',
    change: (i) => {
      campaignOf(i).hasOptOut = false
    },
    points: 10,
    value: 0,
    threshold: 1,
    fix: { kind: 'add_opt_out' },
  },
  // night_sending: share of recipients whose night the window reaches.
  {
    key: 'night_sending',
    name: 'none: Moscow, 10:00–20:00',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'night_sending',
    name: 'middle: half in Vladivostok (17:00–03:00 there), clipped to 10:00–14:00 Moscow',
    change: (i) => {
      campaignOf(i).recipientZones = [
        { zone: 'Europe/Moscow', people: 5 },
        { zone: 'Asia/Vladivostok', people: 5 },
      ]
    },
    points: 4,
    value: 0.5,
    threshold: 0,
    fix: { kind: 'daytime_window', start: '10:00', end: '14:00' },
  },
  {
    key: 'night_sending',
    name: 'full: a window from 07:00 wakes everyone, clipped to 09:00',
    change: (i) => {
      i.sender.window.start = '07:00'
    },
    points: 8,
    value: 1,
    fix: { kind: 'daytime_window', start: '09:00', end: '20:00' },
  },
  {
    key: 'night_sending',
    name: 'full, no daytime hour in the window: no window to offer',
    change: (i) => {
      i.sender.window = { start: '18:00', end: '20:00', days: [1, 2, 3, 4, 5, 6] }
      campaignOf(i).recipientZones = [{ zone: 'Asia/Vladivostok', people: 10 }]
    },
    points: 8,
    fix: null,
  },
  {
    key: 'night_sending',
    name: 'the start day counts: Berlin at 08:00 in winter…',
    change: (i) => {
      campaignOf(i).startAt = moscowAt('2026-01-14T10:00')
      campaignOf(i).recipientZones = [{ zone: 'Europe/Berlin', people: 10 }]
    },
    points: 8,
  },
  {
    key: 'night_sending',
    name: '…but at 09:00 in summer',
    change: (i) => {
      campaignOf(i).startAt = moscowAt('2026-07-15T10:00')
      campaignOf(i).recipientZones = [{ zone: 'Europe/Berlin', people: 10 }]
    },
    points: 0,
  },
  // opt_out_rate: from 1 % to 5 % of at least 20 messages.
  {
    key: 'opt_out_rate',
    name: 'none: under 20 messages, however many opt-outs',
    change: (i) => {
      i.history.sent30d = 10
      i.history.optedOut30d = 5
    },
    points: 0,
  },
  {
    key: 'opt_out_rate',
    name: 'threshold: 1 of 100',
    change: (i) => {
      i.history.sent30d = 100
      i.history.optedOut30d = 1
    },
    points: 0,
  },
  {
    key: 'opt_out_rate',
    name: 'middle: 3 of 100',
    change: (i) => {
      i.history.sent30d = 100
      i.history.optedOut30d = 3
    },
    points: 5,
    value: 0.03,
    threshold: 0.01,
    fix: { kind: 'ask_consent' },
  },
  {
    key: 'opt_out_rate',
    name: 'full: 5 of 100',
    change: (i) => {
      i.history.sent30d = 100
      i.history.optedOut30d = 5
    },
    points: 10,
  },
  // failure_rate: from 5 % to 20 % of at least 20 tries.
  {
    key: 'failure_rate',
    name: 'none: under 20 tries',
    change: (i) => {
      i.history.sent30d = 10
      i.history.failed30d = 9
    },
    points: 0,
  },
  {
    key: 'failure_rate',
    name: 'threshold: 5 of 100',
    change: (i) => {
      i.history.sent30d = 95
      i.history.failed30d = 5
    },
    points: 0,
  },
  {
    key: 'failure_rate',
    name: 'middle: 125 of 1000',
    change: (i) => {
      i.history.sent30d = 875
      i.history.failed30d = 125
    },
    points: 4,
    value: 0.125,
    threshold: 0.05,
    fix: { kind: 'clean_numbers' },
  },
  {
    key: 'failure_rate',
    name: 'full: 20 of 100',
    change: (i) => {
      i.history.sent30d = 80
      i.history.failed30d = 20
    },
    points: 8,
  },
  // list_message_frequency: a phone broadcast only; 2 list messages in 7 days half, more full.
  {
    key: 'list_message_frequency',
    name: 'none: a paced campaign, whatever its people got from the phone',
    change: (i) => {
      campaignOf(i).listMessages7d = 5
    },
    points: 0,
  },
  {
    key: 'list_message_frequency',
    name: 'none: one list message this week',
    change: (i) => {
      campaignOf(i).way = 'phone_broadcast'
      campaignOf(i).listMessages7d = 1
    },
    points: 0,
  },
  {
    key: 'list_message_frequency',
    name: 'middle: two this week',
    change: (i) => {
      campaignOf(i).way = 'phone_broadcast'
      campaignOf(i).listMessages7d = 2
    },
    points: 15,
    value: 2,
    threshold: 2,
    fix: { kind: 'less_often', days: 7 },
  },
  {
    key: 'list_message_frequency',
    name: 'full: more than two this week, medium on its own',
    change: (i) => {
      campaignOf(i).way = 'phone_broadcast'
      campaignOf(i).listMessages7d = 3
    },
    points: 30,
    value: 3,
    fix: { kind: 'less_often', days: 7 },
  },
  // recent_block: from 20 points right after, to 0 at 30 days.
  {
    key: 'recent_block',
    name: 'none: never blocked',
    change: () => undefined,
    points: 0,
  },
  {
    key: 'recent_block',
    name: 'threshold: ended 30 days ago',
    change: (i) => {
      i.history.lastBlockEndedAt = at - 30 * day
    },
    points: 0,
  },
  {
    key: 'recent_block',
    name: 'middle: ended 15 days ago',
    change: (i) => {
      i.history.lastBlockEndedAt = at - 15 * day
    },
    points: 10,
    value: 15,
    threshold: 30,
    fix: { kind: 'wait_after_block', until: at + 15 * day },
  },
  {
    key: 'recent_block',
    name: 'full: ended just now',
    change: (i) => {
      i.history.lastBlockEndedAt = at
    },
    points: 20,
    value: 0,
    fix: { kind: 'wait_after_block', until: at + 30 * day },
  },
  // pacing_holds (Cloud API): one held or dropped message in 7 days 8 points, five or more 20.
  {
    key: 'pacing_holds',
    name: 'none: an assisted number has no Meta pacing',
    change: (i) => {
      i.history.pacingHolds7d = 3
    },
    points: 0,
  },
  {
    key: 'pacing_holds',
    name: 'threshold: one held message',
    change: (i) => {
      i.sender.channel = 'cloud_api'
      i.history.pacingHolds7d = 1
    },
    points: 8,
    value: 1,
    threshold: 1,
    fix: { kind: 'ask_consent' },
  },
  {
    key: 'pacing_holds',
    name: 'full: five held or dropped',
    change: (i) => {
      i.sender.channel = 'cloud_api'
      i.history.pacingHolds7d = 5
    },
    points: 20,
    value: 5,
    fix: { kind: 'ask_consent' },
  },
]

function assessWith(change: (input: RiskInput) => void) {
  const input = baseInput()
  change(input)
  return assessRisk(input)
}

describe('assessRisk', () => {
  it('gives the base input no points at all', () => {
    expect(assessRisk(baseInput())).toEqual({
      level: 'low',
      score: 0,
      refusals: [],
      factors: [],
      at: wednesdayNoon,
      way: 'paced',
      listMessageRefusals: [],
      reach: null,
    })
  })

  it('has a rule for every factor key, once', () => {
    expect(riskRules.map((r) => r.key).sort()).toEqual([...riskFactorKeys].sort())
  })

  it('has a test case with points for every factor', () => {
    const covered = new Set(factorCases.filter((c) => c.points > 0).map((c) => c.key))
    expect([...riskFactorKeys].filter((k) => !covered.has(k))).toEqual([])
  })

  it.each(factorCases)('$key — $name', (c) => {
    const { key, change, points, value, threshold, fix, alsoMoves = [] } = c
    const assessment = assessWith(change)
    const factor = assessment.factors.find((f) => f.key === key)
    if (points === 0) {
      expect(factor).toBeUndefined()
      return
    }
    expect(factor?.points).toBe(points)
    if (value !== undefined) expect(factor?.value).toBeCloseTo(value, 9)
    if (threshold !== undefined) expect(factor?.threshold).toBe(threshold)
    if (fix !== undefined) expect(factor?.fix).toEqual(fix)
    // One change moves one factor (or the few it must).
    expect(assessment.factors.map((f) => f.key).sort()).toEqual([key, ...alsoMoves].sort())
    if (alsoMoves.length === 0) expect(factor?.share).toBe(1)
  })
})

describe('score and level', () => {
  /** No opt-out (10) and `cold` of 20 recipients cold (1 point each), plus `more`. */
  const scored = (cold: number, more: (input: RiskInput) => void = () => undefined) =>
    assessWith((i) => {
      const c = campaignOf(i)
      c.hasOptOut = false
      c.recipients = 20
      c.listSize = 20
      c.cold = cold
      more(i)
    })
  /** Sender age 0 (15), identical texts (8), three promo words (6) and one link (2): 31. */
  const heavy = (i: RiskInput) => {
    i.sender.ageDays = 0
    const text = 'Скидка, акция, распродажа: https://flowers.example'
    campaignOf(i).messages = [text, text]
  }

  it.each([
    { name: '29 is low', cold: 19, more: undefined, score: 29, level: 'low' },
    { name: '30 is medium', cold: 20, more: undefined, score: 30, level: 'medium' },
    { name: '59 is medium', cold: 18, more: heavy, score: 59, level: 'medium' },
    { name: '60 is high', cold: 19, more: heavy, score: 60, level: 'high' },
  ] as const)('$name', ({ cold, more, score, level }) => {
    const assessment = scored(cold, more)
    expect(assessment.score).toBe(score)
    expect(assessment.level).toBe(level)
  })

  it.each([
    { characters: 356, sum: 29.4, score: 29, level: 'low' },
    { characters: 370, sum: 29.5, score: 30, level: 'medium' },
  ] as const)(
    'rounds the sum of points before the level: $sum → $score, $level',
    ({ characters, sum, score, level }) => {
      const assessment = scored(19, (i) => {
        campaignOf(i).messages = ['x'.repeat(characters), 'y'.repeat(characters)]
      })
      expect(assessment.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(sum, 9)
      expect(assessment.score).toBe(score)
      expect(assessment.level).toBe(level)
    },
  )

  it('keeps the boundaries the contract names', () => {
    expect(riskBoundaries).toEqual({ medium: 30, high: 60 })
  })

  it('caps the score at 100', () => {
    const assessment = scored(20, (i) => {
      heavy(i)
      i.sender.limits.gapMaxSeconds = 30
      i.history.lastBlockEndedAt = i.at
      i.history.sent30d = 80
      i.history.failed30d = 20
      i.history.optedOut30d = 10
    })
    expect(assessment.factors.reduce((s, f) => s + f.points, 0)).toBeGreaterThan(100)
    expect(assessment.score).toBe(100)
  })

  it('lists factors largest first with shares of the score', () => {
    const { factors } = scored(10, heavy)
    expect(factors.map((f) => [f.key, f.points])).toEqual([
      ['sender_age', 15],
      ['cold_contacts', 10],
      ['no_opt_out', 10],
      ['no_personalisation', 8],
      ['promo_words', 6],
      ['links', 2],
    ])
    expect(factors[0]?.share).toBeCloseTo(15 / 51, 9)
  })

  it('is blocked whenever the scheduler would refuse, and still has its score', () => {
    const refusals = [
      { key: 'list_over_maximum', value: 300, limit: 256 },
      { key: 'gap_under_minimum', value: 10, limit: 30 },
    ] as const
    const assessment = assessWith((i) => {
      i.refusals = refusals.map((r) => ({ ...r }))
      campaignOf(i).hasOptOut = false
    })
    expect(assessment.level).toBe('blocked')
    expect(assessment.score).toBe(10)
    expect(assessment.refusals).toEqual(refusals)
  })

  it('is blocked with a score of 0 too', () => {
    const assessment = assessWith((i) => {
      i.refusals = [{ key: 'sender_blocked', value: null, limit: null }]
    })
    expect(assessment).toMatchObject({ level: 'blocked', score: 0, factors: [] })
  })
})

describe('a number on its own (no campaign)', () => {
  const senderKeys: RiskFactorKey[] = [
    'hour_headroom',
    'new_chat_headroom',
    'active_headroom',
    'tier_headroom',
    'pacing',
    'sender_age',
    'opt_out_rate',
    'failure_rate',
    'recent_block',
  ]

  it('weighs only the sender’s factors, with no campaign load', () => {
    const assessment = assessWith((i) => {
      i.campaign = null
      i.sender.ageDays = 0
      i.sender.limits.gapMaxSeconds = 30
      i.sender.newChatsAllowed = 20
      i.sender.tierPerDay = 60
      i.history.recent = sends(50, at - 55 * minute, minute, { newChat: true })
      i.history.sent30d = 100
      i.history.optedOut30d = 10
      i.history.failed30d = 50
      i.history.lastBlockEndedAt = at - day
    })
    expect(assessment.factors.map((f) => f.key).sort()).toEqual(
      senderKeys.filter((k) => k !== 'active_headroom').sort(),
    )
    const tier = assessment.factors.find((f) => f.key === 'tier_headroom')
    expect(tier?.value).toBe(50 / 60)
  })

  it('offers no smaller list when there is no list', () => {
    const assessment = assessWith((i) => {
      i.campaign = null
      i.sender.limits.activeChats = 100
      i.history.recent = sends(80, at - 5 * hour, minute)
    })
    expect(assessment.factors).toEqual([
      expect.objectContaining({ key: 'active_headroom', fix: null }),
    ])
  })

  it('is low for an old quiet number', () => {
    const assessment = assessWith((i) => {
      i.campaign = null
    })
    expect(assessment).toMatchObject({ level: 'low', score: 0 })
  })
})

describe('properties', () => {
  const zones = [
    'Europe/Moscow',
    'Asia/Vladivostok',
    'Europe/Berlin',
    'America/New_York',
    'Bad/Zone',
  ]
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
  const window = fc
    .tuple(
      hhmm,
      hhmm,
      fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b, days]) => (a < b ? { start: a, end: b, days } : { start: b, end: a, days }))
  const gaps = fc
    .tuple(fc.integer({ min: 30, max: 300 }), fc.integer({ min: 30, max: 300 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
  const start = Date.UTC(2026, 0, 1)
  const text = fc.oneof(
    fc.string({ maxLength: 400, unit: 'grapheme' }),
    fc.constantFrom(
      'СКИДКА!!! https://bit.ly/x',
      'Скидки, акция, распродажа, sale, free',
      '🌷'.repeat(1200),
      'Анна, ваш заказ готов.',
    ),
  )
  const campaign = fc
    .record({
      listSize: fc.integer({ min: 0, max: 400 }),
      lists: fc.integer({ min: 1, max: 5 }),
      recipients: fc.integer({ min: 0, max: 300 }),
      newChats: fc.integer({ min: 0, max: 300 }),
      cold: fc.integer({ min: 0, max: 300 }),
      warmContactIds: fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 5 }),
      messages: fc.array(text, { maxLength: 5 }),
      hasOptOut: fc.boolean(),
      started: fc.boolean(),
      startAt: fc.option(fc.integer({ min: start, max: start + 365 * day })),
      recipientZones: fc.array(
        fc.record({ zone: fc.constantFrom(...zones), people: fc.integer({ min: 0, max: 100 }) }),
        { maxLength: 4 },
      ),
      way: fc.constantFrom('paced' as const, 'phone_broadcast' as const),
      notSaved: fc.integer({ min: 0, max: 300 }),
      notOnPhone: fc.integer({ min: 0, max: 300 }),
      listMessages7d: fc.integer({ min: 0, max: 6 }),
    })
    // As the facts are: the new chats are among the recipients and the cold among the new chats;
    // one list holds them all.
    .map((c) => {
      const newChats = Math.min(c.newChats, c.recipients)
      return {
        ...c,
        newChats,
        cold: Math.min(c.cold, newChats),
        listSize: c.lists === 1 ? Math.max(c.listSize, c.recipients) : c.listSize,
      }
    })
  const input: fc.Arbitrary<RiskInput> = fc
    .record({
      at: fc.integer({ min: start, max: start + 365 * day }),
      zone: fc.constantFrom(...zones.filter((z) => z !== 'Bad/Zone')),
      window,
      gaps,
      perHour: fc.integer({ min: 1, max: 50 }),
      activeChats: fc.integer({ min: 1, max: 1000 }),
      ageDays: fc.integer({ min: 0, max: 60 }),
      warmUpEndsDay: fc.integer({ min: 0, max: 30 }),
      newChatsAllowed: fc.integer({ min: 0, max: 250 }),
      tierPerDay: fc.option(fc.integer({ min: 0, max: 1000 })),
      recentCount: fc.integer({ min: 0, max: 120 }),
      people: fc.integer({ min: 1, max: 400 }),
      sent30d: fc.integer({ min: 0, max: 500 }),
      optedOut30d: fc.integer({ min: 0, max: 50 }),
      failed30d: fc.integer({ min: 0, max: 200 }),
      blockDaysAgo: fc.option(fc.double({ min: 0, max: 60, noNaN: true })),
      refusals: fc.array(
        fc.record({
          key: fc.constantFrom(...refusalKeys),
          value: fc.option(fc.integer()),
          limit: fc.option(fc.integer()),
        }),
        { maxLength: 2 },
      ),
      listMessageRefusals: fc.array(
        fc.record({ key: fc.constantFrom(...listMessageRefusalKeys) }),
        { maxLength: 2 },
      ),
      campaign: fc.option(campaign),
    })
    .map((r) => ({
      at: r.at,
      sender: {
        channel: 'assisted' as const,
        timeZone: r.zone,
        window: r.window,
        limits: {
          gapMinSeconds: r.gaps[0],
          gapMaxSeconds: r.gaps[1],
          perHour: r.perHour,
          newChatsPerDay: 250,
          activeChats: r.activeChats,
        },
        ageDays: r.ageDays,
        warmUpEndsDay: r.warmUpEndsDay,
        newChatsAllowed: r.newChatsAllowed,
        tierPerDay: r.tierPerDay,
      },
      history: {
        recent: Array.from({ length: r.recentCount }, (_, i) => ({
          at: r.at - ((i * 7919) % day),
          e164: `+7916${String(1_000_000 + (i % r.people))}`,
          newChat: i % 3 === 0,
        })),
        sent30d: r.sent30d,
        optedOut30d: r.optedOut30d,
        failed30d: r.failed30d,
        lastBlockEndedAt: r.blockDaysAgo === null ? null : r.at - r.blockDaysAgo * day,
        pacingHolds7d: 0,
      },
      refusals: r.refusals,
      // Only a phone broadcast has list-message refusals.
      listMessageRefusals: r.campaign?.way === 'phone_broadcast' ? r.listMessageRefusals : [],
      campaign: r.campaign,
    }))

  it('keeps the score in 0–100, shares summing to 1, factors sorted and within their weight', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = assessRisk(i)
        expect(a.score).toBeGreaterThanOrEqual(0)
        expect(a.score).toBeLessThanOrEqual(100)
        expect(Number.isInteger(a.score)).toBe(true)
        if (a.factors.length > 0) {
          expect(Math.abs(a.factors.reduce((s, f) => s + f.share, 0) - 1)).toBeLessThan(1e-9)
        }
        a.factors.forEach((f, n) => {
          expect(f.points).toBeGreaterThan(0)
          expect(f.points).toBeLessThanOrEqual(f.weight)
          expect(Number.isFinite(f.value)).toBe(true)
          if (n > 0) expect(f.points).toBeLessThanOrEqual(a.factors[n - 1]?.points ?? Infinity)
        })
        const expected =
          i.refusals.length > 0 || i.listMessageRefusals.length > 0
            ? 'blocked'
            : a.score < riskBoundaries.medium
              ? 'low'
              : a.score < riskBoundaries.high
                ? 'medium'
                : 'high'
        expect(a.level).toBe(expected)
        expect(a.refusals).toEqual(i.refusals)
        expect(a.score).toBe(Math.min(100, Math.round(sumOfPoints(a.factors))))
      }),
      { numRuns: 300 },
    )
  }, 30_000)

  it('never advises two sizes of one kind, and a size it advises lowers the score', () => {
    fc.assert(
      fc.property(input, (i) => {
        const assessment = assessRisk(i)
        for (const kind of ['smaller_list', 'fewer_people'] as const) {
          const sizes = assessment.factors.flatMap((f) =>
            f.fix?.kind === kind ? [f.fix.people] : [],
          )
          expect(sizes.length).toBeLessThanOrEqual(1)
          const [people] = sizes
          if (people === undefined || i.campaign === null) continue
          // One list: the list is the campaign, so its size is said once, as the list's.
          if (i.campaign.lists === 1) expect(kind).toBe('smaller_list')
          // The owner follows it: each list of at most that many; with one list (or fewer people
          // in the campaign) also fewer recipients and new chats.
          const smaller = structuredClone(i)
          if (!smaller.campaign) continue
          const c = smaller.campaign
          c.listSize = Math.min(c.listSize, people)
          if (kind === 'fewer_people' || c.lists === 1) {
            // The cold stay as large a share as they were (never larger, by rounding down).
            const scale = c.recipients > 0 ? Math.min(1, people / c.recipients) : 1
            c.recipients = Math.min(c.recipients, people)
            c.newChats = Math.min(c.newChats, people)
            c.cold = Math.floor(c.cold * scale)
          }
          expect(people).toBeLessThan(Math.max(i.campaign.listSize, i.campaign.recipients))
          expect(assessRisk(smaller).score).toBeLessThanOrEqual(assessment.score)
          expect(sumOfPoints(assessRisk(smaller).factors)).toBeLessThan(
            sumOfPoints(assessment.factors),
          )
        }
      }),
    )
  })

  it('with several lists, tells a list’s size and the campaign’s day apart, in their own words', () => {
    const i = baseInput()
    const c = campaignOf(i)
    c.lists = 3
    c.listSize = 200
    c.recipients = 600
    c.newChats = 600
    i.sender.newChatsAllowed = 250
    const fixes = assessRisk(i).factors.flatMap((f) => (f.fix === null ? [] : [f.fix]))
    expect(fixes).toContainEqual({ kind: 'smaller_list', people: 50 })
    expect(fixes).toContainEqual({ kind: 'fewer_people', people: 125 })
    // The same campaign as one list (were it allowed) says one size.
    c.lists = 1
    const single = assessRisk(i).factors.flatMap((f) => (f.fix === null ? [] : [f.fix]))
    expect(single.filter((f) => f.kind === 'fewer_people')).toEqual([])
    expect(single.filter((f) => f.kind === 'smaller_list')).toEqual([
      { kind: 'smaller_list', people: 50 },
    ])
  })

  it('weighs only sender factors without a campaign, and the same input gives the same answer', () => {
    const campaignOnly = new Set(riskRules.filter((r) => r.scope === 'campaign').map((r) => r.key))
    fc.assert(
      fc.property(input, (i) => {
        const a = assessRisk({ ...i, campaign: null })
        expect(a.factors.filter((f) => campaignOnly.has(f.key))).toEqual([])
        expect(assessRisk({ ...i, campaign: null })).toEqual(a)
      }),
      { numRuns: 100 },
    )
  }, 30_000)
})

describe('a started campaign: who it reaches and when it starts are settled', () => {
  /** Eight of ten cold, no opt-out line: fixes of both kinds. */
  const risky = (started: boolean): RiskInput => {
    const input = baseInput()
    const { campaign } = input
    if (campaign === null) throw new Error('baseInput has a campaign')
    return {
      ...input,
      campaign: { ...campaign, started, cold: 8, warmContactIds: [1, 2], hasOptOut: false },
    }
  }
  const fixes = (input: RiskInput) =>
    Object.fromEntries(assessRisk(input).factors.map((f) => [f.key, f.fix?.kind ?? null]))

  it('offers to narrow the list before the start, and not after; other fixes stay', () => {
    expect(fixes(risky(false))).toMatchObject({
      cold_contacts: 'narrow_to_consent',
      no_opt_out: 'add_opt_out',
    })
    expect(fixes(risky(true))).toMatchObject({ cold_contacts: null, no_opt_out: 'add_opt_out' })
    // The score does not change: only the advice does.
    expect(assessRisk(risky(true)).score).toBe(assessRisk(risky(false)).score)
  })
})

describe('a phone broadcast: one list message from the owner’s phone', () => {
  /** The base campaign as a phone broadcast: one text for all, 10 who saved the number. */
  const broadcast = (): RiskInput => {
    const input = baseInput()
    const c = campaignOf(input)
    c.way = 'phone_broadcast'
    c.messages = ['Свежие пионы в магазине до субботы.\n' + 'Чтобы отписаться, ответьте «стоп».']
    return input
  }

  it('shows no pacing, hour, tier, window or “same text” factor, however they stand', () => {
    const i = broadcast()
    i.sender.limits.gapMinSeconds = 60
    i.sender.limits.gapMaxSeconds = 60
    i.sender.tierPerDay = 20
    i.sender.window.start = '07:00'
    i.history.recent = sends(50, at - 50 * minute, minute)
    const c = campaignOf(i)
    c.messages = ['Одно и то же', 'Одно и то же']
    c.recipientZones = [{ zone: 'Asia/Vladivostok', people: 10 }]
    const keys = assessRisk(i).factors.map((f) => f.key)
    for (const key of pacedOnlyFactors) expect(keys).not.toContain(key)
    // The same plan paced shows them all.
    campaignOf(i).way = 'paced'
    const paced = assessRisk(i).factors.map((f) => f.key)
    for (const key of pacedOnlyFactors) expect(paced).toContain(key)
  })

  it('says who it misses as reach, not risk: the score does not count them', () => {
    const i = broadcast()
    const c = campaignOf(i)
    c.notSaved = 30
    const a = assessRisk(i)
    expect(a.reach).toEqual({ reached: 10, missed: 30, notOnPhone: 0 })
    expect(a.way).toBe('phone_broadcast')
    expect(a.score).toBe(assessRisk(broadcast()).score)
    c.way = 'paced'
    expect(assessRisk(i).reach).toBeNull()
  })

  it('says “send it no earlier than” where a paced campaign would be started later', () => {
    const i = broadcast()
    i.sender.newChatsAllowed = 20
    i.history.recent = sends(10, at - 2 * hour, 5 * minute, { newChat: true })
    campaignOf(i).newChats = 10
    const factor = assessRisk(i).factors.find((f) => f.key === 'new_chat_headroom')
    expect(factor?.fix).toEqual({ kind: 'send_after', at: moscowAt('2026-03-12T10:00') })
  })

  it('is blocked when the list message would be refused, and keeps its factors', () => {
    const i = broadcast()
    i.listMessageRefusals = [{ key: 'removals_pending', names: ['Анна Смирнова'], count: 1 }]
    const a = assessRisk(i)
    expect(a.level).toBe('blocked')
    expect(a.listMessageRefusals).toEqual(i.listMessageRefusals)
  })

  it('never shows a paced-only factor, and never drops a level for a refused list message', () => {
    const anyInput = fc.record({
      gapMax: fc.integer({ min: 30, max: 300 }),
      recent: fc.integer({ min: 0, max: 80 }),
      recipients: fc.integer({ min: 0, max: 256 }),
      newChats: fc.integer({ min: 0, max: 256 }),
      allowed: fc.integer({ min: 0, max: 250 }),
      ageDays: fc.integer({ min: 0, max: 30 }),
      lately: fc.integer({ min: 0, max: 6 }),
      windowStart: fc.constantFrom('06:00', '10:00'),
      tier: fc.option(fc.integer({ min: 0, max: 300 })),
      refusals: fc.array(fc.constantFrom(...listMessageRefusalKeys), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(anyInput, (r) => {
        const i = broadcast()
        i.sender.limits.gapMaxSeconds = r.gapMax
        i.sender.newChatsAllowed = r.allowed
        i.sender.ageDays = r.ageDays
        i.sender.tierPerDay = r.tier
        i.sender.window.start = r.windowStart
        i.history.recent = sends(r.recent, at - 55 * minute, 30_000, { newChat: true })
        const c = campaignOf(i)
        c.recipients = r.recipients
        c.listSize = Math.max(2, r.recipients)
        c.newChats = Math.min(r.newChats, r.recipients)
        c.listMessages7d = r.lately
        const free = assessRisk(i)
        for (const f of free.factors) expect(pacedOnlyFactors.has(f.key)).toBe(false)
        const refused = assessRisk({
          ...i,
          listMessageRefusals: r.refusals.map((key) => ({ key })),
        })
        const order = ['low', 'medium', 'high', 'blocked']
        expect(order.indexOf(refused.level)).toBeGreaterThanOrEqual(order.indexOf(free.level))
        expect(refused.level === 'blocked').toBe(r.refusals.length > 0)
      }),
      { numRuns: 300 },
    )
  })
})

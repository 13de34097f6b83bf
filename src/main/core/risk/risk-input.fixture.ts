// A zero-risk input for the meter's tests: each test changes one thing and sees one factor move.
import { DateTime } from 'luxon'
import type { LedgerSend } from '../scheduler/limits'
import type { RiskInput } from './risk-input'

export const minute = 60_000
export const hour = 60 * minute
export const day = 24 * hour

/** Wednesday 11 March 2026, 12:00 in Moscow: inside the default window. */
export const wednesdayNoon = DateTime.fromISO('2026-03-11T12:00', {
  zone: 'Europe/Moscow',
}).toMillis()

export const optOutLine = 'Чтобы отписаться, ответьте «стоп».'

/** The same message as two named people get it. */
export const personal = (body: string): string[] =>
  ['Анна', 'Борис'].map((name) => `${name}, ${body}\n${optOutLine}`)

/**
 * An old number with wide gaps, nothing sent lately, and a small warm list getting a short
 * personal text with an opt-out line inside a daytime window.
 */
export function baseInput(): RiskInput {
  return {
    at: wednesdayNoon,
    sender: {
      channel: 'assisted',
      timeZone: 'Europe/Moscow',
      window: { start: '10:00', end: '20:00', days: [1, 2, 3, 4, 5, 6] },
      limits: {
        gapMinSeconds: 30,
        gapMaxSeconds: 300,
        perHour: 50,
        newChatsPerDay: 250,
        activeChats: 1000,
      },
      ageDays: 365,
      warmUpEndsDay: 14,
      newChatsAllowed: 250,
      tierPerDay: null,
    },
    history: {
      recent: [],
      sent30d: 0,
      optedOut30d: 0,
      failed30d: 0,
      lastBlockEndedAt: null,
      pacingHolds7d: 0,
    },
    refusals: [],
    listMessageRefusals: [],
    campaign: {
      way: 'paced',
      notSaved: 0,
      notOnPhone: 0,
      listMessages7d: 0,
      started: false,
      listSize: 10,
      lists: 1,
      recipients: 10,
      newChats: 0,
      cold: 0,
      warmContactIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      messages: personal('ваш заказ готов, забрать можно до 19:00.'),
      hasOptOut: true,
      startAt: null,
      recipientZones: [{ zone: 'Europe/Moscow', people: 10 }],
    },
  }
}

/** The campaign of an input built by baseInput(), for tests that change it. */
export function campaignOf(input: RiskInput): NonNullable<RiskInput['campaign']> {
  if (input.campaign === null) throw new Error('this test needs a campaign')
  return input.campaign
}

/**
 * `count` messages to different people, the first at `from`, one every `step` ms.
 * `firstPerson` shifts the numbers so two calls can add different people.
 */
export function sends(
  count: number,
  from: number,
  step: number,
  options: { newChat?: boolean; firstPerson?: number } = {},
): LedgerSend[] {
  const first = options.firstPerson ?? 0
  return Array.from({ length: count }, (_, i) => ({
    at: from + i * step,
    e164: `+7916${String(1_000_000 + first + i)}`,
    newChat: options.newChat ?? false,
  }))
}

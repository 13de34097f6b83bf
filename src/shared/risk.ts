// The ban-risk meter and the forecast, as the renderer sees them. The meter is one pure function
// in the core (core/risk/assess-risk.ts); its rules, weights and sources are in docs/risk-model.md.
import type { z } from 'zod'
import { campaignInputSchema, type CampaignWay } from './campaigns'
import type { ListMessageRefusal } from './phone-lists'

export const riskLevels = ['low', 'medium', 'high', 'blocked'] as const
export type RiskLevel = (typeof riskLevels)[number]

/**
 * What makes the scheduler refuse to send at all. The rules are written once
 * (core/scheduler/refusals.ts): the campaign service refuses with them, the meter shows "blocked".
 */
export const refusalKeys = ['sender_blocked', 'list_over_maximum', 'gap_under_minimum'] as const
export type RefusalKey = (typeof refusalKeys)[number]

export interface Refusal {
  key: RefusalKey
  /** The measured value (people in the list, seconds of gap; for a block, when it ends or null). */
  value: number | null
  /** The rule's limit (256 people, 30 s); null for a block. */
  limit: number | null
}

export const riskFactorKeys = [
  /** Messages in the last hour against the hourly limit. */
  'hour_headroom',
  /** New chats this campaign needs today (plus those already started) against today's allowance. */
  'new_chat_headroom',
  /** Distinct people in 24 hours, with this campaign's, against the active-chats limit. */
  'active_headroom',
  /** Cloud API: distinct people in 24 hours against the account's tier. */
  'tier_headroom',
  /** How narrow the sender's gap range is: a narrow range reads as a machine. */
  'pacing',
  /** The number's age against the end of the warm-up table. */
  'sender_age',
  /** People in the list against the 256 maximum. */
  'list_size',
  /** Share of people who never chatted with the shop and gave no consent. */
  'cold_contacts',
  'message_length',
  'links',
  'link_shortener',
  /** Capital letters and exclamation marks. */
  'shouting',
  /** Words like «скидка», «акция», «купить», "sale". */
  'promo_words',
  /** Every person gets the very same text. */
  'no_personalisation',
  /** No way to say "stop". */
  'no_opt_out',
  /** Share of people for whom the sending window reaches into their night. */
  'night_sending',
  /** Opt-outs against messages sent, last 30 days. */
  'opt_out_rate',
  /** Failed messages against messages tried, last 30 days. */
  'failure_rate',
  /** A block that ended within the last 30 days. */
  'recent_block',
  /**
   * Cloud API: messages Meta held for quality assessment or dropped (template or portfolio
   * pacing) in the last 7 days — Meta's sign that people's feedback is bad; it can block the
   * portfolio.
   */
  'pacing_holds',
  /**
   * A phone broadcast: the most list messages any of its people got from this number in the last
   * 7 days (people who get too many block and report).
   */
  'list_message_frequency',
] as const
export type RiskFactorKey = (typeof riskFactorKeys)[number]

/** How a factor's measured value reads: a share (0–1), a count, days, characters or seconds. */
export type RiskUnit = 'share' | 'count' | 'days' | 'characters' | 'seconds'

/**
 * One concrete thing the owner can do. The first four the composer applies on a click; the rest
 * are advice (the renderer words each one as `risk.fix.<kind>`).
 */
export type RiskFix =
  /** Append the opt-out line. */
  | { kind: 'add_opt_out' }
  /** Greet each person by name ({{first_name}}). */
  | { kind: 'add_name' }
  /**
   * A new list of only the people who consented or already chat with the shop (the composer
   * builds it with `lists.build` from these contacts, in the list's order).
   */
  | { kind: 'narrow_to_consent'; contactIds: number[] }
  /** Start at this moment (tomorrow when the window opens, or after a limit frees up). */
  | { kind: 'start_at'; at: number }
  | { kind: 'shorten_text'; characters: number }
  | { kind: 'full_links' }
  | { kind: 'fewer_links' }
  /** The one link left out of the first message (given when the person replies). */
  | { kind: 'no_link' }
  | { kind: 'calm_text' }
  | { kind: 'plain_words' }
  /** Each list at most this many people (a broadcast list's size). */
  | { kind: 'smaller_list'; people: number }
  /**
   * The campaign at most this many people, the rest another day: what the day's caps need. With
   * one list it is the same thing as a smaller list and is said as one (assess-risk's oneListSize).
   */
  | { kind: 'fewer_people'; people: number }
  | { kind: 'wider_gaps'; minSeconds: number; maxSeconds: number }
  | { kind: 'daytime_window'; start: string; end: string }
  | { kind: 'wait_warm_up'; days: number }
  | { kind: 'clean_numbers' }
  | { kind: 'ask_consent' }
  | { kind: 'wait_after_block'; until: number }
  /** A phone broadcast: send list messages to the same people at most once in this many days. */
  | { kind: 'less_often'; days: number }
  /** A phone broadcast: send it from the phone no earlier than this moment (a limit frees up). */
  | { kind: 'send_after'; at: number }

export const clickableFixes = ['add_opt_out', 'add_name', 'narrow_to_consent', 'start_at'] as const

export interface RiskFactor {
  key: RiskFactorKey
  /** Points this factor adds to the score, 0…weight. */
  points: number
  /** The most it can add (docs/risk-model.md). */
  weight: number
  /** Its share of the score, 0–1. */
  share: number
  /** What was measured, in `unit`. */
  value: number
  /** The value from which the factor adds points at all (same unit). */
  threshold: number
  unit: RiskUnit
  fix: RiskFix | null
}

export interface RiskAssessment {
  level: RiskLevel
  /** 0–100; a blocked campaign still has its score. */
  score: number
  /** Non-empty: the scheduler will refuse it, and the level is `blocked`. */
  refusals: Refusal[]
  /** Every factor that adds points, largest first. */
  factors: RiskFactor[]
  /** The moment the assessment is for. */
  at: number
  /** How it goes: paced one by one, or one list message from the phone (no pacing factors). */
  way: CampaignWay
  /**
   * A phone broadcast: why the list message may not go (list-message-check.ts); non-empty makes
   * the level `blocked`. Always empty for a paced campaign.
   */
  listMessageRefusals: ListMessageRefusal[]
  /**
   * A phone broadcast: of the people who may be messaged, how many it reaches (they saved the
   * shop's number) and how many it silently misses (not saved, or nobody knows): reach, not risk.
   * `notOnPhone`: of those who saved it, the people not on the phone's list yet (the phone sends
   * only to who is on it). Null for a paced campaign or a number on its own.
   */
  reach: { reached: number; missed: number; notOnPhone: number } | null
}

/** Score boundaries: below `medium` is low, below `high` medium, from `high` on high. */
export const riskBoundaries = { medium: 30, high: 60 } as const

/** One calendar day of a forecast (in the sender's time zone): a session of the owner's. */
export interface ForecastDay {
  /** "YYYY-MM-DD" in the sender's time zone. */
  day: string
  sends: number
  /** When the day's first and last message would go ("10:00–17:10" in the sender's zone). */
  firstAt: number
  lastAt: number
  /**
   * Every send of the day in order, for "by 13:00 I will have sent 40", on the forecast's first
   * `forecastTimedDays` days; null after (later sessions shift with every earlier one anyway).
   */
  times: number[] | null
}

/** The days of a forecast that list each send's moment. */
export const forecastTimedDays = 14

/**
 * When a campaign (or every campaign of a sender) would finish at the current settings, from the
 * real scheduler run on a copy of the database with a simulated clock.
 */
export interface Forecast {
  /**
   * Messages still to go out: those the run sends (the person being asked now included, answered
   * at once) and those left at the horizon; people it would skip (opted out meanwhile) are not.
   */
  messages: number
  /** When the first and the last would go; null when nothing would (blocked, nobody left). */
  firstAt: number | null
  finishesAt: number | null
  /** Calendar days it spans in the sender's time zone (0 when nothing goes out). */
  days: number
  /** Messages per day, in the sender's time zone: the owner's sessions. */
  perDay: ForecastDay[]
  /** Not finished within this many days: finishesAt is null and `beyondHorizon` true. */
  horizonDays: number
  beyondHorizon: boolean
  /** Why nothing would be sent, when that is the case. */
  refusals: Refusal[]
  /**
   * A phone broadcast: every message goes at once, when the owner sends it from the phone
   * (`messages` is how many it reaches; no times, no days).
   */
  atOnce: boolean
}

/**
 * A campaign as the composer has it now, saved or not: what `campaigns.save` takes, without the
 * name, and with a text that may still be empty. With the id of a started campaign it is that
 * campaign with the form's text: the meter and the forecast read the people it has left.
 */
export const riskDraftSchema = campaignInputSchema
  .omit({ name: true })
  .extend({ text: campaignInputSchema.shape.text.default('') })
export type RiskDraft = z.input<typeof riskDraftSchema>
export type ParsedRiskDraft = z.output<typeof riskDraftSchema>

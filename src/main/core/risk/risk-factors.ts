// The meter's rules, one row per factor: what is measured, how much of the weight it earns, and
// the fix. docs/risk-model.md explains each row and where its rule of thumb comes from; change
// the two together.
import { DateTime } from 'luxon'
import { listMinimum } from '../../../shared/lists'
import type { RiskFactorKey, RiskFix, RiskUnit } from '../../../shared/risk'
import { limitVerdict, type EffectiveLimits } from '../scheduler/limits'
import { windowAt } from '../scheduler/sending-window'
import { daytimeClip, nightShare } from './night-share'
import type { RiskInput } from './risk-input'
import {
  characterCount,
  findLinks,
  findPromoWords,
  shortenerLinks,
  shoutingCount,
} from './text-signals'

const minuteMs = 60 * 1000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs

type Campaign = NonNullable<RiskInput['campaign']>
/** The input of a campaign's assessment: the campaign is there. */
export type CampaignRiskInput = RiskInput & { campaign: Campaign }

export interface RuleShape<Subject> {
  key: RiskFactorKey
  /** The most points the factor adds. */
  weight: number
  unit: RiskUnit
  /**
   * The value from which the factor adds points: a ramp starts rising just above it, a count
   * earns points at it; for pacing, sender age and a recent block, points come *below* it.
   */
  threshold: number | ((subject: Subject) => number)
  /** What is measured, in `unit`; null: the factor does not apply to this input. */
  measure: (subject: Subject) => number | null
  /** The part of the weight the value earns, 0–1. */
  severity: (value: number, subject: Subject) => number
  /** Asked only when the factor adds points. */
  fix: (value: number, subject: Subject) => RiskFix | null
}

/** A rule for the sender (assessed for a number on its own too), or only for a campaign. */
export type RiskRule =
  | ({ scope: 'sender' } & RuleShape<RiskInput>)
  | ({ scope: 'campaign' } & RuleShape<CampaignRiskInput>)

const forSender = (shape: RuleShape<RiskInput>): RiskRule => ({ scope: 'sender', ...shape })
const forCampaign = (shape: RuleShape<CampaignRiskInput>): RiskRule => ({
  scope: 'campaign',
  ...shape,
})

/** 0 at `from`, rising linearly to 1 at `full`. */
export const ramp = (value: number, from: number, full: number): number =>
  Math.min(1, Math.max(0, (value - from) / (full - from)))

/** Load against a cap as a share; any load against a cap of 0 reads as over it. */
const usage = (load: number, cap: number): number => {
  if (cap > 0) return load / cap
  return load > 0 ? 1 + load : 0
}

const within = (input: RiskInput, span: number) =>
  input.history.recent.filter((s) => s.at > input.at - span && s.at <= input.at)
const distinctPeopleIn24h = (input: RiskInput): number =>
  new Set(within(input, dayMs).map((s) => s.e164)).size
/** People reached in 24 hours by every number of the portfolio: the tier is shared by them. */
const portfolioPeopleIn24h = (input: RiskInput): number =>
  new Set(
    (input.history.tierRecent ?? input.history.recent)
      .filter((s) => s.at > input.at - dayMs && s.at <= input.at)
      .map((s) => s.e164),
  ).size
const newChatsIn24h = (input: RiskInput): number =>
  within(input, dayMs).filter((s) => s.newChat).length
const campaignPeople = (input: RiskInput): number => input.campaign?.recipients ?? 0

/**
 * When one more message fits under one limit, by the scheduler's own arithmetic (the other
 * limits set out of the way), plus a minute so the advice is not on the edge.
 */
function roomFreesAt(input: RiskInput, limit: Partial<EffectiveLimits>): number {
  const only: EffectiveLimits = {
    perHour: Infinity,
    newChatsPerDay: Infinity,
    activeChats: Infinity,
    tierPerDay: null,
    ...limit,
  }
  // '' is nobody's number, so the candidate is always a new person for the active-chat count.
  return (
    limitVerdict(
      input.history.recent,
      { e164: '', newChat: false },
      only,
      input.at,
      input.history.tierRecent ?? input.history.recent,
    ).at + minuteMs
  )
}

/** The first opening of the sender's window on a later local day than `at`. */
export function nextDayOpening(input: RiskInput): number {
  const { window, timeZone } = input.sender
  const tomorrow = DateTime.fromMillis(input.at, { zone: timeZone })
    .startOf('day')
    .plus({ days: 1 })
  let next = windowAt(window, timeZone, tomorrow.toMillis() - 1)
  // A window can close at 23:59 at the latest, so this runs at most once; kept for safety.
  while (next.open) next = windowAt(window, timeZone, next.changesAt)
  return next.changesAt
}

/**
 * Advice for a cap the plan uses more than half of (where the factor starts adding points): fewer
 * people in the campaign, keeping within half, or the moment old chats have left the 24 hours so that
 * the whole plan does; none when neither would lower the score (the plan alone is over half).
 * A number on its own is only told when it is full.
 */
function headroomFix(
  input: RiskInput,
  cap: number,
  used: number,
  limitOf: (cap: number) => Partial<EffectiveLimits>,
): RiskFix | null {
  if (input.campaign === null) {
    return cap - used < listMinimum
      ? { kind: 'start_at', at: roomFreesAt(input, limitOf(cap)) }
      : null
  }
  const half = Math.floor(cap * 0.5)
  const people = campaignPeople(input)
  if (half - used >= listMinimum && half - used < people) {
    return { kind: 'fewer_people', people: half - used }
  }
  // One more fits under (half − plan + 1) exactly when the plan fits under half.
  const target = half - people + 1
  return target >= 1 ? { kind: 'start_at', at: roomFreesAt(input, limitOf(target)) } : null
}

const firstMessage = ({ campaign }: CampaignRiskInput): string => campaign.messages[0] ?? ''

/**
 * What a phone broadcast does not have, so the meter does not show it as if it did: nothing is
 * paced one by one (no gaps, no hourly rate, no sending window — the owner sends it with one tap),
 * it is not the Cloud API (no tier), and a list message is one text for all by its nature.
 */
export const pacedOnlyFactors: ReadonlySet<RiskFactorKey> = new Set<RiskFactorKey>([
  'hour_headroom',
  'tier_headroom',
  'pacing',
  'night_sending',
  'no_personalisation',
])

/** From this many list messages to the same people in 7 days a phone broadcast adds points. */
export const listMessagesPerWeekFrom = 2

export const riskRules: readonly RiskRule[] = [
  forSender({
    key: 'hour_headroom',
    weight: 5,
    unit: 'share',
    threshold: 0.5,
    measure: (input) => usage(within(input, hourMs).length, input.sender.limits.perHour),
    severity: (share) => ramp(share, 0.5, 1),
    fix: (share, input) =>
      share >= 1
        ? { kind: 'start_at', at: roomFreesAt(input, { perHour: input.sender.limits.perHour }) }
        : null,
  }),
  forSender({
    key: 'new_chat_headroom',
    weight: 15,
    unit: 'share',
    threshold: 0.5,
    measure: (input) =>
      usage(newChatsIn24h(input) + (input.campaign?.newChats ?? 0), input.sender.newChatsAllowed),
    severity: (share) => ramp(share, 0.5, 1),
    fix: (_, input) => {
      // Part of the allowance is spent in the rolling 24 hours: by tomorrow's opening most of it is back.
      if (newChatsIn24h(input) > 0) return { kind: 'start_at', at: nextDayOpening(input) }
      // A list that would use at most half of the allowance adds no points here.
      const people = Math.floor(input.sender.newChatsAllowed * 0.5)
      return people >= listMinimum ? { kind: 'fewer_people', people } : null
    },
  }),
  forSender({
    key: 'active_headroom',
    weight: 5,
    unit: 'share',
    threshold: 0.5,
    measure: (input) =>
      usage(distinctPeopleIn24h(input) + campaignPeople(input), input.sender.limits.activeChats),
    severity: (share) => ramp(share, 0.5, 1),
    fix: (_, input) => {
      const cap = input.sender.limits.activeChats
      return headroomFix(input, cap, distinctPeopleIn24h(input), (activeChats) => ({
        activeChats,
      }))
    },
  }),
  forSender({
    key: 'tier_headroom',
    weight: 10,
    unit: 'share',
    threshold: 0.5,
    measure: (input) =>
      input.sender.tierPerDay === null
        ? null
        : usage(portfolioPeopleIn24h(input) + campaignPeople(input), input.sender.tierPerDay),
    severity: (share) => ramp(share, 0.5, 1),
    fix: (_, input) => {
      const tier = input.sender.tierPerDay ?? 0
      return headroomFix(input, tier, portfolioPeopleIn24h(input), (tierPerDay) => ({
        tierPerDay,
      }))
    },
  }),
  forSender({
    key: 'pacing',
    weight: 8,
    unit: 'seconds',
    threshold: 120,
    measure: ({ sender }) => sender.limits.gapMaxSeconds - sender.limits.gapMinSeconds,
    severity: (spread) => (spread < 120 ? 1 - spread / 120 : 0),
    fix: (_, { sender }) => ({
      kind: 'wider_gaps',
      minSeconds: Math.max(sender.limits.gapMinSeconds, 45),
      maxSeconds: 300,
    }),
  }),
  forSender({
    key: 'sender_age',
    weight: 15,
    unit: 'days',
    threshold: ({ sender }) => sender.warmUpEndsDay,
    measure: ({ sender }) => sender.ageDays,
    severity: (age, { sender }) =>
      age < sender.warmUpEndsDay ? 1 - age / sender.warmUpEndsDay : 0,
    fix: (age, { sender }) => ({
      kind: 'wait_warm_up',
      days: Math.ceil(sender.warmUpEndsDay - age),
    }),
  }),
  forCampaign({
    key: 'list_size',
    weight: 10,
    unit: 'count',
    threshold: 50,
    measure: ({ campaign }) => campaign.listSize,
    severity: (size) => ramp(size, 50, 256),
    fix: () => ({ kind: 'smaller_list', people: 50 }),
  }),
  forCampaign({
    key: 'cold_contacts',
    weight: 20,
    unit: 'share',
    threshold: 0,
    measure: ({ campaign }) =>
      campaign.recipients > 0 ? Math.min(1, campaign.cold / campaign.recipients) : 0,
    severity: (share) => share,
    fix: (_, { campaign }) =>
      campaign.warmContactIds.length >= listMinimum
        ? { kind: 'narrow_to_consent', contactIds: campaign.warmContactIds }
        : { kind: 'ask_consent' },
  }),
  forCampaign({
    key: 'message_length',
    weight: 5,
    unit: 'characters',
    threshold: 300,
    measure: ({ campaign }) => Math.max(0, ...campaign.messages.map(characterCount)),
    severity: (characters) => ramp(characters, 300, 1000),
    fix: () => ({ kind: 'shorten_text', characters: 300 }),
  }),
  forCampaign({
    key: 'links',
    weight: 4,
    unit: 'count',
    threshold: 1,
    measure: (input) => findLinks(firstMessage(input)).length,
    severity: (links) => (links >= 2 ? 1 : links >= 1 ? 0.5 : 0),
    // Advice that lowers the score: from several links to one, or from one to none.
    fix: (links) => (links >= 2 ? { kind: 'fewer_links' } : { kind: 'no_link' }),
  }),
  forCampaign({
    key: 'link_shortener',
    weight: 8,
    unit: 'count',
    threshold: 1,
    measure: (input) => shortenerLinks(firstMessage(input)).length,
    severity: (links) => (links > 0 ? 1 : 0),
    fix: () => ({ kind: 'full_links' }),
  }),
  forCampaign({
    key: 'shouting',
    weight: 5,
    unit: 'count',
    threshold: 3,
    // The quietest of the texts: a name in capitals from the contact book is not the shop shouting.
    measure: ({ campaign }) =>
      campaign.messages.length === 0 ? 0 : Math.min(...campaign.messages.map(shoutingCount)),
    severity: (count) => ramp(count, 3, 6),
    fix: () => ({ kind: 'calm_text' }),
  }),
  forCampaign({
    key: 'promo_words',
    weight: 6,
    unit: 'count',
    threshold: 1,
    measure: (input) => findPromoWords(firstMessage(input)).length,
    severity: (words) => Math.min(1, words / 3),
    fix: () => ({ kind: 'plain_words' }),
  }),
  forCampaign({
    key: 'no_personalisation',
    weight: 8,
    unit: 'count',
    threshold: 1,
    // One text says nothing: personalisation shows only when two people could differ.
    measure: ({ campaign }) =>
      campaign.messages.length >= 2 ? new Set(campaign.messages).size : null,
    severity: (distinct) => (distinct <= 1 ? 1 : 0),
    fix: () => ({ kind: 'add_name' }),
  }),
  forCampaign({
    key: 'no_opt_out',
    weight: 10,
    unit: 'count',
    threshold: 1,
    measure: ({ campaign }) => (campaign.hasOptOut ? 1 : 0),
    severity: (optOuts) => (optOuts < 1 ? 1 : 0),
    fix: () => ({ kind: 'add_opt_out' }),
  }),
  forCampaign({
    key: 'night_sending',
    weight: 8,
    unit: 'share',
    threshold: 0,
    measure: ({ sender, campaign, at }) =>
      nightShare(sender.window, sender.timeZone, campaign.startAt ?? at, campaign.recipientZones)
        .share,
    severity: (share) => share,
    fix: (_, { sender, campaign, at }) => {
      const startAt = campaign.startAt ?? at
      const { largestZone } = nightShare(
        sender.window,
        sender.timeZone,
        startAt,
        campaign.recipientZones,
      )
      const clip =
        largestZone === null
          ? null
          : daytimeClip(sender.window, sender.timeZone, startAt, largestZone)
      return clip === null ? null : { kind: 'daytime_window', ...clip }
    },
  }),
  forSender({
    key: 'opt_out_rate',
    weight: 10,
    unit: 'share',
    threshold: 0.01,
    // Under 20 messages a single opt-out would read as a rate of 5 % or more.
    measure: ({ history }) =>
      history.sent30d >= 20 ? history.optedOut30d / history.sent30d : null,
    severity: (rate) => ramp(rate, 0.01, 0.05),
    fix: () => ({ kind: 'ask_consent' }),
  }),
  forSender({
    key: 'failure_rate',
    weight: 8,
    unit: 'share',
    threshold: 0.05,
    measure: ({ history }) => {
      const tried = history.sent30d + history.failed30d
      return tried >= 20 ? history.failed30d / tried : null
    },
    severity: (rate) => ramp(rate, 0.05, 0.2),
    fix: () => ({ kind: 'clean_numbers' }),
  }),
  forCampaign({
    key: 'list_message_frequency',
    weight: 30,
    unit: 'count',
    threshold: listMessagesPerWeekFrom,
    measure: ({ campaign }) =>
      campaign.way === 'phone_broadcast' ? campaign.listMessages7d : null,
    // Two in the week before: half; more than two: the whole weight, medium on its own.
    severity: (count) =>
      count > listMessagesPerWeekFrom ? 1 : count >= listMessagesPerWeekFrom ? 0.5 : 0,
    fix: () => ({ kind: 'less_often', days: 7 }),
  }),
  forSender({
    // Meta holds a campaign's messages for quality assessment and drops them when feedback is
    // bad; the portfolio can then be blocked from sending. One such message is a warning, five
    // in a week the whole weight.
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
    key: 'pacing_holds',
    weight: 20,
    unit: 'count',
    threshold: 1,
    measure: ({ sender, history }) =>
      sender.channel === 'cloud_api' ? history.pacingHolds7d : null,
    severity: (count) => (count >= 1 ? Math.min(1, 0.4 + (count - 1) * 0.15) : 0),
    fix: () => ({ kind: 'ask_consent' }),
  }),
  forSender({
    key: 'recent_block',
    weight: 20,
    unit: 'days',
    threshold: 30,
    measure: ({ history, at }) =>
      history.lastBlockEndedAt === null
        ? null
        : Math.round((Math.max(0, at - history.lastBlockEndedAt) / dayMs) * 10) / 10,
    severity: (days) => (days < 30 ? 1 - days / 30 : 0),
    fix: (_, { history }) => ({
      kind: 'wait_after_block',
      until: (history.lastBlockEndedAt ?? 0) + 30 * dayMs,
    }),
  }),
]

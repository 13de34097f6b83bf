// How far a campaign has come and what it waits for, in numbers the page turns into words.
import { exclusionReasons, type ExclusionReason } from '../../../../shared/eligibility'
import { cloudErrorReasons, type CloudErrorReason } from '../../../../shared/cloud-errors'
import type {
  Campaign,
  CampaignCounts,
  CampaignItem,
  CampaignState,
  ItemReason,
  WaitReason,
} from '../../../../shared/campaigns'

export interface Progress {
  /** Sent, skipped or failed: nothing more will happen to them. */
  done: number
  total: number
  /** 0–100, for the bar. */
  percent: number
  /** Still to go: planned or being sent now. */
  left: number
}

export function progressOf(counts: CampaignCounts): Progress {
  const done = counts.sent + counts.skipped + counts.failed
  const total = counts.total
  return {
    done,
    total,
    percent: total === 0 ? 0 : Math.min(100, (done / total) * 100),
    left: counts.planned + counts.sending,
  }
}

/** Each part of the bar, as a share of everyone (0–100). */
export function progressSections(counts: CampaignCounts) {
  const share = (n: number) => (counts.total === 0 ? 0 : (n / counts.total) * 100)
  return {
    sent: share(counts.sent),
    skipped: share(counts.skipped),
    failed: share(counts.failed),
    uncertain: share(counts.uncertain),
  }
}

export interface Countdown {
  hours: number
  minutes: number
  seconds: number
}

/** Time left until a moment, never negative, rounded up to the second. */
export function countdown(ms: number): Countdown {
  const total = Math.max(0, Math.ceil(ms / 1000))
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  }
}

/** Which wording of the countdown fits: hours and minutes, minutes and seconds, or seconds. */
export function countdownKey(left: Countdown): 'hours' | 'minutes' | 'seconds' {
  if (left.hours > 0) return 'hours'
  if (left.minutes > 0) return 'minutes'
  return 'seconds'
}

export const twoDigits = (n: number): string => String(n).padStart(2, '0')

/** States in which the scheduler is working or may work on the campaign. */
export const isLive = (state: CampaignState): boolean =>
  state === 'running' || state === 'scheduled'
export const isOver = (state: CampaignState): boolean =>
  state === 'finished' || state === 'cancelled'

export type WaitKind =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'over' }
  | { kind: 'awaitingOwner' }
  /** An uncertain message of the number waits for the owner's word before the next chat. */
  | { kind: 'uncertain' }
  | { kind: 'soon' }
  | { kind: 'at'; reason: WaitReason; at: number; sameDay: boolean }

/**
 * What the "next message" line says: nothing planned, paused, over, the owner's turn, or a time
 * with its reason. A due time already passed reads as "any moment now".
 */
export function waitOf(
  campaign: Pick<Campaign, 'state' | 'nextDueAt' | 'waitReason'>,
  now: number,
): WaitKind {
  if (isOver(campaign.state)) return { kind: 'over' }
  if (campaign.state === 'paused') return { kind: 'paused' }
  if (campaign.state === 'draft') return { kind: 'none' }
  if (campaign.waitReason === 'awaiting_owner') return { kind: 'awaitingOwner' }
  if (campaign.waitReason === 'uncertain') return { kind: 'uncertain' }
  if (campaign.nextDueAt === null) return { kind: 'none' }
  if (campaign.nextDueAt <= now) return { kind: 'soon' }
  return {
    kind: 'at',
    reason: campaign.waitReason ?? 'gap',
    at: campaign.nextDueAt,
    sameDay: new Date(campaign.nextDueAt).toDateString() === new Date(now).toDateString(),
  }
}

type OwnerReason = Exclude<ItemReason, ExclusionReason>

const isExclusion = (reason: ItemReason): reason is ExclusionReason =>
  (exclusionReasons as readonly string[]).includes(reason)

/**
 * The translation key of a skip or failure reason: eligibility reasons have their own section; the
 * owner's answers and the Cloud API's reasons have short labels in the campaign's.
 */
export function reasonKey(
  reason: ItemReason,
): `campaigns.itemReason.${OwnerReason}` | `eligibility.${ExclusionReason}` {
  return isExclusion(reason) ? `eligibility.${reason}` : `campaigns.itemReason.${reason}`
}

const isCloudReason = (reason: ItemReason): reason is CloudErrorReason =>
  (cloudErrorReasons as readonly string[]).includes(reason)

/**
 * The long explanation of a Cloud API reason (`cloudErrors.<reason>`), for a tooltip; null for the
 * others. "Invalid number" is also an eligibility reason: only a failed send is Meta's verdict.
 */
export function reasonDetailKey(
  reason: ItemReason,
  state: CampaignItem['state'],
): `cloudErrors.${CloudErrorReason}` | null {
  if (!isCloudReason(reason)) return null
  if (reason === 'invalid_number' && state !== 'failed') return null
  return `cloudErrors.${reason}`
}

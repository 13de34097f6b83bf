// What a campaign achieved, and what a sender sent over the last days: the results page.
import { z } from 'zod'
import {
  itemStates,
  type CampaignCounts,
  type CampaignWay,
  type ItemReason,
  type SendChannel,
} from './campaigns'
import { fileLanguageSchema } from './file-language'

export interface ReasonCount {
  reason: ItemReason
  count: number
}

/** One hour of a campaign's sending, in the sender's time zone. */
export interface HourOfSending {
  /** The hour's start (ms). */
  at: number
  /** Messages that went out in that hour (sent or uncertain). */
  sends: number
  /** Sent so far, this hour included. */
  cumulative: number
}

/** Messages that went (or may have) by one channel. */
export interface ChannelCount {
  channel: SendChannel
  count: number
}

export interface CampaignResults {
  campaignId: number
  /** Paced one by one, or one list message from the phone. */
  way: CampaignWay
  counts: CampaignCounts
  /** By which channel its messages went, most first (one channel but for an old mixed ledger). */
  channels: ChannelCount[]
  /** A list message: what people answered on the phone, as the owner marked it. */
  replies: { replied: number; askedToStop: number; wrongNumber: number }
  /** Failed and skipped, by reason, most first. */
  failedBy: ReasonCount[]
  skippedBy: ReasonCount[]
  /** People of this campaign who went onto the opt-out list after its first message. */
  optedOutDuring: number
  /** Every hour from the first message to the last, empty hours included. */
  hours: HourOfSending[]
  /** The sender's hourly limit, for the line on the chart. */
  perHourLimit: number
  timeZone: string
}

export interface SenderTotals {
  /** The last 7 or 30 days up to now. */
  days: 7 | 30
  /**
   * Messages that went out (or may have: uncertain), as the limits count them — one Meta later
   * reported undelivered included, so it is in `failed` too.
   */
  sent: number
  /** Of the sent, what the Cloud API reported delivered (read included) and read. */
  delivered: number
  read: number
  /** People of its campaigns whose message failed (a wrong number, undeliverable…). */
  failed: number
  /** People of its campaigns not messaged (no consent, opted out, skipped by the owner…). */
  skipped: number
  /** People it had messaged who went onto the opt-out list. */
  optedOut: number
  /** Messages to people the number had never written to. */
  newChats: number
  /** Campaigns that sent at least one message. */
  campaigns: number
}

export const campaignItemsCsvSchema = z
  .object({
    id: z.number().int().positive(),
    state: z.enum(itemStates).optional(),
    language: fileLanguageSchema,
  })
  .strict()

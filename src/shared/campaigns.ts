// Campaigns: one message to one or several lists from one sender, paced by the scheduler. The queue holds one
// item per person; an item ends sent, skipped or failed with a reason, or uncertain.
import { z } from 'zod'
import type { ExclusionReason } from './eligibility'
import { campaignTemplateSchema, type CampaignTemplate } from './cloud-api'
import type { CloudErrorReason, PauseReason } from './cloud-errors'

export const campaignStates = [
  'draft',
  'scheduled',
  'running',
  'paused',
  'finished',
  'cancelled',
] as const
export type CampaignState = (typeof campaignStates)[number]

/**
 * How a campaign goes out: paced one by one by the scheduler (assisted or Cloud API, as its sender),
 * or as one list message the owner sends from the phone's WhatsApp Business broadcast list.
 */
export const campaignWays = ['paced', 'phone_broadcast'] as const
export type CampaignWay = (typeof campaignWays)[number]

/** By which channel a message went (the send ledger's `channel`). */
export const sendChannels = ['assisted', 'cloud_api', 'phone_broadcast'] as const
export type SendChannel = (typeof sendChannels)[number]

/** What a person answered to a list message, marked by the owner (the replies come to the phone). */
export const listMessageReplies = ['replied', 'asked_to_stop', 'wrong_number'] as const
export type ListMessageReply = (typeof listMessageReplies)[number]

export const itemStates = ['planned', 'sending', 'sent', 'skipped', 'failed', 'uncertain'] as const
export type ItemState = (typeof itemStates)[number]

/** Why an item was skipped or failed: an eligibility reason, or what the owner answered. */
export type ItemReason =
  | ExclusionReason
  /** Cloud API: Meta refused the message, or reported it failed later (the error table's reason). */
  | CloudErrorReason
  | 'skipped_by_owner'
  | 'wrong_number'
  | 'asked_to_stop'
  | 'cancelled'
  /**
   * An open assisted task whose number went onto the opt-out list (or whose person may no longer
   * be messaged for another reason): withdrawn, waiting for the owner to say whether it went out.
   */
  | 'withdrawn_opted_out'
  | 'withdrawn_ineligible'
  /** The owner said a withdrawn message had gone out: an opt-out ignored, never a normal send. */
  | 'sent_after_opt_out'

/** How far a message got, where the channel reports it (Cloud API); never goes backwards. */
export const deliveryStates = ['accepted', 'sent', 'delivered', 'read', 'failed'] as const
export type DeliveryState = (typeof deliveryStates)[number]

/** Why the scheduler is waiting, for "next message at …" and the owner's notification. */
export const waitReasons = [
  'gap',
  'window',
  'hour_limit',
  'new_chat_limit',
  'active_limit',
  'awaiting_owner',
  'start_time',
  /** Cloud API: the account's tier of new people per 24 hours is used up. */
  'tier_limit',
  /** Cloud API: the request is on its way, or is retried after a back-off. */
  'sending',
  /** Cloud API: the people left are deferred (pair rate limit) until this moment. */
  'deferred',
  /**
   * The people left are held until this moment: Meta limited the marketing messages they get
   * (131049), so no campaign of any number tries them for 24 hours.
   */
  'marketing_hold',
  /** Assisted: a message in flight at a restart waits for the owner's word before the next chat. */
  'uncertain',
] as const
export type WaitReason = (typeof waitReasons)[number]

export interface CampaignCounts {
  total: number
  planned: number
  sending: number
  sent: number
  skipped: number
  failed: number
  uncertain: number
  /** Of the sent: how many the channel reported delivered (read included), and read. */
  delivered: number
  read: number
}

/** A campaign with nobody in it yet: where counting starts. */
export const emptyCounts = (): CampaignCounts => ({
  total: 0,
  planned: 0,
  sending: 0,
  sent: 0,
  skipped: 0,
  failed: 0,
  uncertain: 0,
  delivered: 0,
  read: 0,
})

export interface Campaign {
  id: number
  name: string
  senderId: number
  /** The lists it reaches, one after another, in this order; empty: not chosen yet. */
  listIds: number[]
  /** With {{first_name}}, {{name}}, {{last_name}}, {{email}}, {{notes}}; a fallback as {{first_name|друг}}. */
  text: string
  appendOptOut: boolean
  optOutLine: string
  /** Adds utm_source=whatsapp&utm_medium=broadcast&utm_campaign=<utmCampaign> to links. */
  utm: boolean
  utmCampaign: string
  language: 'ru' | 'en'
  /** When it may begin (ms); null: as soon as it is started. */
  startAt: number | null
  /** Cloud API: the approved template every message uses; null on the assisted channel. */
  template: CampaignTemplate | null
  /** Paced by the scheduler, or one list message the owner sends from the phone (one list). */
  way: CampaignWay
  state: CampaignState
  /** Why it paused on its own (a Cloud API error, a blocked number); null when the owner paused it. */
  pauseReason: PauseReason | null
  counts: CampaignCounts
  /** When the next message is due, and why not earlier; null when nothing is planned. */
  nextDueAt: number | null
  waitReason: WaitReason | null
  createdAt: number
  updatedAt: number
}

/** The person the owner is asked to message now (assisted channel). */
export interface AssistedTask {
  campaignId: number
  itemId: number
  contactId: number | null
  name: string
  e164: string
  text: string
  /** The link that opens WhatsApp on the chat with the text prefilled. */
  url: string
  claimedAt: number
}

export interface CampaignItem {
  id: number
  contactId: number | null
  name: string
  e164: string
  state: ItemState
  reason: ItemReason | null
  /** Cloud API: how far the message got, as reported. */
  delivery: DeliveryState | null
  /** When it was sent, skipped or failed. */
  doneAt: number | null
  /** A list message: what the person answered on the phone, as the owner marked it. */
  reply: ListMessageReply | null
  /**
   * Still to be sent, but Meta limited the marketing messages this person gets (131049): no
   * campaign of any number tries them before this moment. Null when they are not held.
   */
  heldUntil: number | null
}

export interface CampaignItemsPage {
  total: number
  offset: number
  rows: CampaignItem[]
}

/** Why an open task was withdrawn: its number opted out, or the person may no longer be messaged. */
export type WithdrawnBecause = 'opted_out' | 'ineligible'

/** A task withdrawn while open: no chat to open, only the owner's word on whether it went out. */
export interface WithdrawnTask extends Omit<AssistedTask, 'url'> {
  withdrawnBecause: WithdrawnBecause
}

export interface CampaignDetail extends Campaign {
  task: AssistedTask | null
  /** Withdrawn tasks the owner has not answered yet, oldest first. */
  withdrawn: WithdrawnTask[]
}

/** One message as a real recipient would get it. */
export interface MessagePreview {
  contactId: number
  name: string
  text: string
  length: number
}

const text = z.string().max(4096)

/** A campaign's lists in the order they are sent; each once. Empty: not chosen yet. */
export const listIdsSchema = z
  .array(z.number().int().positive())
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_list' })

export const campaignInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(80),
    senderId: z.number().int().positive(),
    listIds: listIdsSchema.default([]),
    text,
    appendOptOut: z.boolean().default(true),
    optOutLine: z.string().trim().max(200).default(''),
    utm: z.boolean().default(true),
    utmCampaign: z.string().trim().max(80).default(''),
    language: z.enum(['ru', 'en']).default('ru'),
    startAt: z.number().int().min(0).nullable().default(null),
    template: campaignTemplateSchema.nullable().default(null),
    way: z.enum(campaignWays).default('paced'),
  })
  .strict()
export type CampaignInput = z.input<typeof campaignInputSchema>

export const campaignIdSchema = z.object({ id: z.number().int().positive() }).strict()

export const campaignItemsSchema = z
  .object({
    id: z.number().int().positive(),
    state: z.enum(itemStates).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()

export const campaignPreviewSchema = z
  .object({
    text,
    appendOptOut: z.boolean(),
    optOutLine: z.string().max(200),
    utm: z.boolean(),
    utmCampaign: z.string().max(80),
    listIds: listIdsSchema,
    template: campaignTemplateSchema.nullable().default(null),
    limit: z.number().int().min(1).max(20).default(3),
  })
  .strict()

/** The owner's answer after the paced moment (assisted channel). */
export const assistedOutcomes = ['sent', 'skipped', 'wrong_number', 'asked_to_stop'] as const
export type AssistedOutcome = (typeof assistedOutcomes)[number]

export const campaignConfirmSchema = z
  .object({ itemId: z.number().int().positive(), outcome: z.enum(assistedOutcomes) })
  .strict()

/** An uncertain item (the app stopped while it was being sent): the owner says what happened. */
export const campaignResolveSchema = z
  .object({ itemId: z.number().int().positive(), outcome: z.enum(['sent', 'not_sent']) })
  .strict()

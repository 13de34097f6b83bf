// A sender is the shop's WhatsApp number: how Rupor reaches WhatsApp with it, when it may send,
// and its limits. Limits belong to the number (one sender per number; a deleted sender's history
// stays) and are shared by all its campaigns.
import { z } from 'zod'
import type { CloudConnection } from './cloud-api'
import type { SenderBlock } from './cloud-errors'

/** assisted: WhatsApp opens on each chat and the owner presses Send; cloud_api: Meta's Cloud API sends. */
export const senderChannels = ['assisted', 'cloud_api'] as const
export type SenderChannel = (typeof senderChannels)[number]

/** How the assisted channel opens a chat: wa.me works everywhere; the others are a preference. */
export const assistedOpeners = ['wa_me', 'desktop_app', 'web'] as const
export type AssistedOpener = (typeof assistedOpeners)[number]

/**
 * The rules of thumb that keep a number alive (PRODUCT.md). A sender may be stricter, never looser;
 * the core refuses anything outside these whatever the caller.
 */
export const hardLimits = {
  gapMinSeconds: 30,
  gapMaxSeconds: 300,
  perHour: 50,
  newChatsPerDay: 250,
  activeChats: 1000,
} as const

export interface SenderLimits {
  /** Each gap between two messages is random in [gapMinSeconds, gapMaxSeconds]. */
  gapMinSeconds: number
  gapMaxSeconds: number
  /** Messages in any 60 minutes. */
  perHour: number
  /** Chats with people this number never wrote to, in any 24 hours (lowered further by warm-up). */
  newChatsPerDay: number
  /** Distinct people messaged in the last 24 hours. */
  activeChats: number
}

export const defaultLimits: SenderLimits = { ...hardLimits }

/**
 * How many new chats a day a young number may start, by its age in days since it began to be used
 * for WhatsApp. From about two weeks on the full 250. Documented in docs/limits.md; a sender may
 * lower any step, never raise one.
 */
export interface WarmUpStep {
  /** From this day of age on (0 = the first day). */
  fromDay: number
  newChatsPerDay: number
}
export const defaultWarmUp: readonly WarmUpStep[] = [
  { fromDay: 0, newChatsPerDay: 20 },
  { fromDay: 3, newChatsPerDay: 40 },
  { fromDay: 6, newChatsPerDay: 80 },
  { fromDay: 9, newChatsPerDay: 150 },
  { fromDay: 14, newChatsPerDay: 250 },
]

/** Days of the week as ISO numbers: 1 = Monday … 7 = Sunday. */
export interface SendingWindow {
  /** "HH:MM" in the sender's time zone. */
  start: string
  end: string
  days: number[]
}
export const defaultWindow: SendingWindow = {
  start: '10:00',
  end: '20:00',
  days: [1, 2, 3, 4, 5, 6],
}

export interface Sender {
  id: number
  label: string
  channel: SenderChannel
  /** The shop's own number, E.164; the test send goes here. */
  phone: string
  /** The day the number began to be used for WhatsApp, "YYYY-MM-DD": its age drives the warm-up. */
  startedOn: string
  /** IANA, e.g. "Europe/Moscow". */
  timeZone: string
  /**
   * The day the warm-up counts from, "YYYY-MM-DD": `startedOn`, or the day its latest block ended
   * (a number back from a block starts again as a young one).
   */
  warmUpFrom: string
  window: SendingWindow
  limits: SenderLimits
  warmUp: WarmUpStep[]
  assistedOpener: AssistedOpener
  /** The Cloud API connection (channel cloud_api); null until connected. */
  cloud: CloudConnection | null
  /**
   * WhatsApp blocked this number: nothing of it sends or starts until the owner acts. A temporary
   * block whose time is over is no longer here (the ban centre keeps it in the history).
   */
  block: SenderBlock | null
  createdAt: number
  updatedAt: number
}

/** What saving a sender answers: the sender, and whether its number brings earlier sends along. */
export interface SavedSender extends Sender {
  /**
   * The number already sent messages from Rupor (as a deleted sender that came back, or a sender
   * that had it before): its limits count those sends.
   */
  inheritsPastSends: boolean
}

/** Where a sender stands against its limits now, for the gauges. */
export interface SenderUsage {
  senderId: number
  sentLastHour: number
  perHour: number
  newChatsLast24h: number
  /** Today's allowance: the lower of the sender's limit and its warm-up step. */
  newChatsAllowed: number
  activeChats: number
  activeChatsMax: number
  /** Cloud API: the account's tier as new people per rolling 24 hours (null: unlimited or not cloud). */
  tierPerDay: number | null
  /** People reached in 24 hours by every number of the business portfolio (its shared tier). */
  tierUsed: number
  ageDays: number
  /** Whether the window is open now, and when it next opens or closes. */
  windowOpen: boolean
  windowChangesAt: number | null
  /** The window's IANA time zone: its hours are shown in it, whatever the computer's zone. */
  timeZone: string
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const sendingWindowSchema = z
  .object({
    start: hhmm,
    end: hhmm,
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .strict()
  .refine((w) => w.start < w.end, { message: 'window_end_before_start', path: ['end'] })

export const senderLimitsSchema = z
  .object({
    gapMinSeconds: z.number().int().min(hardLimits.gapMinSeconds).max(hardLimits.gapMaxSeconds),
    gapMaxSeconds: z.number().int().min(hardLimits.gapMinSeconds).max(hardLimits.gapMaxSeconds),
    perHour: z.number().int().min(1).max(hardLimits.perHour),
    newChatsPerDay: z.number().int().min(0).max(hardLimits.newChatsPerDay),
    activeChats: z.number().int().min(1).max(hardLimits.activeChats),
  })
  .strict()
  .refine((l) => l.gapMinSeconds <= l.gapMaxSeconds, {
    message: 'gap_min_over_max',
    path: ['gapMaxSeconds'],
  })

/** A step may only lower the default allowance for that age. */
export const warmUpSchema = z
  .array(
    z
      .object({
        fromDay: z.number().int().min(0).max(365),
        newChatsPerDay: z.number().int().min(0).max(hardLimits.newChatsPerDay),
      })
      .strict(),
  )
  .min(1)
  .max(30)
  .refine((steps) => steps[0]?.fromDay === 0, { message: 'warm_up_must_start_at_day_0' })
  .refine((steps) => steps.every((s, i) => i === 0 || s.fromDay > (steps[i - 1]?.fromDay ?? 0)), {
    message: 'warm_up_days_must_increase',
  })

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const senderInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    label: z.string().trim().min(1).max(60),
    channel: z.enum(senderChannels).default('assisted'),
    phone: z.string().trim().min(1).max(64),
    startedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, { message: 'unknown_time_zone' }),
    window: sendingWindowSchema.default(defaultWindow),
    limits: senderLimitsSchema.default(defaultLimits),
    warmUp: warmUpSchema.default([...defaultWarmUp]),
    assistedOpener: z.enum(assistedOpeners).default('wa_me'),
  })
  .strict()
export type SenderInput = z.input<typeof senderInputSchema>

export const senderIdSchema = z.object({ id: z.number().int().positive() }).strict()

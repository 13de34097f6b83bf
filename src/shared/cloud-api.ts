// The official channel, WhatsApp Business Cloud API, as the renderer sees it. The access token is
// written once (cloud.connect) and never read back: it stays in the core's secret store.
import { z } from 'zod'
import { contactFieldNames } from './message-fields'
import {
  headerFormats,
  headerMediaSchema,
  templateButtonSchema,
  type HeaderFormat,
  type TemplateButton,
} from './template-parts'

/** Meta's WhatsApp docs of 2026 use v25.0; the version is a setting so a newer one can be chosen. */
export const defaultCloudApiVersion = 'v25.0'
export const defaultCloudBaseUrl = 'https://graph.facebook.com'

/** The number's quality as Meta rates it (GREEN / YELLOW / RED / NA or UNKNOWN). */
export const qualityRatings = ['high', 'medium', 'low', 'unrated'] as const
export type QualityRating = (typeof qualityRatings)[number]

/** Whether the number can send now (health_status.can_send_message). */
export const healthStates = ['available', 'limited', 'blocked', 'unknown'] as const
export type HealthState = (typeof healthStates)[number]

/** What "Check connection" read from Meta, in plain terms. */
export interface CloudAccount {
  displayPhoneNumber: string
  verifiedName: string
  quality: QualityRating
  /** Meta's value as given, e.g. "TIER_250"; empty when Meta gave none. */
  messagingLimitTier: string
  /** New people a rolling 24 hours may reach; null: unlimited. */
  newPeoplePerDay: number | null
  /** False when Meta's value was unknown to Rupor and the lowest tier (250) is assumed. */
  tierKnown: boolean
  /** e.g. "STANDARD" (80 messages a second); empty when not given. */
  throughput: string
  health: HealthState
  /** Meta's own words on a limited or blocked number (additional_info, error descriptions). */
  healthNotes: string[]
  checkedAt: number
}

export const tokenLosses = ['damaged', 'unreadable', 'missing'] as const
export type TokenLoss = (typeof tokenLosses)[number]

export interface CloudConnection {
  phoneNumberId: string
  wabaId: string
  apiVersion: string
  baseUrl: string
  /** A token is stored and can be read. The token itself never leaves the core. */
  hasToken: boolean
  /**
   * Why a token entered earlier can no longer be read, so it is asked for again: the file holding
   * tokens was damaged (and set aside), another computer encrypted it, or it is gone. Null otherwise.
   */
  tokenLost: TokenLoss | null
  /** False where the token is kept without OS encryption (the browser host, or no keychain). */
  tokenEncrypted: boolean
  /** Meta refused the token (codes 0, 190): sending waits for a new one. */
  tokenRejected: boolean
  /** The last check's answer; null until checked. */
  account: CloudAccount | null
  /** Whether the message-history endpoint answered; null until tried. */
  historyAvailable: boolean | null
  /** Why status polling of this number waits now, and until when; null: it polls as usual. */
  polling?: PollingPause | null
  /**
   * The business portfolio the number belongs to: its numbers share one messaging limit (tier).
   * Read from Meta at "check connection" ('meta'), or the owner's choice ('owner'); null: unknown.
   */
  portfolioId: string | null
  portfolioSource: PortfolioSource | null
}

export const portfolioSources = ['meta', 'owner'] as const
export type PortfolioSource = (typeof portfolioSources)[number]

/**
 * The owner's word on a number's portfolio: it shares one with another number (`withSenderId`),
 * or none known (null). Meta's answer at "check connection" takes precedence.
 */
export const cloudPortfolioSchema = z
  .object({
    senderId: z.number().int().positive(),
    withSenderId: z.number().int().positive().nullable(),
  })
  .strict()

const digits = z
  .string()
  .trim()
  .regex(/^\d{5,30}$/, { message: 'digits_only' })

export const cloudConnectSchema = z
  .object({
    senderId: z.number().int().positive(),
    phoneNumberId: digits,
    wabaId: digits,
    apiVersion: z
      .string()
      .trim()
      .regex(/^v\d{1,3}\.\d$/, { message: 'api_version_format' })
      .default(defaultCloudApiVersion),
    baseUrl: z
      .string()
      .trim()
      .max(300)
      .refine(
        (value) => {
          try {
            const url = new URL(value)
            return (url.protocol === 'https:' || url.protocol === 'http:') && url.hash === ''
          } catch {
            return false
          }
        },
        { message: 'base_url_format' },
      )
      .default(defaultCloudBaseUrl),
    /** Omitted: keep the stored token. Required the first time. */
    token: z.string().trim().min(20).max(4096).optional(),
  })
  .strict()
export type CloudConnectInput = z.input<typeof cloudConnectSchema>

export const cloudSenderSchema = z.object({ senderId: z.number().int().positive() }).strict()

/**
 * One placeholder of a template: {{1}} (positional) or {{first_name}} (named), in the header or
 * body; or a button's value, keyed by the button's index ("0"): a URL button's variable suffix or
 * a copy-code button's code (template-parts.ts).
 */
export interface TemplatePlaceholder {
  component: 'header' | 'body' | 'button'
  key: string
}

/** A message template as Meta holds it, flattened for showing and mapping. */
export interface CloudTemplate {
  id: string
  name: string
  /** The exact locale it was made in, e.g. "ru" or "en_US". */
  language: string
  /** MARKETING, UTILITY or AUTHENTICATION. */
  category: string
  /** APPROVED may be sent; PAUSED, DISABLED, PENDING, REJECTED… may not. */
  status: string
  parameterFormat: 'positional' | 'named'
  /** Header text, when the header is text. */
  header: string | null
  body: string
  footer: string | null
  /** Button labels, e.g. "Stop promotions". */
  buttons: string[]
  placeholders: TemplatePlaceholder[]
  /** What the header is: text, a file (image, video, document), a location; absent: none. */
  headerFormat?: HeaderFormat
  /** Each button with its kind, in Meta's order (its index); absent: none read. */
  buttonDetails?: TemplateButton[]
}

/** Where a placeholder's value comes from for each person. */
export const templateParamSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('field'),
      field: z.enum(contactFieldNames),
      /** Used when the person's field is empty (Meta refuses empty parameters). */
      fallback: z.string().trim().max(200).default(''),
    })
    .strict(),
  z.object({ kind: z.literal('fixed'), value: z.string().trim().min(1).max(1000) }).strict(),
])
export type TemplateParam = z.output<typeof templateParamSchema>

const placeholderSchema = z
  .object({ component: z.enum(['header', 'body', 'button']), key: z.string().min(1).max(60) })
  .strict()

/** The template a campaign sends, as chosen (a copy: the text shown and recorded) and its mapping. */
export const campaignTemplateSchema = z
  .object({
    /** Meta's id and status when it was chosen: kept for the record, checked again at start. */
    id: z.string().max(100).optional(),
    status: z.string().max(40).optional(),
    name: z.string().min(1).max(512),
    language: z.string().min(1).max(20),
    category: z.string().max(40),
    parameterFormat: z.enum(['positional', 'named']),
    header: z.string().max(1000).nullable(),
    body: z.string().max(4096),
    footer: z.string().max(1000).nullable(),
    buttons: z.array(z.string().max(100)).max(10),
    placeholders: z.array(placeholderSchema).max(100),
    /** Keyed "<component>:<key>", e.g. "body:1", "body:first_name" or "button:0". */
    params: z.record(z.string(), templateParamSchema),
    /**
     * Absent in campaigns saved before headers and buttons were read (and in older callers):
     * read as no media header and no buttons to fill, as they were sent then.
     */
    headerFormat: z.enum(headerFormats).optional(),
    buttonDetails: z.array(templateButtonSchema).max(10).optional(),
    /** The file the owner picked for an image, video or document header (kept in cloud_media). */
    headerMedia: headerMediaSchema.nullable().optional(),
  })
  .strict()
export type CampaignTemplate = z.output<typeof campaignTemplateSchema>
export const paramKey = (placeholder: TemplatePlaceholder): string =>
  `${placeholder.component}:${placeholder.key}`

/** What importing a file of webhook events did. Re-importing the same file changes nothing. */
export interface WebhookImportOutcome {
  lines: number
  /** Delivery statuses that moved a message forward (sent → delivered → read, or failed). */
  statuses: number
  /** Messages that turned out failed, by Rupor's reason. */
  failed: number
  /** Numbers put on the opt-out list ("stop" replies, marketing stops, "Stop promotions" taps). */
  optedOut: number
  /** Messages people wrote that were new (each kept, shown on their card and the campaign's page). */
  replies: number
  /** Of those, the likely requests to stop now waiting in "replies to review". */
  toReview: number
  /** Events already known, or about messages Rupor did not send. */
  unchanged: number
  /** Lines that are not webhook events: line number and why. */
  problems: { line: number; problem: 'not_json' | 'not_webhook' }[]
}

export const cloudImportEventsSchema = z
  .object({
    senderId: z.number().int().positive(),
    /** The file as saved by a relay: one webhook POST body (JSON) per line; up to 5 MB. */
    base64: z.string().max(7_000_000),
  })
  .strict()

/**
 * Status polling waits: 'backing_off' — Meta refused for a while (a rate limit such as code 4 or
 * 80007, a hiccup, no connection), each refusal in a row waiting longer; 'budget' — the account's
 * hourly allowance of Meta's management requests is used up (part of it is kept for the owner).
 */
export interface PollingPause {
  reason: 'backing_off' | 'budget'
  /** When polling asks again (ms since the epoch). */
  until: number
  /** Meta's code of the refusal that started the wait; null: Meta could not be reached or budget. */
  metaCode: number | null
}

export interface StatusRefreshOutcome {
  checked: number
  updated: number
  /** False: this account does not answer the message-history endpoint; nothing is polled. */
  historyAvailable: boolean
  /** Messages Meta's history did not know this time (each is asked a few times, then no more). */
  unknown: number
  /** Polling stopped before asking about every message: why, and when it goes on. */
  paused: PollingPause | null
}

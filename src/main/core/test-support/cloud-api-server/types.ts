// The public shapes of the Cloud API test server. Other code depends on these names.

import type { CloudTestPortfolio } from './portfolio'

/** A message template as Meta's `GET /{waba}/message_templates` returns it. */
export interface CloudTestTemplate {
  id: string
  name: string
  /** The exact locale the template was created in, e.g. 'ru', 'en_US'. */
  language: string
  category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION'
  // `string & Record<never, never>` keeps the known values suggested while allowing any status.
  status:
    'APPROVED' | 'PAUSED' | 'DISABLED' | 'PENDING' | 'REJECTED' | (string & Record<never, never>)
  parameter_format?: 'POSITIONAL' | 'NAMED'
  /** Meta's shape: HEADER / BODY (with `example`) / FOOTER / BUTTONS. */
  components: unknown[]
}

export type RecipientFate =
  /** Answer this error code synchronously (the first `times` attempts, default always). */
  | { sync: number; times?: number; regainMinutes?: number }
  /** Accept (200), then the message's later fate (message history + webhook events). */
  | { async: 'delivered' | 'read' | { failed: number } }

export interface SentMessage {
  wamid: string
  to: string
  waId: string
  body: Record<string, unknown>
  at: number
  status: 'sent' | 'delivered' | 'read' | 'failed'
  errorCode?: number
  /** Meta answers no error when the portfolio's 24 h unique-recipient tier is used up. */
  overTier: boolean
  /** Answered `held_for_quality_assessment` (pacing): no status until released or dropped. */
  held: boolean
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  status: number
  responseBody: unknown
}

export interface CloudTestAccount {
  displayPhoneNumber: string
  verifiedName: string
  qualityRating: 'GREEN' | 'YELLOW' | 'RED' | 'NA' | 'UNKNOWN'
  /** e.g. 'TIER_250', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED', or anything. */
  messagingLimit: string
  throughputLevel: string
  health: 'AVAILABLE' | 'LIMITED' | 'BLOCKED'
  /** The business number's country calling code, prefixed to a `to` without '+'. */
  countryCallingCode: string
}

export interface CloudApiTestServer {
  /** 'http://127.0.0.1:<port>', no trailing slash. */
  url: string
  token: string
  phoneNumberId: string
  wabaId: string
  requests: RecordedRequest[]
  /** Accepted messages in order. */
  sent: SentMessage[]
  /** Keyed by the digits of the argument only (no country code is added). */
  setFate(e164OrDigits: string, fate: RecipientFate): void
  /** From the (n+1)-th accepted-or-attempted send on, every send answers this code (e.g. 368).
   * Counts every send that passed validation since the server started. */
  failAllAfter(n: number, code: number): void
  setAccount(patch: Partial<CloudTestAccount>): void
  setTemplates(templates: CloudTestTemplate[]): void
  setTemplateStatus(name: string, language: string, status: string): void
  /** Every file uploaded through POST /{pnid}/media, in order: its id, type, name and size. */
  mediaUploads(): { id: string; mime: string; fileName: string; bytes: number; at: number }[]
  /** Forgets every media id, as Meta does after 30 days: sends naming one then fail (131053). */
  expireMedia(): void
  /** Whether GET /{pnid}/message_history answers (default true); false: Meta's documented
   * 403, code 200 ("Your app doesn't have permission to access message history…"). */
  setHistoryAvailable(on: boolean): void
  /** The history says the status webhooks could not be handed over (webhook_update_state FAILED,
   * error_description "Webhook endpoint returned HTTP 500", as Meta's OpenAPI example). */
  setWebhookDeliveryFailing(on: boolean): void
  /** A failed history event also carries the status webhook's errors[] with its code. Meta's v23
   * OpenAPI lists no such field (default off): for testing a client that reads one if present. */
  setHistoryErrors(on: boolean): void
  /** Management calls (every GET) the account made in the rolling hour before now. */
  managementCallsInHour(): number
  /** Meta's allowance of management calls per rolling hour, from now on (e.g. to force a 429). */
  setManagementCallsPerHour(perHour: number): void
  /** The message history no longer holds this message (asking about it answers 422, code 100). */
  forgetHistory(wamid: string): void
  /** Webhook envelopes (objects, as Meta POSTs them) for everything that happened. */
  webhookEvents(): object[]
  /** A person writes (replying to the message `replyTo`, a wamid, if given); answers its wamid. */
  inboundText(fromDigits: string, text: string, replyTo?: string): string
  userPreference(waId: string, value: 'stop' | 'resume'): void
  /** A quick-reply tap on the template `contextWamid` (payload: the label unless given). */
  buttonTap(fromDigits: string, text: string, contextWamid: string, payload?: string): string
  /** The business portfolio (shared with the servers given the same one). */
  portfolio: CloudTestPortfolio
  /**
   * Portfolio pacing: template sends of the whole portfolio past the first `n` are answered
   * `held_for_quality_assessment`, or `paused` when asked (null: none held).
   */
  holdTemplatesAfter(n: number | null, answer?: 'held_for_quality_assessment' | 'paused'): void
  /**
   * Pacing decides on this number's held messages: released (sent, then delivered), or dropped
   * with a `failed` status and code 135000 (portfolio pacing) or 132015 (template pacing).
   */
  settleHeld(outcome: 'release' | { drop: 135000 | 132015 }): void
  close(): Promise<void>
}

export interface CloudApiTestServerOptions {
  token?: string
  phoneNumberId?: string
  wabaId?: string
  account?: Partial<CloudTestAccount>
  templates?: CloudTestTemplate[]
  /** Milliseconds since the epoch; drives the rate rules and every timestamp. */
  now?: () => number
  /**
   * The business portfolio this number belongs to: servers given the same one share its tier
   * (unique people in 24 h) and its pacing (portfolio.ts). Default: a portfolio of its own.
   */
  portfolio?: CloudTestPortfolio
  /** Meta's allowance of management calls per rolling hour (default 200, a new account's). */
  managementCallsPerHour?: number
}

// The public shapes of the Cloud API test server. Other code depends on these names.

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
  /** Whether GET /{pnid}/message_history answers (default true); false: it answers as Graph does for an unsupported edge. */
  setHistoryAvailable(on: boolean): void
  /** Webhook envelopes (objects, as Meta POSTs them) for everything that happened. */
  webhookEvents(): object[]
  inboundText(fromDigits: string, text: string): void
  userPreference(waId: string, value: 'stop' | 'resume'): void
  buttonTap(fromDigits: string, text: string, contextWamid: string): void
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
}

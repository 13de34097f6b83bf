// The envelope every call answers with. Thrown errors lose their shape crossing IPC or HTTP,
// so failures travel as data and the client turns them back into exceptions.

/** Stable, translatable error codes. The renderer shows `errors.<code>` in the user's language. */
export const errorCodes = [
  'invalid_input',
  'unknown_call',
  'not_found',
  'forbidden',
  'file_problem',
  /** A list would hold more than 256 people; details: { limit, size, adding }. */
  'list_full',
  /** A list needs at least 2 people; details: { minimum, size }. */
  'list_too_small',
  /** Another list already has this name; details: { name }. */
  'name_taken',
  /** The thing is not in a state that allows this (start a finished campaign…); details: { state }. */
  'wrong_state',
  /** The Cloud API refused; details: { metaCode, reason (cloudErrors.<reason>), metaMessage }. */
  'cloud_api',
  /** The Cloud API could not be reached; details: { host }. */
  'cloud_unreachable',
  /**
   * The number's WhatsApp Business account used Meta's hourly allowance of management requests
   * (templates, checks, statuses), which Rupor counts; details: { minutes } until one is free.
   */
  'cloud_budget',
  /** The campaign's template cannot be sent now; details: { name, language, status }. */
  'template_unavailable',
  /**
   * Rupor cannot fill the campaign's template (a location header, a header file not picked, a
   * button without its value…); details: { name, problem (template-fill.ts), button, kind, type }.
   */
  'template_unfillable',
  /** A template header's file cannot be used; details: { problem, kind, limitMb }. */
  'media_file',
  /** WhatsApp blocked this number; details: { reason }. The ban centre says what to do. */
  'sender_blocked',
  /** The Cloud API needs a (new) access token for this number. */
  'needs_token',
  /** The message names {{shop}} and Settings has no shop name: it would go out with a gap. */
  'shop_name_missing',
  /**
   * A list message (phone broadcast) may not go or be recorded now; details: { reasons } (the
   * refusal keys, comma-separated). The campaign's page says each in words.
   */
  'list_message_refused',
  /**
   * Someone given for the phone's broadcast list may not get a list message (may not be messaged,
   * has not saved the number, or is not on the list); details: { names, count }. Nothing was saved.
   */
  'phone_list_refused',
  /** A request larger than the host accepts (HTTP 413); details: { limitMb }. */
  'too_large',
  /** The disk is full: nothing was saved, and nothing half-saved. */
  'disk_full',
  /** The data folder cannot be written (read-only, not a folder, no permission): nothing was saved. */
  'read_only',
  /**
   * A check found the database damaged after the start: reads go on, nothing is saved from then
   * on. Restarting Rupor offers the damaged-database recovery.
   */
  'database_damaged',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface InputIssue {
  /** Where in the input, e.g. "shopName" or "items.2.phone". Empty for the input as a whole. */
  path: string
  /** The schema's words (English), or the core's own reason code such as `too_short`. */
  message: string
  /** What kind of problem, for the UI's words: the schema's (`too_small`, `too_big`…). */
  kind?: string
  /** The bound broken, with `too_small` / `too_big`. */
  limit?: number
  /** What was too small or too big: `string` (its length), `number`, `array` (its items). */
  origin?: string
}

export interface ApiError {
  code: ErrorCode
  /** English, for logs and scripts; the UI translates `code` instead. */
  message: string
  issues?: InputIssue[]
  /** Facts for the translated message, e.g. { problem: 'unbalanced_quote', line: 12 }. */
  details?: Record<string, string | number>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: ApiError): Result<never> => ({ ok: false, error })

// What Rupor does about each Cloud API error, in words the renderer translates. The table of codes
// itself is in the core (cloud-api/error-actions.ts); these are its vocabulary.

/**
 * retry: the same message again after a back-off (throughput, a server hiccup).
 * defer_recipient: this person later, the campaign goes on (pair rate limit).
 * skip: this person is not messaged, with the reason (undeliverable, invalid number…).
 * pause_campaign: the campaign waits for the owner (a template paused, a setup problem, rate limits).
 * stop_sender: every campaign of the number stops and the ban centre opens (policy blocks).
 * new_token: every campaign of the number waits for a new access token.
 */
export const cloudActions = [
  'retry',
  'defer_recipient',
  'skip',
  'pause_campaign',
  'stop_sender',
  'new_token',
] as const
export type CloudAction = (typeof cloudActions)[number]

/** One key per row of the error table; `cloudErrors.<reason>` explains it to the owner. */
export const cloudErrorReasons = [
  'token_invalid',
  'no_permission',
  'app_rate_limit',
  'account_rate_limit',
  'throughput',
  'pair_rate_limit',
  'spam_limit',
  'not_delivered_ecosystem',
  'marketing_stopped',
  'experiment',
  'undeliverable',
  're_engagement',
  'unsupported_type',
  'media_error',
  'invalid_parameter',
  'missing_parameter',
  'invalid_number',
  'recipient_is_sender',
  'not_in_allowed_list',
  'template_params',
  'template_missing',
  'template_too_long',
  'template_format',
  'template_paused',
  'template_disabled',
  'generic_user_error',
  'policy_block',
  'country_not_allowed',
  'account_locked',
  'payment',
  'display_name',
  'certificate',
  'maintenance',
  'not_registered',
  'number_deleted',
  'service_down',
  // 131009: a parameter of the message is not valid — the campaign waits, with Meta's words.
  'parameter_not_valid',
  // Meta answered a send "held for quality assessment" (template or portfolio pacing).
  'held_for_quality',
  // Meta answered a send "paused": its delivery is paused (pacing), it may be dropped later.
  'delivery_paused',
  // A URL ending or copy code from this person's card is empty or too long: they are skipped.
  'button_value_unusable',
  // A held message dropped later: 135000 (portfolio pacing) or 132015 (template pacing).
  'portfolio_pacing_drop',
  'template_pacing_drop',
  'unknown',
] as const
export type CloudErrorReason = (typeof cloudErrorReasons)[number]

/** Why a campaign stopped on its own; null when the owner paused it. */
export interface PauseReason {
  /**
   * A Cloud API error's reason, or: the network failed and it is not known whether it went out;
   * the number is blocked; Rupor's scheduler failed unexpectedly for this number; Rupor was quit
   * while the campaign was running (app_quit); the database was found damaged, so nothing more
   * is sent or written (database_damaged: shown, never stored — the file refuses every write).
   */
  reason:
    | CloudErrorReason
    | 'network'
    | 'sender_blocked'
    | 'internal_error'
    | 'app_quit'
    | 'database_damaged'
  /** Meta's error code, when there was one. */
  code: number | null
  /** Meta's own message, shown as is for codes Rupor does not know. Never holds the token. */
  message: string
  /** When Meta says access returns (rate limits), if it said. */
  until: number | null
  at: number
}

/** A number WhatsApp blocked: nothing of this sender starts until the owner acts (the ban centre). */
export interface SenderBlock {
  reason: CloudErrorReason | 'reported_temporary' | 'reported_permanent'
  code: number | null
  message: string
  at: number
  /** When a temporary block ends, if known. */
  until: number | null
}

/**
 * Meta's words without the "(#368)" it puts in front: the code is shown on its own beside them.
 * Only the code the error carries is taken off, so a message about another code stays whole.
 */
export function metaWords({ code, message }: { code: number | null; message: string }): string {
  const words = message.trim()
  const prefix = `(#${String(code)})`
  return code !== null && words.startsWith(prefix) ? words.slice(prefix.length).trim() : words
}

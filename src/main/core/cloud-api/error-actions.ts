// The one table of Cloud API errors: each code Meta documents, the one thing Rupor does about it,
// and the reason shown to the owner. Sources: WHATSAPP-FACTS.md §2 (Meta's error-code page).
import type { CloudAction, CloudErrorReason } from '../../../shared/cloud-errors'

export interface ErrorAction {
  action: CloudAction
  reason: CloudErrorReason
  /** Skips that also put the number on the opt-out list (the person stopped marketing). */
  optOut?: true
}

const row = (action: CloudAction, reason: CloudErrorReason, optOut?: true): ErrorAction =>
  optOut ? { action, reason, optOut } : { action, reason }

export const errorActions: ReadonlyMap<number, ErrorAction> = new Map([
  // Authentication: a new token is needed; every campaign of the number waits for it.
  [0, row('new_token', 'token_invalid')],
  [190, row('new_token', 'token_invalid')],
  // Permissions and setup: nothing will go until the owner fixes the account.
  [3, row('pause_campaign', 'no_permission')],
  [10, row('pause_campaign', 'no_permission')],
  [131005, row('pause_campaign', 'no_permission')],
  [33, row('pause_campaign', 'number_deleted')],
  [133010, row('pause_campaign', 'not_registered')],
  [131037, row('pause_campaign', 'display_name')],
  [131045, row('pause_campaign', 'certificate')],
  // Rate limits with a time to regain access: the campaign waits, showing when.
  [4, row('pause_campaign', 'app_rate_limit')],
  [80007, row('pause_campaign', 'account_rate_limit')],
  [80008, row('pause_campaign', 'account_rate_limit')],
  // Throughput and server hiccups: the same message again after a back-off.
  [130429, row('retry', 'throughput')],
  [131057, row('retry', 'maintenance')],
  [1, row('retry', 'service_down')],
  [2, row('retry', 'service_down')],
  [131000, row('retry', 'service_down')],
  [131016, row('retry', 'service_down')],
  [133004, row('retry', 'service_down')],
  // Too many messages to this one person: later, the others go on.
  [131056, row('defer_recipient', 'pair_rate_limit')],
  // This person cannot or should not get it: skipped with the reason, never retried.
  [131026, row('skip', 'undeliverable')],
  [131049, row('skip', 'not_delivered_ecosystem')],
  [131050, row('skip', 'marketing_stopped', true)],
  [130472, row('skip', 'experiment')],
  [131047, row('skip', 're_engagement')],
  [131021, row('skip', 'recipient_is_sender')],
  [131030, row('skip', 'not_in_allowed_list')],
  [132005, row('skip', 'template_too_long')],
  [130497, row('skip', 'country_not_allowed')],
  // The message itself is wrong: every person would get the same error, so the campaign waits.
  [100, row('pause_campaign', 'invalid_parameter')],
  // "Parameter value is not valid": a fault in the campaign (a template's parameter, a button)
  // repeats for every person, so the campaign waits with Meta's words instead of skipping each
  // person and using the list up. Rupor checks the numbers itself before sending.
  // https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
  [131009, row('pause_campaign', 'parameter_not_valid')],
  [131008, row('pause_campaign', 'missing_parameter')],
  [131051, row('pause_campaign', 'unsupported_type')],
  [131053, row('pause_campaign', 'media_error')],
  [132000, row('pause_campaign', 'template_params')],
  [132012, row('pause_campaign', 'template_params')],
  [132001, row('pause_campaign', 'template_missing')],
  [132007, row('pause_campaign', 'template_format')],
  [132015, row('pause_campaign', 'template_paused')],
  [132016, row('pause_campaign', 'template_disabled')],
  [135000, row('pause_campaign', 'generic_user_error')],
  // WhatsApp restricted the number: everything of this sender stops; the ban centre opens.
  [368, row('stop_sender', 'policy_block')],
  [131031, row('stop_sender', 'account_locked')],
  [131048, row('stop_sender', 'spam_limit')],
  [131042, row('stop_sender', 'payment')],
])

/** Codes 200–299 are all "API permission" errors (e.g. no access to the WhatsApp account). */
const permissionRange = (code: number): boolean => code >= 200 && code <= 299

/** What to do about a Cloud API error code. Codes Rupor does not know pause with Meta's message. */
export function actionFor(code: number): ErrorAction {
  const known = errorActions.get(code)
  if (known) return known
  if (permissionRange(code)) return row('pause_campaign', 'no_permission')
  return row('pause_campaign', 'unknown')
}

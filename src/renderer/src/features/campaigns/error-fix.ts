// What a Cloud API call's refusal means for the owner: the reason in Rupor's words, and where it
// can be fixed (the number's settings or the ban centre).
import { cloudErrorReasons, type CloudErrorReason } from '../../../../shared/cloud-errors'
import { ApiCallError } from '../../api/errors'

/**
 * The reason Meta's error has in Rupor's table, when Rupor has words for it; null for other
 * errors and for `unknown` (Meta's own message says more than "unknown").
 */
export function cloudReasonOf(error: unknown): CloudErrorReason | null {
  if (!(error instanceof ApiCallError) || error.code !== 'cloud_api') return null
  const reason = cloudErrorReasons.find((known) => known === error.details.reason)
  return reason === undefined || reason === 'unknown' ? null : reason
}

/** Meta's reasons whose fix is in the number's Cloud API settings (its token). */
export const fixedInSettings = (reason: unknown): boolean =>
  reason === 'token_invalid' || reason === 'no_permission'

/** Where a refusal can be fixed: the number's settings, the ban centre, or nowhere in Rupor. */
export function errorFix(error: unknown): 'settings' | 'banCentre' | null {
  if (!(error instanceof ApiCallError)) return null
  switch (error.code) {
    case 'needs_token':
    case 'cloud_unreachable':
      return 'settings'
    case 'sender_blocked':
      return 'banCentre'
    case 'cloud_api':
      return fixedInSettings(error.details.reason) ? 'settings' : null
    default:
      return null
  }
}

// Why a campaign stopped on its own, sorted into what the campaign's page says and offers.
import { metaWords, type PauseReason } from '../../../../shared/cloud-errors'
import { reasonKey } from './campaign-progress'
import { fixedInSettings } from './error-fix'

export interface PauseView {
  /**
   * The headline: the number is blocked, the campaign waits for the owner, or it was paused when
   * Rupor was quit while it ran (nothing went wrong: it goes on when resumed).
   */
  kind: 'blocked' | 'stopped' | 'quit'
  /**
   * The main sentence: Rupor's explanation of the reason, or Meta's own words for an error Rupor
   * does not know (its explanation only says "see below").
   */
  lead: { explain: PauseReason['reason'] } | { metaMessage: string }
  /** Meta's code and words under the main sentence, when Meta gave any. */
  meta: { code: number | null; message: string } | null
  /** When Meta gives access back (rate limits). */
  until: number | null
  /** Where the fix is: the ban centre (a blocked number) or the number's settings (its token). */
  goTo: 'banCentre' | 'settings' | null
}

export function pauseView(pause: PauseReason, senderBlocked: boolean): PauseView {
  const message = metaWords(pause)
  const unknown = pause.reason === 'unknown' && message !== ''
  const blocked = pause.reason === 'sender_blocked' || senderBlocked
  return {
    kind: blocked ? 'blocked' : pause.reason === 'app_quit' ? 'quit' : 'stopped',
    lead: unknown ? { metaMessage: message } : { explain: pause.reason },
    meta: metaLine(pause.code, unknown ? '' : message),
    until: pause.until,
    goTo: blocked ? 'banCentre' : fixedInSettings(pause.reason) ? 'settings' : null,
  }
}

/** Meta's code and words, or nothing when Meta gave neither (a network failure, a block). */
function metaLine(code: number | null, message: string): PauseView['meta'] {
  return code === null && message === '' ? null : { code, message }
}

/** The reason in a few words, for the overview's line: the item's label, or the two of its own. */
export function pauseShortKey(reason: PauseReason['reason']) {
  if (reason === 'network') return 'campaigns.detail.autoPause.shortNetwork' as const
  if (reason === 'sender_blocked') return 'campaigns.detail.autoPause.shortBlocked' as const
  if (reason === 'internal_error') return 'campaigns.detail.autoPause.shortInternal' as const
  if (reason === 'app_quit') return 'campaigns.detail.autoPause.shortQuit' as const
  if (reason === 'database_damaged') return 'campaigns.detail.autoPause.shortDamaged' as const
  return reasonKey(reason)
}

// Delivery news about messages Rupor sent (from imported webhook events or the message-history
// endpoint), applied so that order and repetition do not matter: a message only moves forward
// (accepted → sent → delivered → read; failed is final), and the same news twice changes nothing.
import type { Database } from 'better-sqlite3'
import type { DeliveryState } from '../../../shared/campaigns'
import type { PauseReason, SenderBlock } from '../../../shared/cloud-errors'
import { actionFor } from './error-actions'
import { holdMarketing, holdingCodes } from './marketing-holds'

const rank: Readonly<Record<DeliveryState, number>> = {
  accepted: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
}

export interface DeliveryNews {
  wamid: string
  state: Exclude<DeliveryState, 'accepted'>
  at: number
  errorCode: number | null
  /** Meta's own words about a failure (the status's errors[].message / error_data.details). */
  errorMessage?: string
}

export type DeliveryEffect =
  | { kind: 'unchanged' }
  | { kind: 'moved'; campaignId: number | null }
  /** The message failed after Meta accepted it: the item failed with the error table's reason. */
  | {
      kind: 'failed'
      campaignId: number | null
      e164: string
      optOut: boolean
      /** WhatsApp restricted the number (e.g. 131048 reported later): the sender must stop. */
      block: SenderBlock | null
      /**
       * The fault is in the message, not the person (a media id Meta lost, a parameter it refuses…):
       * everyone else would fail the same way, so the campaign pauses with this reason.
       */
      pause: PauseReason | null
    }
  /**
   * Meta dropped a message it had accepted, as pacing does with held messages (portfolio pacing:
   * 135000, and the portfolio may be blocked; template pacing: 132015, the template paused). The
   * item failed with that reason; the follow-up pauses the number's running campaigns — for
   * portfolio pacing, those of every number of its portfolio — before more of the list is lost.
   * https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
   * https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-pacing
   */
  | {
      kind: 'pacing_drop'
      campaignId: number | null
      e164: string
      pacing: PacingKind
      /** Meta's code; null when the failure came without one (message history has none). */
      code: number | null
      at: number
    }

/** Which of Meta's pacing dropped a message. */
export type PacingKind = 'portfolio' | 'template'

/** A late failure with one of these codes is a pacing drop (WHATSAPP-FACTS.md §3, [S10][S11]). */
export const pacingOfCode = (code: number | null): PacingKind | null =>
  code === 135000 ? 'portfolio' : code === 132015 ? 'template' : null

export function createDeliveryUpdates(db: Database) {
  const find = db.prepare<
    [string],
    {
      id: number
      item_id: number | null
      campaign_id: number | null
      e164: string
      delivery: DeliveryState | null
      meta_status: string | null
      error_code: number | null
    }
  >(
    `SELECT id, item_id, campaign_id, e164, delivery, meta_status, error_code FROM send_ledger
     WHERE wamid = ? AND state = 'sent'`,
  )
  const move = db.prepare<[DeliveryState, number, number | null, number]>(
    'UPDATE send_ledger SET delivery = ?, delivery_at = ?, error_code = coalesce(?, error_code) WHERE id = ?',
  )
  const failItem = db.prepare<[string, number, number]>(
    "UPDATE campaign_items SET state = 'failed', reason = ?, done_at = ? WHERE id = ? AND state = 'sent'",
  )
  // A failure first known without a code, its code learned later: only the code is new.
  const addCode = db.prepare<[number, number]>(
    "UPDATE send_ledger SET error_code = ? WHERE id = ? AND delivery = 'failed' AND error_code IS NULL",
  )
  const renameFailure = db.prepare<[string, number]>(
    "UPDATE campaign_items SET reason = ? WHERE id = ? AND state = 'failed'",
  )

  return {
    /** Applies one piece of news; what it changed, for counting and for the follow-ups. */
    apply(news: DeliveryNews): DeliveryEffect {
      const row = find.get(news.wamid)
      if (!row) return { kind: 'unchanged' }
      const heldBefore =
        row.meta_status === 'held_for_quality_assessment' || row.meta_status === 'paused'
      // Message history gives failures without a code: a later failure with one (a webhook
      // import) still says why — 131050 opts out, 131049 holds… — once: the code is kept, so the
      // same news again is unchanged.
      if (
        row.delivery === 'failed' &&
        row.error_code === null &&
        news.state === 'failed' &&
        news.errorCode !== null
      ) {
        if (addCode.run(news.errorCode, row.id).changes === 0) return { kind: 'unchanged' }
        // A held message failing without a code was already taken as a pacing drop and paused
        // the campaigns: a pacing code now only names it.
        const pausedAlready = heldBefore ? 'portfolio' : null
        return failed(row, news, pausedAlready, (reason) => {
          if (row.item_id !== null) renameFailure.run(reason, row.item_id)
        })
      }
      const current = row.delivery === null ? -1 : rank[row.delivery]
      if (rank[news.state] <= current) return { kind: 'unchanged' }
      move.run(news.state, news.at, news.errorCode, row.id)
      if (news.state !== 'failed') return { kind: 'moved', campaignId: row.campaign_id }
      return failed(row, news, null, (reason) => {
        if (row.item_id !== null) failItem.run(reason, news.at, row.item_id)
      })
    },
  }

  /**
   * A failure's effects: the 24 h hold (131049), the item's reason from the error table, and
   * what follows (a pacing drop, an opt-out, a paused campaign, a stopped sender).
   * `pacedBefore`: the pacing this failure was already taken for (its pause already done).
   */
  function failed(
    row: { campaign_id: number | null; e164: string; meta_status: string | null },
    news: DeliveryNews,
    pacedBefore: PacingKind | null,
    setReason: (reason: string) => void,
  ): DeliveryEffect {
    // Meta limited marketing messages to this person (a late 131049): held 24 h everywhere.
    if (news.errorCode !== null && holdingCodes.has(news.errorCode)) {
      holdMarketing(db, row.e164, news.at, news.errorCode)
    }
    // A message Meta answered "held" or "paused" that fails with no code (the message history
    // gives none) is read as pacing dropping it: nothing else fails a held message.
    const heldBefore =
      row.meta_status === 'held_for_quality_assessment' || row.meta_status === 'paused'
    const pacing =
      pacingOfCode(news.errorCode) ?? (news.errorCode === null && heldBefore ? 'portfolio' : null)
    if (pacing !== null) {
      setReason(pacing === 'portfolio' ? 'portfolio_pacing_drop' : 'template_pacing_drop')
      if (pacedBefore !== null) return { kind: 'moved', campaignId: row.campaign_id }
      return {
        kind: 'pacing_drop',
        campaignId: row.campaign_id,
        e164: row.e164,
        pacing,
        code: news.errorCode,
        at: news.at,
      }
    }
    const action = actionFor(news.errorCode ?? -1)
    setReason(action.reason)
    return {
      kind: 'failed',
      campaignId: row.campaign_id,
      e164: row.e164,
      optOut: action.optOut === true,
      block:
        action.action === 'stop_sender'
          ? { reason: action.reason, code: news.errorCode, message: '', at: news.at, until: null }
          : null,
      pause:
        action.action === 'pause_campaign' && news.errorCode !== null
          ? {
              reason: action.reason,
              code: news.errorCode,
              message: news.errorMessage ?? '',
              until: null,
              at: news.at,
            }
          : null,
    }
  }
}
export type DeliveryUpdates = ReturnType<typeof createDeliveryUpdates>

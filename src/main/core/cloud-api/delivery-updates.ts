// Delivery news about messages Rupor sent (from imported webhook events or the message-history
// endpoint), applied so that order and repetition do not matter: a message only moves forward
// (accepted → sent → delivered → read; failed is final), and the same news twice changes nothing.
import type { Database } from 'better-sqlite3'
import type { DeliveryState } from '../../../shared/campaigns'
import type { SenderBlock } from '../../../shared/cloud-errors'
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
      code: number
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
    }
  >(
    "SELECT id, item_id, campaign_id, e164, delivery FROM send_ledger WHERE wamid = ? AND state = 'sent'",
  )
  const move = db.prepare<[DeliveryState, number, number | null, number]>(
    'UPDATE send_ledger SET delivery = ?, delivery_at = ?, error_code = coalesce(?, error_code) WHERE id = ?',
  )
  const failItem = db.prepare<[string, number, number]>(
    "UPDATE campaign_items SET state = 'failed', reason = ?, done_at = ? WHERE id = ? AND state = 'sent'",
  )

  return {
    /** Applies one piece of news; what it changed, for counting and for the follow-ups. */
    apply(news: DeliveryNews): DeliveryEffect {
      const row = find.get(news.wamid)
      if (!row) return { kind: 'unchanged' }
      const current = row.delivery === null ? -1 : rank[row.delivery]
      if (rank[news.state] <= current) return { kind: 'unchanged' }
      move.run(news.state, news.at, news.errorCode, row.id)
      if (news.state !== 'failed') return { kind: 'moved', campaignId: row.campaign_id }
      // Meta limited marketing messages to this person (a late 131049): held 24 h everywhere.
      if (news.errorCode !== null && holdingCodes.has(news.errorCode)) {
        holdMarketing(db, row.e164, news.at, news.errorCode)
      }
      const pacing = pacingOfCode(news.errorCode)
      if (pacing !== null) {
        const reason = pacing === 'portfolio' ? 'portfolio_pacing_drop' : 'template_pacing_drop'
        if (row.item_id !== null) failItem.run(reason, news.at, row.item_id)
        const code = news.errorCode ?? 0
        return {
          kind: 'pacing_drop',
          campaignId: row.campaign_id,
          e164: row.e164,
          pacing,
          code,
          at: news.at,
        }
      }
      const action = actionFor(news.errorCode ?? -1)
      if (row.item_id !== null) failItem.run(action.reason, news.at, row.item_id)
      return {
        kind: 'failed',
        campaignId: row.campaign_id,
        e164: row.e164,
        optOut: action.optOut === true,
        block:
          action.action === 'stop_sender'
            ? { reason: action.reason, code: news.errorCode, message: '', at: news.at, until: null }
            : null,
      }
    },
  }
}
export type DeliveryUpdates = ReturnType<typeof createDeliveryUpdates>

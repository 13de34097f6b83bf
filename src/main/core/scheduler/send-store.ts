import type { Database } from 'better-sqlite3'
import type {
  CampaignState,
  CampaignWay,
  ItemReason,
  ItemState,
  ListMessageReply,
} from '../../../shared/campaigns'
import type { SenderBlock } from '../../../shared/cloud-errors'
import { blockInForce, outlasts } from '../senders/block-history'
import { rowsOfNumber } from '../senders/rows-of-number'
import type { LedgerSend } from './limits'

const dayMs = 24 * 60 * 60 * 1000

/** How the database refuses a claim to a number on the opt-out list (migration 0090). */
const optedOutRefusal = 'opted_out:'

/** What became of a claim: made, the item no longer planned, or refused for an opt-out. */
export type Claimed = 'claimed' | 'taken' | 'opted_out'

export interface CampaignRow {
  id: number
  name: string
  sender_id: number
  // list_id is left in the table but never read: campaign_lists holds a campaign's lists (0110).
  text: string
  append_opt_out: number
  opt_out_line: string
  utm: number
  utm_campaign: string
  language: 'ru' | 'en'
  start_at: number | null
  state: CampaignState
  /** JSON CampaignTemplate (Cloud API), or null. */
  template: string | null
  /** JSON PauseReason, or null. */
  pause_reason: string | null
  /** Paced by the scheduler, or one list message from the phone (never picked up here). */
  way: CampaignWay
  last_served_at: number | null
  created_at: number
  updated_at: number
}

export interface ItemRow {
  id: number
  campaign_id: number
  contact_id: number | null
  name: string
  e164: string | null
  position: number
  state: ItemState
  reason: ItemReason | null
  sent_text: string | null
  claimed_at: number | null
  done_at: number | null
  /** Deferred (pair rate limit) until then. */
  not_before: number | null
  /** A list message: what the person answered on the phone (marked by the owner). */
  reply: ListMessageReply | null
  attempts: number
}

/**
 * SQL: the item `i`'s campaign sends a marketing template (Meta's 131049 limit is on those only).
 * The recipients table's "held until" uses it too, so the two never disagree.
 */
export const marketingCampaign = `upper(coalesce(json_extract(
  (SELECT template FROM campaigns WHERE id = i.campaign_id), '$.category'), '')) = 'MARKETING'`

/**
 * The item's person is held by a 131049 at `now` (an SQL parameter) in this campaign. The hold is
 * looked up first: almost nobody has one, and then the campaign's template is not parsed (the
 * scheduler asks this of every planned person it passes over).
 */
const heldIn = (now: string): string =>
  `(EXISTS (SELECT 1 FROM marketing_holds h WHERE h.e164 = i.e164 AND h.until > ${now})
    AND ${marketingCampaign})`

/** The scheduler's reads and writes: campaigns, their queue and the sender's ledger. */
export function createSendStore(db: Database) {
  const campaign = db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
  const active = db.prepare<[number], CampaignRow>(
    `SELECT * FROM campaigns WHERE sender_id = ? AND state IN ('running', 'scheduled')
       AND way = 'paced' ORDER BY last_served_at IS NOT NULL, last_served_at, id`,
  )
  const item = db.prepare<[number], ItemRow>('SELECT * FROM campaign_items WHERE id = ?')
  // People deferred by the pair rate limit are passed over until their time, and so are people
  // Meta limited marketing messages to (131049, marketing_holds): in every marketing template
  // campaign of every number. Meta's limit is on marketing messages only, so a utility template
  // or a message sent by the owner from the phone (assisted) still goes.
  const firstPlanned = db.prepare<{ campaign: number; now: number }, ItemRow>(
    `SELECT * FROM campaign_items i WHERE campaign_id = @campaign AND state = 'planned'
       AND (not_before IS NULL OR not_before <= @now)
       AND NOT ${heldIn('@now')}
     ORDER BY position LIMIT 1`,
  )
  // When the first held person of the campaign may be tried (their hold ends), if any is held.
  const nextHeld = db.prepare<{ campaign: number; now: number }, { at: number | null }>(
    `SELECT min(max(h.until, coalesce(i.not_before, 0))) AS at FROM campaign_items i
     JOIN marketing_holds h ON h.e164 = i.e164
     WHERE i.campaign_id = @campaign AND i.state = 'planned' AND h.until > @now
       AND ${marketingCampaign}`,
  )
  // A held person's time is nextHeld's (a pair-rate deferral may have run out under the hold).
  const nextDeferred = db.prepare<{ campaign: number; now: number }, { at: number | null }>(
    `SELECT min(not_before) AS at FROM campaign_items i
     WHERE campaign_id = @campaign AND state = 'planned'
       AND NOT ${heldIn('@now')}`,
  )
  // The first planned person this sender already chats with: usable when new chats are used up.
  const firstKnownPlanned = db.prepare<[number, number, number, number], ItemRow>(
    `SELECT i.* FROM campaign_items i
     LEFT JOIN contacts c ON c.id = i.contact_id
     WHERE i.campaign_id = ? AND i.state = 'planned' AND i.e164 IS NOT NULL
       AND (i.not_before IS NULL OR i.not_before <= ?)
       AND NOT ${heldIn('?')}
       AND (c.chats_with_shop = 1 OR EXISTS (SELECT 1 FROM send_ledger l
            WHERE l.sender_id IN ${rowsOfNumber('?')} AND l.e164 = i.e164
              AND l.state <> 'not_sent'))
     ORDER BY i.position LIMIT 1`,
  )
  const sendingOfSender = db.prepare<[number], ItemRow>(
    `SELECT i.* FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
     WHERE c.sender_id = ? AND i.state = 'sending' ORDER BY i.claimed_at LIMIT 1`,
  )
  const uncertainOfSender = db.prepare<[number], { id: number }>(
    `SELECT i.id FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
     WHERE c.sender_id = ? AND i.state = 'uncertain' LIMIT 1`,
  )
  // The ledger reads that limits and pacing rest on count every row of the sender's number.
  const recent = db.prepare<[number, number], { at: number; e164: string; new_chat: number }>(
    `SELECT at, e164, new_chat FROM send_ledger
     WHERE sender_id IN ${rowsOfNumber('?')} AND at > ? AND state <> 'not_sent' ORDER BY at`,
  )
  // The tier belongs to the business portfolio: every number of it counts (cloud_connections).
  const portfolioRecent = db.prepare<
    { sender: number; since: number },
    { at: number; e164: string; new_chat: number }
  >(
    `SELECT at, e164, new_chat FROM send_ledger
     WHERE (sender_id IN ${rowsOfNumber('@sender')} OR sender_id IN (
         SELECT sender_id FROM cloud_connections WHERE portfolio_id IS NOT NULL
           AND portfolio_id = (SELECT portfolio_id FROM cloud_connections WHERE sender_id = @sender)))
       AND at > @since AND state <> 'not_sent' ORDER BY at`,
  )
  const everMessaged = db.prepare<[number, string], { n: number }>(
    `SELECT 1 AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')} AND e164 = ?
       AND state <> 'not_sent' LIMIT 1`,
  )
  const lastAt = db.prepare<[number], { at: number | null }>(
    `SELECT max(at) AS at FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')}
       AND state <> 'not_sent'`,
  )
  const chatsWithShop = db.prepare<[number], { chats_with_shop: number }>(
    'SELECT chats_with_shop FROM contacts WHERE id = ?',
  )
  const setItem = db.prepare<[ItemState, ItemReason | null, number | null, number]>(
    'UPDATE campaign_items SET state = ?, reason = ?, done_at = ? WHERE id = ?',
  )
  const claimItem = db.prepare<[string, number, number]>(
    `UPDATE campaign_items SET state = 'sending', sent_text = ?, claimed_at = ? WHERE id = ? AND state = 'planned'`,
  )
  const insertLedger = db.prepare<[number, number, number, string, number, number, number]>(
    `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state, channel)
     VALUES (?, ?, ?, ?, ?, ?, 'sending', (SELECT channel FROM senders WHERE id = ?))`,
  )
  // A savepoint: a refusal of the ledger row takes the item's change back with it.
  const claimWhole = db.transaction(
    (row: ItemRow, senderId: number, text: string, newChat: boolean, now: number): Claimed => {
      if (claimItem.run(text, now, row.id).changes !== 1 || row.e164 === null) return 'taken'
      insertLedger.run(senderId, row.campaign_id, row.id, row.e164, now, newChat ? 1 : 0, senderId)
      served.run(now, now, row.campaign_id)
      return 'claimed'
    },
  )
  const sendingAll = db.prepare<[], ItemRow & { sender_id: number }>(
    `SELECT i.*, c.sender_id FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
     WHERE i.state = 'sending' ORDER BY i.claimed_at`,
  )
  const withdrawnOfCampaign = db.prepare<[number], ItemRow>(
    `SELECT * FROM campaign_items WHERE campaign_id = ? AND state = 'skipped'
       AND reason IN ('withdrawn_opted_out', 'withdrawn_ineligible') ORDER BY claimed_at, id`,
  )
  // An item may have earlier attempts Meta refused (not_sent): only the open row is settled.
  const setLedger = db.prepare<[string, number]>(
    "UPDATE send_ledger SET state = ? WHERE item_id = ? AND state IN ('sending', 'uncertain')",
  )
  const setLedgerSentAt = db.prepare<[number, number]>(
    `UPDATE send_ledger SET state = 'sent', at = max(at, ?)
     WHERE item_id = ? AND state IN ('sending', 'uncertain')`,
  )
  const ledgerAccepted = db.prepare<[string, string, number, number]>(
    `UPDATE send_ledger SET state = 'sent', wamid = ?, wa_id = ?, delivery = 'accepted',
       delivery_at = ? WHERE item_id = ? AND state = 'sending'`,
  )
  const ledgerMetaStatus = db.prepare<[string, number]>(
    "UPDATE send_ledger SET meta_status = ? WHERE item_id = ? AND state = 'sent' AND wamid IS NOT NULL",
  )
  const ledgerRefused = db.prepare<[number | null, number]>(
    `UPDATE send_ledger SET state = 'not_sent', error_code = ? WHERE item_id = ? AND state = 'sending'`,
  )
  const requeue = db.prepare<[number | null, number]>(
    `UPDATE campaign_items SET state = 'planned', reason = NULL, done_at = NULL, claimed_at = NULL,
       sent_text = NULL, not_before = ?, attempts = attempts + 1 WHERE id = ?`,
  )
  const pause = db.prepare<[string | null, number, number]>(
    `UPDATE campaigns SET state = 'paused', pause_reason = ?, updated_at = ?
     WHERE id = ? AND state IN ('running', 'scheduled')`,
  )
  const blockOf = db.prepare<[number], { block: string | null }>(
    'SELECT block FROM senders WHERE id = ?',
  )
  const block = db.prepare<[string, number, number]>(
    'UPDATE senders SET block = ?, updated_at = ? WHERE id = ?',
  )
  const recordBlock = db.prepare<[number, string, number, number | null]>(
    'INSERT INTO sender_blocks (sender_id, block, at, until) VALUES (?, ?, ?, ?)',
  )
  // The history's row of the block in force: the latest neither lifted nor run out.
  const recordInForce = db.prepare<[{ sender: number; now: number }], { id: number }>(
    `SELECT id FROM sender_blocks WHERE sender_id = @sender AND lifted_at IS NULL
       AND (until IS NULL OR until > @now) ORDER BY at DESC, id DESC LIMIT 1`,
  )
  const prolongRecord = db.prepare<[string, number, number | null, number]>(
    'UPDATE sender_blocks SET block = ?, at = ?, until = ? WHERE id = ?',
  )
  const served = db.prepare<[number, number, number]>(
    'UPDATE campaigns SET last_served_at = ?, updated_at = ? WHERE id = ?',
  )
  const setState = db.prepare<[CampaignState, number, number]>(
    'UPDATE campaigns SET state = ?, updated_at = ? WHERE id = ?',
  )
  const openCount = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM campaign_items WHERE campaign_id = ? AND state IN ('planned', 'sending')`,
  )
  const gapEnds = db.prepare<[number], { next_gap_ends_at: number | null }>(
    'SELECT next_gap_ends_at FROM senders WHERE id = ?',
  )
  const setGapEnds = db.prepare<[number | null, number]>(
    'UPDATE senders SET next_gap_ends_at = ? WHERE id = ?',
  )

  return {
    campaign: (id: number) => campaign.get(id),
    activeCampaigns: (senderId: number) => active.all(senderId),
    item: (id: number) => item.get(id),
    firstPlanned: (campaignId: number, now: number) =>
      firstPlanned.get({ campaign: campaignId, now }),
    firstKnownPlanned: (campaignId: number, senderId: number, now: number) =>
      firstKnownPlanned.get(campaignId, now, now, senderId),
    /** The earliest moment a deferred person of the campaign may be tried again, if any. */
    nextDeferredAt: (campaignId: number, now: number): number | null =>
      nextDeferred.get({ campaign: campaignId, now })?.at ?? null,
    /** When the campaign's first person held by Meta's marketing limit (131049) may be tried. */
    nextHeldAt: (campaignId: number, now: number): number | null =>
      nextHeld.get({ campaign: campaignId, now })?.at ?? null,
    /** The item the owner is being asked about now, if any: one at a time per sender. */
    sendingOf: (senderId: number) => sendingOfSender.get(senderId),
    /** A message of the sender's campaigns that was in flight at a restart and is not settled yet. */
    uncertainOf: (senderId: number): boolean => uncertainOfSender.get(senderId) !== undefined,
    recentSends(senderId: number, now: number): LedgerSend[] {
      return recent
        .all(senderId, now - dayMs)
        .map((r) => ({ at: r.at, e164: r.e164, newChat: r.new_chat === 1 }))
    },
    /** The last 24 hours' sends of every number of the sender's business portfolio (its tier). */
    portfolioSends(senderId: number, now: number): LedgerSend[] {
      return portfolioRecent
        .all({ sender: senderId, since: now - dayMs })
        .map((r) => ({ at: r.at, e164: r.e164, newChat: r.new_chat === 1 }))
    },
    /** The number's latest message by the ledger's own time, whatever the clock says now. */
    lastSendAt: (senderId: number): number | null => lastAt.get(senderId)?.at ?? null,
    /** A new chat: someone the sender's number never messaged, and not marked as chatting already. */
    isNewChat(senderId: number, row: Pick<ItemRow, 'e164' | 'contact_id'>): boolean {
      if (row.e164 === null) return true
      if (row.contact_id !== null && chatsWithShop.get(row.contact_id)?.chats_with_shop === 1)
        return false
      return everMessaged.get(senderId, row.e164) === undefined
    },
    /**
     * Inside a transaction: the item becomes the message being sent, with its ledger row. `taken`
     * when it was no longer planned; `opted_out` when the database refused it (migration 0090: the
     * number is on the opt-out list), and then nothing of the claim is left.
     */
    claim(row: ItemRow, senderId: number, text: string, newChat: boolean, now: number): Claimed {
      try {
        return claimWhole(row, senderId, text, newChat, now)
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(optedOutRefusal)) return 'opted_out'
        throw error
      }
    },
    /** Every message being sent now, with its sender and channel (the opt-out re-check reads it). */
    sendingItems: () => sendingAll.all(),
    /** The withdrawn tasks of a campaign the owner has not answered yet, oldest first. */
    withdrawnOf: (campaignId: number) => withdrawnOfCampaign.all(campaignId),
    finishItem(id: number, state: ItemState, reason: ItemReason | null, now: number | null): void {
      setItem.run(state, reason, now, id)
    },
    setLedgerState(itemId: number, state: 'sent' | 'not_sent' | 'uncertain'): void {
      setLedger.run(state, itemId)
    },
    /**
     * Sent, counted from `at` (the owner's confirmation) rather than from the claim; never before
     * the claim (a clock set back meanwhile), since the press came after the chat opened.
     */
    ledgerSentAt(itemId: number, at: number): void {
      setLedgerSentAt.run(at, itemId)
    },
    /** Meta accepted the message: its id and the recipient's WhatsApp id go on the ledger row. */
    ledgerAccepted(itemId: number, wamid: string, waId: string, now: number): void {
      ledgerAccepted.run(wamid, waId, now, itemId)
    },
    /** How Meta answered the send (migration 0130): "held for quality assessment" may be dropped. */
    ledgerMetaStatus(itemId: number, status: string): void {
      ledgerMetaStatus.run(status, itemId)
    },
    /** Meta refused this attempt: it never went out, so it counts toward no limit. */
    ledgerRefused(itemId: number, errorCode: number | null): void {
      ledgerRefused.run(errorCode, itemId)
    },
    /** Back in the queue, not before `notBefore` (null: at once). */
    requeue(itemId: number, notBefore: number | null): void {
      requeue.run(notBefore, itemId)
    },
    pauseCampaign(id: number, reason: string | null, now: number): boolean {
      return pause.run(reason, now, id).changes === 1
    },
    /**
     * Inside a transaction: the block in force, and a row of the history the ban centre and the
     * meter read. A block that comes while another is in force is that block going on, not a
     * second one: one that ends no later changes nothing (a late webhook repeating the policy
     * failure, the owner reporting what Meta already said); one that ends later (a temporary
     * block turned permanent) takes its place from the first one's start, in force and in the
     * history. Returns the block in force afterwards.
     */
    blockSender(senderId: number, next: SenderBlock, now: number): SenderBlock {
      const stored = blockOf.get(senderId)?.block ?? null
      const current = blockInForce(
        stored === null ? null : (JSON.parse(stored) as SenderBlock),
        now,
      )
      if (current !== null && !outlasts(next, current)) return current
      const merged = current === null ? next : { ...next, at: Math.min(current.at, next.at) }
      const json = JSON.stringify(merged)
      block.run(json, now, senderId)
      const open = current === null ? undefined : recordInForce.get({ sender: senderId, now })
      if (open) prolongRecord.run(json, merged.at, merged.until, open.id)
      else recordBlock.run(senderId, json, merged.at, merged.until)
      return merged
    },
    setCampaignState(id: number, state: CampaignState, now: number): void {
      setState.run(state, now, id)
    },
    openItems: (campaignId: number): number => openCount.get(campaignId)?.n ?? 0,
    gapEndsAt: (senderId: number): number | null => gapEnds.get(senderId)?.next_gap_ends_at ?? null,
    setGapEndsAt(senderId: number, at: number | null): void {
      setGapEnds.run(at, senderId)
    },
  }
}
export type SendStore = ReturnType<typeof createSendStore>

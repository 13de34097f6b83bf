import type { Database } from 'better-sqlite3'
import { carrySendRecord } from '../../backups/carry-sends'
import type { CarrySource, SenderRow } from '../../backups/carry-source'
import type { SalvagedSendRecord } from './salvage-send-record'

/** What the recovery carried from the damaged file into the restored copy, besides opt-outs. */
export interface SendsCarried {
  /** Rows of the send ledger carried (the hourly and daily limits count them). */
  sends: number
  /** Campaign items marked sent or uncertain because the damaged file says they were claimed. */
  items: number
  /**
   * Items still queued in the copy marked uncertain because the damaged file could not tell
   * whether they were sent (see markUnknownSends): the owner says for each, nothing resends it.
   */
  unknown: number
  blocks: number
  withdrawals: number
  /** False: some of the damaged file's sends, items, blocks or withdrawals could not be read. */
  complete: boolean
}

/**
 * Carries into the copy (open, in one transaction) what the damaged file still tells of its
 * sends, the items they were for, its blocks and consent withdrawals — with the same code as the
 * owner's own restore (backups/carry-sends.ts) — and then keeps "never twice" where it could not
 * be read (markUnknownSends).
 */
export function carrySalvagedSends(
  salvaged: SalvagedSendRecord,
  copy: Database,
  now: number,
): SendsCarried {
  return copy.transaction(() => {
    const { source, dropped } = sourceOf(salvaged, copy)
    const { carried } = carrySendRecord(source, copy, now)
    const ledgerWhole = salvaged.ledger.complete && dropped === 0
    const unknown = ledgerWhole ? 0 : markUnknownSends(salvaged, copy, now)
    const complete =
      salvaged.readable &&
      ledgerWhole &&
      [salvaged.senders, salvaged.campaigns, salvaged.items, salvaged.blocks, salvaged.withdrawals]
        .map((read) => read.complete)
        .every(Boolean)
    return { ...carried, unknown, complete }
  })()
}

/**
 * The salvaged rows as the carrying code takes them. A send or block whose sender's row was lost
 * is put on the copy's sender of the same id (the file had it: ids are not reused while a sender
 * has sends); one whose sender neither file has is dropped, and counted.
 */
function sourceOf(salvaged: SalvagedSendRecord, copy: Database) {
  const senders = new Map(salvaged.senders.rows.map((row) => [row.id, row]))
  const copySender = copy.prepare<[number], SenderRow>('SELECT * FROM senders WHERE id = ?')
  const phoneOf = (id: number): string | undefined => {
    const known = senders.get(id)
    if (known) return known.phone
    const ours = copySender.get(id)
    if (!ours) return undefined
    senders.set(id, ours)
    return ours.phone
  }
  let dropped = 0
  const withPhone = <Row extends { sender_id: number }>(rows: Row[]) =>
    rows.flatMap((row) => {
      const phone = phoneOf(row.sender_id)
      if (phone === undefined) dropped += 1
      return phone === undefined ? [] : [{ ...row, phone }]
    })
  const ledger = withPhone(salvaged.ledger.rows)
  const blocks = withPhone(salvaged.blocks.rows)
  const source: CarrySource = {
    senders: [...senders.values()],
    withdrawals: salvaged.withdrawals.rows,
    ledger,
    campaigns: new Map(salvaged.campaigns.rows.map((c) => [c.id, c.created_at])),
    campaignsComplete: salvaged.campaigns.complete,
    items: salvaged.items.rows,
    blocks,
  }
  return { source, dropped }
}

/**
 * "Never twice" where the damaged file's ledger could not be read whole. Every claim writes the
 * item ('sending') and its ledger row in one transaction, so a whole ledger knows every message
 * that may have gone, and the carrying above has marked them. Without it, an item still queued
 * (planned or sending) in the copy may have been sent after the copy was taken, its ledger row
 * lost. Such an item is marked uncertain — the owner says whether it went out; Resume never
 * sends it — unless the damaged file shows it was not sent:
 * - its own item row was read (a claimed one was carried above; one still planned was not sent);
 * - or its campaign's row was read and the campaign was still a draft (never started).
 * Campaigns that ended (finished, cancelled) in the copy send nothing more and are left alone.
 * A campaign whose row was read with another creation time is another campaign (the copy's was
 * deleted after the copy): nothing of it can be read, so its queued items are uncertain too.
 */
function markUnknownSends(salvaged: SalvagedSendRecord, copy: Database, now: number): number {
  const theirCampaigns = new Map(salvaged.campaigns.rows.map((c) => [c.id, c]))
  const itemRead = new Set(
    salvaged.items.rows.map((item) => `${String(item.campaign_id)}|${item.e164}`),
  )
  const queued = copy
    .prepare<[], { id: number; campaign_id: number; e164: string; created_at: number }>(
      `SELECT i.id, i.campaign_id, i.e164, c.created_at FROM campaign_items i
       JOIN campaigns c ON c.id = i.campaign_id
       WHERE i.state IN ('planned', 'sending') AND i.e164 IS NOT NULL
         AND c.state NOT IN ('finished', 'cancelled')`,
    )
    .all()
  const mark = copy.prepare<[number, number]>(
    `UPDATE campaign_items SET state = 'uncertain', reason = NULL, done_at = ? WHERE id = ?`,
  )
  let marked = 0
  for (const item of queued) {
    const theirs = theirCampaigns.get(item.campaign_id)
    const same = theirs?.created_at === item.created_at
    if (same && theirs.state === 'draft') continue
    if (same && itemRead.has(`${String(item.campaign_id)}|${item.e164}`)) continue
    if (theirs === undefined && itemRead.has(`${String(item.campaign_id)}|${item.e164}`)) continue
    marked += mark.run(now, item.id).changes
  }
  return marked
}

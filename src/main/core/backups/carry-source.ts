import type { Database } from 'better-sqlite3'

// What a restore carries from the file that was in use into the copy, besides the opt-out list:
// read whole from a healthy file (below), or read around the damage from a damaged one
// (db/recovery/salvage-send-record.ts). Both are carried by the same code (carry-sends.ts).

export type LedgerState = 'sending' | 'uncertain' | 'sent' | 'not_sent'
export const ledgerStates: readonly LedgerState[] = ['sending', 'uncertain', 'sent', 'not_sent']

export interface LedgerRow {
  id: number
  sender_id: number
  /** The sender's number (E.164): senders are matched between files by it. */
  phone: string
  campaign_id: number | null
  item_id: number | null
  e164: string
  at: number
  new_chat: number
  state: LedgerState
  wamid: string | null
  wa_id: string | null
  delivery: string | null
  delivery_at: number | null
  error_code: number | null
  channel: string | null
}

export interface BlockRow {
  id: number
  sender_id: number
  phone: string
  block: string
  at: number
  until: number | null
  lifted_at: number | null
}

/** A sender's whole row (its columns differ between versions), with what is matched on. */
export type SenderRow = Record<string, unknown> & { id: number; phone: string; block: unknown }

export type ItemState = 'planned' | 'sending' | 'sent' | 'skipped' | 'failed' | 'uncertain'
export const itemStates: readonly ItemState[] = [
  'planned',
  'sending',
  'sent',
  'skipped',
  'failed',
  'uncertain',
]

export interface ItemRow {
  id: number
  campaign_id: number
  e164: string
  state: ItemState
  sent_text: string | null
  claimed_at: number | null
  done_at: number | null
}

export interface WithdrawnRow {
  e164: string
  source: string
  at: number | null
}

export interface CarrySource {
  senders: SenderRow[]
  withdrawals: WithdrawnRow[]
  ledger: LedgerRow[]
  /** Each campaign's creation time by id: the same id and time are the same campaign. */
  campaigns: Map<number, number>
  /**
   * False when some campaigns could not be read: a campaign of the copy this lacks is then
   * taken as the same one (the safe side: its people count as messaged).
   */
  campaignsComplete: boolean
  /** Items that were claimed (sending, sent, uncertain); others may be left out. */
  items: ItemRow[]
  blocks: BlockRow[]
}

/** Everything, from a healthy database (one snapshot: the caller holds a read transaction). */
export function readCarrySource(db: Database): CarrySource {
  return {
    senders: db.prepare<[], SenderRow>('SELECT * FROM senders').all(),
    withdrawals: db
      .prepare<[], WithdrawnRow>(
        `SELECT p.e164, c.consent_source AS source, c.consent_at AS at
         FROM contacts c JOIN contact_phones p ON p.contact_id = c.id WHERE c.consent = 'withdrawn'`,
      )
      .all(),
    ledger: db
      .prepare<[], LedgerRow>(
        'SELECT l.*, s.phone FROM send_ledger l JOIN senders s ON s.id = l.sender_id ORDER BY l.id',
      )
      .all(),
    campaigns: new Map(
      db
        .prepare<[], { id: number; created_at: number }>('SELECT id, created_at FROM campaigns')
        .all()
        .map((c) => [c.id, c.created_at]),
    ),
    campaignsComplete: true,
    items: db
      .prepare<[], ItemRow>(
        `SELECT id, campaign_id, e164, state, sent_text, claimed_at, done_at FROM campaign_items
         WHERE state IN ('sending', 'sent', 'uncertain') AND e164 IS NOT NULL ORDER BY id`,
      )
      .all(),
    blocks: db
      .prepare<[], BlockRow>(
        'SELECT b.*, s.phone FROM sender_blocks b JOIN senders s ON s.id = b.sender_id ORDER BY b.id',
      )
      .all(),
  }
}

import type { Migration } from './migration'

/**
 * The ledger grows by every message a shop ever sends, and the opt-out list by every import of
 * numbers; these read them by other keys than the sender's time and number:
 * - by campaign: a campaign's counts and results, its first message (the ban centre's causes)
 *   and the forecast's sends. `campaigns.list` counts each campaign's deliveries this way.
 * - by item: each answer and Meta's verdict settle one item's row, and the items page and the
 *   CSV read each item's delivery.
 * - opt-outs by time: the meter's opt-out rate (last 30 days) and the 7/30-day totals.
 * Without them each of these read the whole table, once per item for the items page.
 */
export const m0070LedgerIndexes: Migration = {
  version: 70,
  name: 'ledger indexes',
  up(db) {
    db.exec(`
      CREATE INDEX send_ledger_by_campaign ON send_ledger (campaign_id, at);
      CREATE INDEX send_ledger_by_item ON send_ledger (item_id);
      CREATE INDEX opt_outs_by_time ON opt_outs (created_at);
    `)
  },
}

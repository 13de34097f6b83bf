import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** How SQLite would read a query: the plan's lines joined. */
function planOf(db: Sqlite.Database, sql: string): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('; ')
}

describe('migration 0070: ledger indexes', () => {
  const db = new Sqlite(':memory:')
  for (const migration of migrations.filter((m) => m.version <= 70)) migration.up(db)

  it.each([
    [
      'a campaign’s sends in order',
      "SELECT at FROM send_ledger WHERE campaign_id = 1 AND state = 'sent' ORDER BY at",
      'USING INDEX send_ledger_by_campaign (campaign_id=?)',
    ],
    [
      'one item’s row, settled on each answer',
      "UPDATE send_ledger SET state = 'sent' WHERE item_id = 1 AND state = 'sending'",
      'USING INDEX send_ledger_by_item (item_id=?)',
    ],
    [
      'the opt-outs of the last 30 days',
      'SELECT e164 FROM opt_outs WHERE created_at > 1 AND created_at <= 2',
      'USING COVERING INDEX opt_outs_by_time (created_at>? AND created_at<?)',
    ],
  ])('reads %s through an index, not the whole table', (_, sql, index) => {
    const plan = planOf(db, sql)
    expect(plan).toContain(index)
    expect(plan).not.toMatch(/SCAN (send_ledger|opt_outs)\b/)
  })
})

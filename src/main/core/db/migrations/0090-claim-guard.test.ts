import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'
import { createSendStore, type ItemRow } from '../../scheduler/send-store'

const optedOut = '+79161111111'
const free = '+79162222222'

/** A database at the newest schema: one sender, a running campaign of two, one number opted out. */
function migrated() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations) migration.up(db)
  db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, created_at, updated_at)
     VALUES (1, 'Магазин', 'assisted', '+79030000000', '2026-01-01', 'Europe/Moscow', '{}', '{}',
       '[]', 'wa_me', 1, 1)`,
  ).run()
  db.prepare(
    `INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm,
       utm_campaign, language, state, created_at, updated_at)
     VALUES (1, 'Декабрь', 1, 'Привет', 1, '', 0, '', 'ru', 'running', 1, 1)`,
  ).run()
  const item = db.prepare(
    `INSERT INTO campaign_items (id, campaign_id, name, e164, position, state)
     VALUES (?, 1, ?, ?, ?, 'planned')`,
  )
  item.run(1, 'Анна', optedOut, 0)
  item.run(2, 'Борис', free, 1)
  db.prepare(
    "INSERT INTO opt_outs (e164, created_at, source, note) VALUES (?, 5, 'manual_entry', '')",
  ).run(optedOut)
  return db
}

const ledgerRow = (db: Sqlite.Database, e164: string, state: string, itemId: number | null) =>
  db
    .prepare(
      `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state)
       VALUES (1, 1, ?, ?, 10, 1, ?)`,
    )
    .run(itemId, e164, state)

describe('migration 0090: no claim to an opted-out number', () => {
  it('refuses a raw ledger row being sent to an opted-out number, and takes one to anyone else', () => {
    const db = migrated()
    expect(() => ledgerRow(db, optedOut, 'sending', 1)).toThrow(/^opted_out:/)
    expect(() => ledgerRow(db, free, 'sending', 2)).not.toThrow()
    expect(db.prepare('SELECT e164 FROM send_ledger').all()).toEqual([{ e164: free }])
  })

  it('takes settled history to an opted-out number (a restore, an answer after the opt-out)', () => {
    const db = migrated()
    for (const state of ['sent', 'not_sent', 'uncertain']) ledgerRow(db, optedOut, state, null)
    expect(db.prepare('SELECT count(*) AS n FROM send_ledger').get()).toEqual({ n: 3 })
    // …but a settled row cannot be turned back into a claim.
    expect(() =>
      db.prepare("UPDATE send_ledger SET state = 'sending' WHERE state = 'uncertain'").run(),
    ).toThrow(/^opted_out:/)
  })

  it('refuses turning an opted-out person’s item into the message being sent', () => {
    const db = migrated()
    expect(() =>
      db.prepare("UPDATE campaign_items SET state = 'sending' WHERE id = 1").run(),
    ).toThrow(/^opted_out:/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO campaign_items (campaign_id, name, e164, position, state)
           VALUES (1, 'Анна', '+79161111111', 9, 'sending')`,
        )
        .run(),
    ).toThrow(/^opted_out:/)
    db.prepare("UPDATE campaign_items SET state = 'sending' WHERE id = 2").run()
    // Settling the opted-out person's item is not a claim: it goes through.
    db.prepare(
      "UPDATE campaign_items SET state = 'skipped', reason = 'opted_out' WHERE id = 1",
    ).run()
    expect(db.prepare('SELECT id, state FROM campaign_items ORDER BY id').all()).toEqual([
      { id: 1, state: 'skipped' },
      { id: 2, state: 'sending' },
    ])
  })

  it('makes a claim that skips the check (the send store called directly) a refusal, leaving nothing behind', () => {
    const db = migrated()
    const store = createSendStore(db)
    const anna = store.item(1) as ItemRow
    const boris = store.item(2) as ItemRow
    const claimed = db.transaction(() => [
      store.claim(anna, 1, 'Привет', true, 20),
      store.claim(boris, 1, 'Привет', true, 20),
    ])()
    expect(claimed).toEqual(['opted_out', 'claimed'])
    expect(store.item(1)).toMatchObject({ state: 'planned', sent_text: null, claimed_at: null })
    expect(store.item(2)).toMatchObject({ state: 'sending', sent_text: 'Привет' })
    expect(db.prepare('SELECT item_id, state FROM send_ledger').all()).toEqual([
      { item_id: 2, state: 'sending' },
    ])
  })

  it('takes the item’s claim back when only its ledger row is refused', () => {
    const db = migrated()
    // As if the item's guard were missing: the ledger's still refuses, and the claim is undone whole.
    db.exec('DROP TRIGGER campaign_items_no_claim_to_opted_out')
    const store = createSendStore(db)
    const claimed = db.transaction(() =>
      store.claim(store.item(1) as ItemRow, 1, 'Привет', true, 20),
    )()
    expect(claimed).toBe('opted_out')
    expect(store.item(1)).toMatchObject({ state: 'planned', sent_text: null, claimed_at: null })
    expect(db.prepare('SELECT count(*) AS n FROM send_ledger').get()).toEqual({ n: 0 })
  })
})

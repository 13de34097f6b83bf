import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

function migrated() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations) migration.up(db)
  db.exec(`
    INSERT INTO contacts (id, name, created_at, updated_at) VALUES (1, 'Анна', 1, 1);
    INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
      warm_up, assisted_opener, created_at, updated_at)
      VALUES (1, 'Магазин', 'assisted', '+79030000000', '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]', 'wa_me', 1, 1);
    INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm, utm_campaign,
      language, state, created_at, updated_at)
      VALUES (1, 'Декабрь', 1, 'Привет', 1, '', 1, '', 'ru', 'running', 1, 1);
  `)
  return db
}
const addItem = (db: Sqlite.Database, e164: string | null, position: number) =>
  db
    .prepare(
      `INSERT INTO campaign_items (campaign_id, contact_id, name, e164, position, state)
       VALUES (1, 1, 'Анна', ?, ?, 'planned')`,
    )
    .run(e164, position)

describe('migration 0040: campaigns', () => {
  it('lets a number into a campaign once; people without a number may be many', () => {
    const db = migrated()
    addItem(db, '+79161234567', 0)
    expect(() => addItem(db, '+79161234567', 1)).toThrow(/UNIQUE/)
    addItem(db, null, 2)
    addItem(db, null, 3)
    expect(db.prepare('SELECT count(*) AS n FROM campaign_items').get()).toEqual({ n: 3 })
  })

  it('keeps a sent item and its ledger row when the contact is deleted', () => {
    const db = migrated()
    const item = Number(addItem(db, '+79161234567', 0).lastInsertRowid)
    db.prepare(
      `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state)
       VALUES (1, 1, ?, '+79161234567', 5, 1, 'sent')`,
    ).run(item)
    db.prepare('DELETE FROM contacts WHERE id = 1').run()
    expect(db.prepare('SELECT contact_id, e164 FROM campaign_items').get()).toEqual({
      contact_id: null,
      e164: '+79161234567',
    })
    expect(db.prepare('SELECT count(*) AS n FROM send_ledger').get()).toEqual({ n: 1 })
  })

  it('rejects states and channels it does not know, and marks nobody as chatting by default', () => {
    const db = migrated()
    expect(() => db.prepare("UPDATE campaigns SET state = 'sending'").run()).toThrow(/CHECK/)
    expect(() => db.prepare("UPDATE senders SET channel = 'sms'").run()).toThrow(/CHECK/)
    expect(db.prepare('SELECT chats_with_shop FROM contacts').get()).toEqual({ chats_with_shop: 0 })
  })
})

import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 40 holding a sender, a campaign and a sent message, then migrated to 50. */
function migratedFrom40() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 40)) migration.up(db)
  db.exec(`
    INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
      warm_up, assisted_opener, next_gap_ends_at, created_at, updated_at)
      VALUES (1, 'Магазин', 'assisted', '+79030000000', '2026-01-01', 'Europe/Moscow', '{}', '{}',
        '[]', 'wa_me', 1234, 1, 1);
    INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm, utm_campaign,
      language, state, created_at, updated_at)
      VALUES (1, 'Декабрь', 1, 'Привет', 1, '', 1, '', 'ru', 'running', 1, 1);
    INSERT INTO campaign_items (id, campaign_id, name, e164, position, state)
      VALUES (1, 1, 'Анна', '+79161234567', 0, 'sent');
    INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state)
      VALUES (1, 1, 1, '+79161234567', 5, 1, 'sent');
    INSERT INTO opt_outs (e164, created_at, source, note) VALUES ('+79160000001', 7, 'reply_keyword', 'СТОП');
  `)
  for (const migration of migrations.filter((m) => m.version === 50)) migration.up(db)
  return db
}

describe('migration 0050: the Cloud API channel', () => {
  it('keeps every sender, campaign and ledger row, the senders still assisted', () => {
    const db = migratedFrom40()
    expect(
      db.prepare('SELECT id, label, channel, next_gap_ends_at, block FROM senders').all(),
    ).toEqual([
      { id: 1, label: 'Магазин', channel: 'assisted', next_gap_ends_at: 1234, block: null },
    ])
    expect(db.prepare('SELECT state, template, pause_reason FROM campaigns').get()).toEqual({
      state: 'running',
      template: null,
      pause_reason: null,
    })
    expect(db.prepare('SELECT state, wamid, delivery FROM send_ledger').get()).toEqual({
      state: 'sent',
      wamid: null,
      delivery: null,
    })
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('keeps the opt-out list, its history and its guard, and learns the WhatsApp sources', () => {
    const db = migratedFrom40()
    expect(db.prepare('SELECT e164, source, note FROM opt_outs').all()).toEqual([
      { e164: '+79160000001', source: 'reply_keyword', note: 'СТОП' },
    ])
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79160000002', 8, 'marketing_stopped')",
    ).run()
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79160000003', 9, 'opt_out_button')",
    ).run()
    expect(() =>
      db
        .prepare("INSERT INTO opt_outs (e164, created_at, source) VALUES ('+7916', 9, 'sms')")
        .run(),
    ).toThrow(/CHECK/)
    // The record of every change still follows each insert, once.
    expect(
      db
        .prepare(
          "SELECT e164, action FROM opt_out_events WHERE e164 <> '+79160000001' ORDER BY e164",
        )
        .all(),
    ).toEqual([
      { e164: '+79160000002', action: 'opted_out' },
      { e164: '+79160000003', action: 'opted_out' },
    ])
    expect(
      db.prepare("SELECT count(*) AS n FROM opt_out_events WHERE e164 = '+79160000001'").get(),
    ).toEqual({ n: 1 })
    // Nobody leaves the list by a plain delete.
    expect(() => db.prepare("DELETE FROM opt_outs WHERE e164 = '+79160000002'").run()).toThrow()
  })

  it('admits the cloud_api channel and still rejects channels it does not know', () => {
    const db = migratedFrom40()
    db.prepare("UPDATE senders SET channel = 'cloud_api'").run()
    expect(() => db.prepare("UPDATE senders SET channel = 'sms'").run()).toThrow(/CHECK/)
  })

  it('holds one ledger row per Meta message id, and only known delivery states', () => {
    const db = migratedFrom40()
    const insert = db.prepare(
      `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state, wamid)
       VALUES (1, 1, 1, '+79161234567', 6, 0, 'sent', ?)`,
    )
    insert.run('wamid.A')
    expect(() => insert.run('wamid.A')).toThrow(/UNIQUE/)
    insert.run(null)
    insert.run(null)
    expect(() => db.prepare("UPDATE send_ledger SET delivery = 'seen'").run()).toThrow(/CHECK/)
  })

  it('forgets a connection with its sender, and refuses a connection without one', () => {
    const db = migratedFrom40()
    const connect = db.prepare(
      `INSERT INTO cloud_connections (sender_id, phone_number_id, waba_id, api_version, base_url, updated_at)
       VALUES (?, '1065', '1022', 'v25.0', 'https://graph.facebook.com', 1)`,
    )
    connect.run(1)
    expect(() => connect.run(2)).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM campaigns').run()
    db.prepare('DELETE FROM senders').run()
    expect(db.prepare('SELECT count(*) AS n FROM cloud_connections').get()).toEqual({ n: 0 })
  })
})

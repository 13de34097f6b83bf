import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 120 with a Cloud API number, its connection and one message; then 130. */
function migratedFrom120() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 120)) migration.up(db)
  db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, created_at, updated_at)
     VALUES (1, 'API', 'cloud_api', '+79030000001', '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]',
       'wa_me', 1, 1)`,
  ).run()
  db.prepare(
    `INSERT INTO cloud_connections (sender_id, phone_number_id, waba_id, api_version, base_url,
       updated_at) VALUES (1, '1001', '2002', 'v25.0', 'https://graph.facebook.com', 1)`,
  ).run()
  db.prepare(
    `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state, wamid, channel)
     VALUES (1, '+79161110001', 10, 1, 'sent', 'wamid.A', 'cloud_api')`,
  ).run()
  for (const migration of migrations.filter((m) => m.version === 130)) migration.up(db)
  return db
}

describe('migration 0130: the Cloud API as Meta behaves', () => {
  it('keeps earlier messages and connections, with no portfolio, Meta status or poll yet', () => {
    const db = migratedFrom120()
    expect(
      db.prepare('SELECT wamid, meta_status, polled_at, poll_misses FROM send_ledger').get(),
    ).toEqual({ wamid: 'wamid.A', meta_status: null, polled_at: null, poll_misses: 0 })
    expect(
      db.prepare('SELECT portfolio_id, portfolio_source FROM cloud_connections').get(),
    ).toEqual({ portfolio_id: null, portfolio_source: null })
    expect(() => db.prepare("UPDATE send_ledger SET meta_status = 'queued'").run()).toThrow(/CHECK/)
    expect(() =>
      db.prepare("UPDATE cloud_connections SET portfolio_source = 'guess'").run(),
    ).toThrow(/CHECK/)
  })

  it('keeps a reply once however often the events are imported, and only known readings', () => {
    const db = migratedFrom120()
    const reply = db.prepare(
      `INSERT INTO replies (sender_id, wamid, e164, text, at, reading) VALUES (1, ?, '+79161110001', ?, 20, ?)`,
    )
    expect(reply.run('wamid.R1', 'Стоп 🙏', 'stop').changes).toBe(1)
    expect(() => reply.run('wamid.R1', 'Стоп 🙏', 'stop')).toThrow(/UNIQUE/)
    expect(() => reply.run('wamid.R2', 'ok', 'angry')).toThrow(/CHECK/)
    expect(() =>
      db.prepare("UPDATE replies SET review = 'maybe' WHERE wamid = 'wamid.R1'").run(),
    ).toThrow(/CHECK/)
  })

  it('holds a person once, keeps a header file once per number, and counts requests per account', () => {
    const db = migratedFrom120()
    const hold = db.prepare(
      `INSERT INTO marketing_holds (e164, until, code, at) VALUES ('+79161110001', ?, 131049, 1)`,
    )
    hold.run(86_400_001)
    expect(() => hold.run(2)).toThrow(/UNIQUE|PRIMARY/)
    const media = db.prepare(
      `INSERT INTO cloud_media (sender_id, sha256, kind, mime, file_name, bytes, created_at)
       VALUES (1, 'abc', ?, 'image/jpeg', 'sale.jpg', x'ffd8', 1)`,
    )
    media.run('image')
    expect(() => media.run('image')).toThrow(/UNIQUE/)
    expect(() => media.run('sticker')).toThrow(/CHECK/)
    db.prepare(
      "INSERT INTO cloud_requests (waba_id, at, purpose) VALUES ('2002', 5, 'message_history')",
    ).run()
    expect(
      db.prepare('SELECT count(*) FROM cloud_requests WHERE waba_id = ?').pluck().get('2002'),
    ).toBe(1)
  })
})

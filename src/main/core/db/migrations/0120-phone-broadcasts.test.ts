import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 110: an assisted and a Cloud API sender with a message each; then 120. */
function migratedFrom110() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 110)) migration.up(db)
  const sender = db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]', 'wa_me', 1, 1)`,
  )
  sender.run(1, 'Магазин', 'assisted', '+79030000000')
  sender.run(2, 'API', 'cloud_api', '+79030000001')
  const send = db.prepare(
    `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state) VALUES (?, ?, 10, 1, 'sent')`,
  )
  send.run(1, '+79161110001')
  send.run(2, '+79161110002')
  db.prepare(
    `INSERT INTO contacts (id, name, created_at, updated_at) VALUES (1, 'Анна', 1, 1)`,
  ).run()
  db.prepare(
    `INSERT INTO lists (id, name, name_key, created_at, updated_at) VALUES (1, 'Весна', 'весна', 1, 1)`,
  ).run()
  for (const migration of migrations.filter((m) => m.version === 120)) migration.up(db)
  return db
}

describe('migration 0120: phone broadcast lists and who saved the shop’s number', () => {
  it('gives every earlier message its sender’s channel, and every contact an unknown "saved"', () => {
    const db = migratedFrom110()
    expect(db.prepare('SELECT e164, channel FROM send_ledger ORDER BY id').all()).toEqual([
      { e164: '+79161110001', channel: 'assisted' },
      { e164: '+79161110002', channel: 'cloud_api' },
    ])
    expect(db.prepare('SELECT saved_number, saved_number_source FROM contacts').get()).toEqual({
      saved_number: 'unknown',
      saved_number_source: null,
    })
    expect(() =>
      db.prepare("UPDATE contacts SET saved_number = 'maybe' WHERE id = 1").run(),
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare("UPDATE contacts SET saved_number_source = 'guess' WHERE id = 1").run(),
    ).toThrow(/CHECK/)
  })

  it('refuses a list message to a number opted out before it went, and keeps one answered by a stop', () => {
    const db = migratedFrom110()
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79161110003', 1000, 'contact_card')",
    ).run()
    const listMessage = db.prepare(
      `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state, channel)
       VALUES (1, '+79161110003', ?, 0, 'sent', 'phone_broadcast')`,
    )
    expect(() => listMessage.run(2000)).toThrow(/opted_out/)
    expect(() => listMessage.run(1000)).toThrow(/opted_out/)
    // It went at 500 and the person said "stop" at 1000: what happened is recorded.
    expect(listMessage.run(500).changes).toBe(1)
  })

  it('mirrors one phone list per Rupor list; deleting the list or the contact keeps the rest', () => {
    const db = migratedFrom110()
    const made = db.prepare(
      `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
       VALUES (1, 1, 'Весна', 5, 5, 5)`,
    )
    const phoneListId = Number(made.run().lastInsertRowid)
    expect(() => made.run()).toThrow(/UNIQUE/)
    db.prepare(
      `INSERT INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
       VALUES (?, '+79161110001', 1, 'Анна', 5)`,
    ).run(phoneListId)
    db.prepare('DELETE FROM contacts WHERE id = 1').run()
    // Someone deleted from the book is still on the phone: the to-do must still name them.
    expect(db.prepare('SELECT contact_id, name FROM phone_list_members').get()).toEqual({
      contact_id: null,
      name: 'Анна',
    })
    db.prepare('DELETE FROM lists WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM phone_list_members').pluck().get()).toBe(0)
  })

  it('makes every campaign paced, and takes only the three replies to a list message', () => {
    const db = migratedFrom110()
    db.prepare(
      `INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm,
         utm_campaign, language, state, created_at, updated_at)
       VALUES (1, 'Весенняя', 1, 'Привет', 1, '', 0, '', 'ru', 'draft', 1, 1)`,
    ).run()
    expect(db.prepare('SELECT way FROM campaigns').pluck().get()).toBe('paced')
    const item = db.prepare(
      `INSERT INTO campaign_items (campaign_id, name, e164, position, state, reply)
       VALUES (1, 'Анна', ?, 0, 'sent', ?)`,
    )
    expect(item.run('+79161110001', 'replied').changes).toBe(1)
    expect(() => item.run('+79161110002', 'liked')).toThrow(/CHECK/)
  })
})

import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { rowsOfNumber } from '../../senders/rows-of-number'
import { migrations } from '.'

const insertSender = (db: Sqlite.Database, id: number, label: string, phone: string) =>
  db
    .prepare(
      `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
         warm_up, assisted_opener, created_at, updated_at)
       VALUES (?, ?, 'assisted', ?, '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]', 'wa_me', 1, 1)`,
    )
    .run(id, label, phone)

const insertSend = (db: Sqlite.Database, senderId: number, at: number, e164 = '+79160000001') =>
  db
    .prepare(
      `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state) VALUES (?, ?, ?, 0, 'sent')`,
    )
    .run(senderId, e164, at)

/**
 * A database at schema 70 as an older version could leave it: one number saved twice (two
 * spellings, one E.164), each with its sends, and a third number; then migrated to 80.
 */
function migratedFrom70() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 70)) migration.up(db)
  insertSender(db, 1, 'Магазин на Ленина', '+79030000018')
  insertSender(db, 2, 'Магазин (второй раз)', '+79030000018')
  insertSender(db, 3, 'Склад', '+79030000019')
  insertSend(db, 1, 100)
  insertSend(db, 2, 200)
  insertSend(db, 3, 300)
  for (const migration of migrations.filter((m) => m.version === 80)) migration.up(db)
  return db
}

/** How SQLite would read a query: the plan's lines joined. */
function planOf(db: Sqlite.Database, sql: string): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('; ')
}

describe('migration 0080: senders keyed by their number', () => {
  it('upgrades a database holding two senders of one number, keeping both and their sends', () => {
    const db = migratedFrom70()
    expect(db.prepare('SELECT id, deleted_at FROM senders ORDER BY id').all()).toEqual([
      { id: 1, deleted_at: null },
      { id: 2, deleted_at: null },
      { id: 3, deleted_at: null },
    ])
    expect(db.prepare('SELECT count(*) AS n FROM send_ledger').get()).toEqual({ n: 3 })
    // Either row reads the number's sends: both of them, not the third number's.
    const sendsOfNumber = db.prepare<[number], { at: number }>(
      `SELECT at FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')} ORDER BY at`,
    )
    expect(sendsOfNumber.all(2)).toEqual([{ at: 100 }, { at: 200 }])
    expect(sendsOfNumber.all(3)).toEqual([{ at: 300 }])
  })

  it('still lets an old duplicate be edited, as long as its number stays', () => {
    const db = migratedFrom70()
    db.prepare("UPDATE senders SET label = 'Ленина', phone = phone WHERE id = 2").run()
    expect(db.prepare('SELECT label FROM senders WHERE id = 2').get()).toEqual({ label: 'Ленина' })
  })

  it('refuses a new live sender with a number a live one has, by any path', () => {
    const db = migratedFrom70()
    expect(() => insertSender(db, 4, 'Третий раз', '+79030000019')).toThrow(/sender_phone_taken/)
    expect(() =>
      db.prepare("UPDATE senders SET phone = '+79030000018' WHERE id = 3").run(),
    ).toThrow(/sender_phone_taken/)
    // A deleted row may share the number; it cannot come back while a live one has it.
    db.prepare('UPDATE senders SET deleted_at = 5 WHERE id = 3').run()
    insertSender(db, 4, 'Склад заново', '+79030000019')
    expect(() => db.prepare('UPDATE senders SET deleted_at = NULL WHERE id = 3').run()).toThrow(
      /sender_phone_taken/,
    )
    db.prepare('UPDATE senders SET deleted_at = 6 WHERE id = 4').run()
    db.prepare('UPDATE senders SET deleted_at = NULL WHERE id = 3').run()
    expect(db.prepare('SELECT id FROM senders WHERE deleted_at IS NULL ORDER BY id').all()).toEqual(
      [{ id: 1 }, { id: 2 }, { id: 3 }],
    )
  })

  it('never deletes a sender row, so its ledger and blocks cannot go with it', () => {
    const db = migratedFrom70()
    db.prepare(
      "INSERT INTO sender_blocks (sender_id, block, at, until) VALUES (3, '{}', 250, NULL)",
    ).run()
    expect(() => db.prepare('DELETE FROM senders WHERE id = 3').run()).toThrow(
      /sender_history_kept/,
    )
    expect(db.prepare('SELECT count(*) AS n FROM send_ledger WHERE sender_id = 3').get()).toEqual({
      n: 1,
    })
    expect(db.prepare('SELECT count(*) AS n FROM sender_blocks').get()).toEqual({ n: 1 })
  })

  it('reads a number’s last day from a 300 000-row ledger through the time index', () => {
    const db = migratedFrom70()
    const insert = db.prepare(
      `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state) VALUES (?, ?, ?, 0, 'sent')`,
    )
    db.transaction(() => {
      for (let i = 0; i < 300_000; i += 1) insert.run(1 + (i % 3), `+7916${String(i % 5000)}`, i)
    })()
    db.exec('ANALYZE')
    const recent = `SELECT at, e164, new_chat FROM send_ledger
      WHERE sender_id IN ${rowsOfNumber('1')} AND at > 299000 AND state <> 'not_sent' ORDER BY at`
    const plan = planOf(db, recent)
    expect(plan).toContain('USING INDEX send_ledger_by_time (sender_id=? AND at>?)')
    expect(plan).toContain('USING COVERING INDEX senders_by_phone (phone=?)')
    expect(plan).not.toMatch(/SCAN (send_ledger|senders)\b/)
    // Senders 1 and 2 share the number: two thirds of the last 1 000 sends are theirs.
    expect(db.prepare(recent).all()).toHaveLength(666)

    const last = `SELECT max(at) AS at FROM send_ledger WHERE sender_id IN ${rowsOfNumber('1')}
      AND state <> 'not_sent'`
    expect(planOf(db, last)).toContain('USING INDEX send_ledger_by_time (sender_id=?)')
    expect(planOf(db, last)).not.toMatch(/SCAN send_ledger\b/)
    const ever = `SELECT 1 FROM send_ledger WHERE sender_id IN ${rowsOfNumber('1')}
      AND e164 = '+79161' AND state <> 'not_sent' LIMIT 1`
    expect(planOf(db, ever)).toMatch(/USING INDEX send_ledger_by_(number|time) \(sender_id=\?/)
    expect(planOf(db, ever)).not.toMatch(/SCAN send_ledger\b/)
  }, 60_000)
})

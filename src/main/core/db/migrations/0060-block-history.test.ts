import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 50 with one blocked and one free number, then migrated to 60. */
function migratedFrom50() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 50)) migration.up(db)
  const block = JSON.stringify({
    reason: 'policy_block',
    code: 368,
    message: 'x',
    at: 70,
    until: 90,
  })
  db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, block, created_at, updated_at)
     VALUES (?, ?, 'assisted', ?, '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]', 'wa_me', ?, 1, 1)`,
  ).run(1, 'Магазин', '+79030000000', block)
  db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, block, created_at, updated_at)
     VALUES (?, ?, 'assisted', ?, '2026-01-01', 'Europe/Moscow', '{}', '{}', '[]', 'wa_me', NULL, 1, 1)`,
  ).run(2, 'Склад', '+79030000001')
  for (const migration of migrations.filter((m) => m.version === 60)) migration.up(db)
  return { db, block }
}

describe('migration 0060: block history', () => {
  it('carries a block in force into the history, and nothing for a free number', () => {
    const { db, block } = migratedFrom50()
    expect(
      db.prepare('SELECT sender_id, block, at, until, lifted_at FROM sender_blocks').all(),
    ).toEqual([{ sender_id: 1, block, at: 70, until: 90, lifted_at: null }])
    expect(db.prepare('SELECT block FROM senders WHERE id = 1').get()).toEqual({ block })
  })

  it('goes with its number when the number is deleted', () => {
    const { db } = migratedFrom50()
    db.prepare('DELETE FROM senders WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) AS n FROM sender_blocks').get()).toEqual({ n: 0 })
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})

import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '.'

/** A database at schema 100: two lists, a campaign to the first, a draft with none; then 110. */
function migratedFrom100() {
  const db = new Sqlite(':memory:')
  db.pragma('foreign_keys = ON')
  for (const migration of migrations.filter((m) => m.version <= 100)) migration.up(db)
  db.prepare(
    `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
       warm_up, assisted_opener, created_at, updated_at)
     VALUES (1, 'Магазин', 'assisted', '+79030000000', '2026-01-01', 'Europe/Moscow', '{}', '{}',
       '[]', 'wa_me', 1, 1)`,
  ).run()
  const list = db.prepare(
    'INSERT INTO lists (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
  )
  list.run(1, 'Весна', 'весна')
  list.run(2, 'Лето', 'лето')
  const campaign = db.prepare(
    `INSERT INTO campaigns (id, name, sender_id, list_id, text, append_opt_out, opt_out_line, utm,
       utm_campaign, language, state, created_at, updated_at)
     VALUES (?, ?, 1, ?, 'Привет', 1, '', 0, '', 'ru', ?, 1, 1)`,
  )
  campaign.run(1, 'Весенняя', 1, 'finished')
  campaign.run(2, 'Черновик', null, 'draft')
  for (const migration of migrations.filter((m) => m.version === 110)) migration.up(db)
  return db
}

const listsOf = (db: Sqlite.Database, campaignId: number) =>
  db
    .prepare('SELECT list_id FROM campaign_lists WHERE campaign_id = ? ORDER BY position')
    .pluck()
    .all(campaignId)

describe('migration 0110: a campaign reaches several lists', () => {
  it('makes each campaign’s list its first and only one; a campaign without a list has none', () => {
    const db = migratedFrom100()
    expect(listsOf(db, 1)).toEqual([1])
    expect(listsOf(db, 2)).toEqual([])
    // The old column is no longer the truth: nothing is left in it to be read by mistake.
    expect(
      db.prepare('SELECT count(*) FROM campaigns WHERE list_id IS NOT NULL').pluck().get(),
    ).toBe(0)
  })

  it('takes several lists in order, each once per campaign', () => {
    const db = migratedFrom100()
    const add = db.prepare(
      'INSERT INTO campaign_lists (campaign_id, list_id, position) VALUES (?, ?, ?)',
    )
    add.run(2, 2, 0)
    add.run(2, 1, 1)
    expect(listsOf(db, 2)).toEqual([2, 1])
    expect(() => add.run(2, 2, 2)).toThrow(/UNIQUE|PRIMARY KEY/)
    expect(() => add.run(2, 99, 2)).toThrow(/FOREIGN KEY/)
  })

  it('takes a deleted list out of its campaigns, which stay, as before', () => {
    const db = migratedFrom100()
    db.prepare('DELETE FROM lists WHERE id = 1').run()
    expect(listsOf(db, 1)).toEqual([])
    expect(db.prepare('SELECT name FROM campaigns WHERE id = 1').pluck().get()).toBe('Весенняя')
  })

  it('forgets a deleted campaign’s lists, and keeps the lists', () => {
    const db = migratedFrom100()
    db.prepare('DELETE FROM campaigns WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM campaign_lists').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM lists').pluck().get()).toBe(2)
  })
})

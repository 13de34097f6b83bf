import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { backupNameAt } from '../../backups/backup-names'
import { pagesOf, scribbleOverPages } from '../../test-support/damaged-database'
import { useTempDir } from '../../test-support/temp-dir'
import { closeDatabase, openDatabase } from '../open-database'
import { carrySalvagedSends } from './carry-salvaged-sends'
import { restoreNewestCopy } from './restore-newest-copy'
import { salvageSendRecord } from './salvage-send-record'

const minute = 60_000
const hour = 60 * minute
const start = Date.UTC(2026, 11, 1, 8, 0, 0)
const people = ['+79161000001', '+79161000002', '+79161000003', '+79161000004']
const [anna, boris, vera, gleb] = people as [string, string, string, string]

/**
 * A shop's data folder on real files: a running campaign (1, paced) and a list message campaign
 * (2, sent from the phone) to the same four people; a daily copy is taken at `start + 10 min`.
 * `before` and `after` write into the database before and after the copy; then the app is closed
 * and the pages of `damaged` tables are overwritten.
 */
function shop(
  dir: string,
  {
    before = () => undefined,
    after,
    damaged,
  }: { before?: (db: Database) => void; after: (db: Database) => void; damaged: string[] },
) {
  const dataDir = join(dir, 'data')
  mkdirSync(join(dataDir, 'backups'), { recursive: true })
  const file = join(dataDir, 'rupor.db')
  const { db } = openDatabase({ file, now: start })
  db.prepare(
    `INSERT INTO senders (id, label, phone, started_on, time_zone, sending_window, limits, warm_up,
       assisted_opener, created_at, updated_at)
     VALUES (1, 'Магазин', '+79030000000', '2025-01-01', 'Europe/Moscow', '{}', '{}', '{}',
       'wa_me', 1, 1)`,
  ).run()
  const campaign = db.prepare(
    `INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm,
       utm_campaign, language, state, way, created_at, updated_at)
     VALUES (?, ?, 1, 'Здравствуйте!', 0, '', 0, '', 'ru', 'running', ?, 1, 1)`,
  )
  campaign.run(1, 'Декабрь', 'paced')
  campaign.run(2, 'Рассылка с телефона', 'phone_broadcast')
  const item = db.prepare(
    `INSERT INTO campaign_items (campaign_id, name, e164, position, state)
     VALUES (?, ?, ?, ?, 'planned')`,
  )
  for (const id of [1, 2]) people.forEach((e164, i) => item.run(id, `Клиент ${String(i)}`, e164, i))
  before(db)
  db.prepare('VACUUM INTO ?').run(join(dataDir, 'backups', backupNameAt(start + 10 * minute)))
  after(db)
  closeDatabase(db)
  scribbleOverPages(
    file,
    damaged.flatMap((name) => pagesOf(file, name)),
  )
  return { dataDir, file }
}

/** A message as the scheduler (or the owner, for a list message) records one: item and ledger row together. */
function sent(db: Database, campaignId: number, e164: string, at: number, channel: string): void {
  db.transaction(() => {
    const id = db
      .prepare<[number, number, number, string], number>(
        `UPDATE campaign_items SET state = 'sent', sent_text = 'Здравствуйте!', claimed_at = ?,
           done_at = ? WHERE campaign_id = ? AND e164 = ? RETURNING id`,
      )
      .pluck()
      .get(at, at, campaignId, e164)
    db.prepare(
      `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state, channel)
       VALUES (1, ?, ?, ?, ?, 1, 'sent', ?)`,
    ).run(campaignId, id, e164, at, channel)
  })()
}

const statesIn = (file: string, campaignId: number): [string, string][] => {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    return db
      .prepare<[number], { e164: string; state: string }>(
        'SELECT e164, state FROM campaign_items WHERE campaign_id = ? ORDER BY position',
      )
      .all(campaignId)
      .map((row) => [row.e164, row.state])
  } finally {
    db.close()
  }
}

const ledgerIn = (file: string): string[] => {
  const db = new Sqlite(file, { fileMustExist: true })
  try {
    return db.prepare<[], string>('SELECT e164 FROM send_ledger ORDER BY at').pluck().all()
  } finally {
    db.close()
  }
}

describe('the newest copy is restored even when rows of the damaged file do not fit it', () => {
  const tempDir = useTempDir()

  it('a ledger row with a damaged value is left out and counted; the rest is carried and no one is messaged twice', () => {
    const { dataDir } = shop(tempDir(), {
      after(db) {
        sent(db, 1, anna, start + 20 * minute, 'assisted')
        sent(db, 1, boris, start + 21 * minute, 'assisted')
        // A flipped bit the read cannot tell from a real value: not one the schema allows.
        db.pragma('ignore_check_constraints = ON')
        db.prepare(`UPDATE send_ledger SET delivery = 'dalivered' WHERE e164 = ?`).run(boris)
        db.pragma('ignore_check_constraints = OFF')
      },
      damaged: ['contacts'],
    })
    const outcome = restoreNewestCopy({ dataDir, now: start + hour })
    expect(outcome.carried).toMatchObject({ sends: 1, refused: 1, complete: false })
    const file = join(dataDir, 'rupor.db')
    expect(ledgerIn(file)).toEqual([anna])
    // Boris's own item row says he was messaged: he is not queued again; the others still are.
    expect(statesIn(file, 1)).toEqual([
      [anna, 'sent'],
      [boris, 'sent'],
      [vera, 'planned'],
      [gleb, 'planned'],
    ])
  })

  it('a list message the merged opt-out list refuses (its re-subscription lost) is left out; the recovery succeeds', () => {
    // Anna opted out, the copy was taken, she re-subscribed, got the list message, and opted out
    // again. The re-subscription and her row now are on damaged pages: the restored list has her
    // from before the message, which the ledger's trigger of migration 0120 refuses to record.
    const { dataDir } = shop(tempDir(), {
      before(db) {
        db.prepare(
          `INSERT INTO opt_outs (e164, created_at, source, note) VALUES (?, ?, 'manual_entry', '')`,
        ).run(anna, start + minute)
      },
      after(db) {
        db.prepare(
          `INSERT INTO opt_out_events (e164, action, at, source, note)
           VALUES (?, 'resubscribed', ?, 'manual_entry', '')`,
        ).run(anna, start + 20 * minute)
        db.prepare('DELETE FROM opt_outs WHERE e164 = ?').run(anna)
        sent(db, 2, anna, start + 30 * minute, 'phone_broadcast')
        sent(db, 2, boris, start + 30 * minute, 'phone_broadcast')
        db.prepare(
          `INSERT INTO opt_outs (e164, created_at, source, note) VALUES (?, ?, 'reply_keyword', '')`,
        ).run(anna, start + 40 * minute)
      },
      damaged: ['opt_outs', 'opt_out_events'],
    })
    const outcome = restoreNewestCopy({ dataDir, now: start + hour })
    expect(outcome.carried).toMatchObject({ sends: 1, refused: 1, complete: false })
    const file = join(dataDir, 'rupor.db')
    expect(ledgerIn(file)).toEqual([boris])
    expect(statesIn(file, 2)).toEqual([
      [anna, 'sent'],
      [boris, 'sent'],
      [vera, 'planned'],
      [gleb, 'planned'],
    ])
    const db = new Sqlite(file, { fileMustExist: true })
    try {
      expect(db.prepare('SELECT e164 FROM opt_outs').pluck().all()).toEqual([anna])
    } finally {
      db.close()
    }
  })

  it('when the carry fails as a whole, only it is undone and every queued person is held back', () => {
    const { dataDir, file } = shop(tempDir(), {
      after(db) {
        sent(db, 1, anna, start + 20 * minute, 'assisted')
      },
      damaged: ['contacts'],
    })
    const copyFile = join(dataDir, 'backups', backupNameAt(start + 10 * minute))
    const salvaged = salvageSendRecord(file)
    // A sender row the copy lacks, with a value SQLite cannot even take (not a refusal by a check).
    const stray = { id: 9, phone: '+79039999999', block: null, label: { broken: true } }
    const record = {
      ...salvaged,
      senders: { ...salvaged.senders, rows: [...salvaged.senders.rows, stray] },
      ledger: {
        ...salvaged.ledger,
        rows: [
          ...salvaged.ledger.rows,
          {
            ...(salvaged.ledger.rows[0] ?? expect.fail('the ledger row was read')),
            id: 99,
            sender_id: 9,
            e164: vera,
          },
        ],
      },
    }
    const logged: string[] = []
    const { db } = openDatabase({ file: copyFile, now: start })
    try {
      const carried = carrySalvagedSends(record, db, start + hour, (message) =>
        logged.push(message),
      )
      expect(carried).toMatchObject({ sends: 0, items: 0, unknown: 8, complete: false })
      expect(logged).toHaveLength(1)
      expect(db.prepare('SELECT count(*) FROM send_ledger').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM senders').pluck().get()).toBe(1)
      expect(db.prepare(`SELECT DISTINCT state FROM campaign_items`).pluck().all()).toEqual([
        'uncertain',
      ])
    } finally {
      closeDatabase(db)
    }
  })
})

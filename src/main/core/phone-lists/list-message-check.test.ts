// checkListMessage on a real database: the phone's list, the ledger of every channel, opt-outs and
// the number's block, as the composer and the recording of a list message ask it.
import Sqlite, { type Database } from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ListDetail } from '../../../shared/lists'
import { databaseFileName } from '../create-core'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { checkListMessage } from './list-message-check'

const hour = 60 * 60 * 1000
const at = tuesdayMorning

/** A phone list of the list's first `count` members on the sender's phone, all saved the number. */
function mirror(db: Database, listId: number, senderId: number, count: number): void {
  db.prepare("UPDATE contacts SET saved_number = 'yes'").run()
  const { id } = db
    .prepare<[number, number, number], { id: number }>(
      `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
       VALUES (?, ?, 'Рассылка', ?, 0, 0) RETURNING id`,
    )
    .get(listId, senderId, at - 48 * hour) ?? { id: 0 }
  db.prepare(
    `INSERT INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
     SELECT ?, c.primary_phone, c.id, c.name, 0 FROM list_members m
     JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ? ORDER BY m.position LIMIT ?`,
  ).run(id, listId, count)
}

/** A list message recorded for a campaign: one ledger row per person, at one time. */
function recordListMessage(
  db: Database,
  senderId: number,
  campaignId: number,
  e164s: string[],
  when: number,
) {
  const insert = db.prepare(
    `INSERT INTO send_ledger (sender_id, campaign_id, e164, at, new_chat, state, channel)
     VALUES (?, ?, ?, ?, 0, 'sent', 'phone_broadcast')`,
  )
  for (const e164 of e164s) insert.run(senderId, campaignId, e164, when)
}

describe('checkListMessage', () => {
  const tempDir = useTempDir()

  it('follows the phone list, the removals, the list’s last message and overlaps', async () => {
    const dir = tempDir()
    const { core, sender, list, campaign } = await setUpAssistedCore(dir, { book: bookOf(12) })
    const db = new Sqlite(join(dir, 'data', databaseFileName))
    try {
      const check = (listId: number, when = at) =>
        checkListMessage(db, { senderId: sender.id, listId, at: when })
      expect(check(list.id)).toEqual([{ key: 'no_phone_list' }])

      mirror(db, list.id, sender.id, 10)
      expect(check(list.id)).toEqual([])

      // Someone on the phone's list opted out: named, and nothing goes until they are off.
      const onPhone = db
        .prepare<[], { e164: string; name: string }>(
          'SELECT e164, name FROM phone_list_members ORDER BY name',
        )
        .all()
      const anna = onPhone[3] ?? { e164: '', name: '' }
      db.prepare(
        "INSERT INTO opt_outs (e164, created_at, source) VALUES (?, ?, 'manual_entry')",
      ).run(anna.e164, at - hour)
      expect(check(list.id)).toEqual([{ key: 'removals_pending', names: [anna.name], count: 1 }])
      db.prepare('DELETE FROM phone_list_members WHERE e164 = ?').run(anna.e164)
      expect(check(list.id)).toEqual([])

      // The list's message went 2 hours ago: the next one from 22 hours on.
      const reached = onPhone.filter((p) => p.e164 !== anna.e164).map((p) => p.e164)
      recordListMessage(db, sender.id, campaign.id, reached, at - 2 * hour)
      expect(check(list.id)).toEqual([{ key: 'list_sent_recently', until: at + 22 * hour }])
      expect(check(list.id, at + 22 * hour)).toEqual([])

      // Another list with two of the same people, mirrored on the same phone: refused, naming them.
      const ids = db
        .prepare<[number], number>(
          'SELECT contact_id FROM list_members WHERE list_id = ? ORDER BY position',
        )
        .pluck()
        .all(list.id)
      const other = await callCore<ListDetail>(core, 'lists.create', {
        name: 'Хвост',
        contactIds: ids.slice(8),
      })
      mirror(db, other.id, sender.id, 4)
      const shared = db
        .prepare<[number], string>(
          `SELECT name FROM phone_list_members WHERE phone_list_id =
             (SELECT id FROM phone_lists WHERE list_id = ?) AND e164 IN
             (SELECT e164 FROM send_ledger WHERE channel = 'phone_broadcast') ORDER BY name`,
        )
        .pluck()
        .all(other.id)
      expect(shared).toHaveLength(2)
      expect(check(other.id)).toEqual([
        { key: 'overlaps_recent', names: shared, count: 2, until: at + 22 * hour },
      ])
    } finally {
      db.close()
    }
  }, 60_000)

  it('refuses while the number is blocked, and counts the list’s new chats against the warm-up', async () => {
    const dir = tempDir()
    // A number that began today: 20 new chats a day; a phone list of 25 people it never messaged.
    const { core, sender, list } = await setUpAssistedCore(dir, {
      book: bookOf(25),
      startedOn: '2026-12-01',
    })
    const db = new Sqlite(join(dir, 'data', databaseFileName))
    try {
      mirror(db, list.id, sender.id, 25)
      const check = () => checkListMessage(db, { senderId: sender.id, listId: list.id, at })
      expect(check()).toEqual([{ key: 'new_chat_limit', count: 25, limit: 20 }])
      // Five of them already chat with the shop: 20 of 20 is within the allowance.
      db.prepare(
        'UPDATE contacts SET chats_with_shop = 1 WHERE id IN (SELECT id FROM contacts LIMIT 5)',
      ).run()
      expect(check()).toEqual([])
      await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
      expect(check().map((r) => r.key)).toEqual(['sender_blocked'])
    } finally {
      db.close()
    }
  }, 60_000)
})

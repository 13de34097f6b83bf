import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import type { RecipientCheck } from '../eligibility/recipient-check'
import { tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { seededRandom } from './pacing'
import { createScheduler, type ClaimedTask } from './scheduler'

const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+7 916 111-11-11,да',
  'Борис Смирнов,+7 916 222-22-22,да',
].join('\n')

/** A check that lets everyone through: a future code path that forgot to ask. */
const careless = {
  checkNumber: (e164: string) => ({ eligible: true, e164 }),
} as unknown as RecipientCheck

describe('the database refusing a claim to an opted-out number', () => {
  const tempDir = useTempDir()

  it('is a skip with the reason for the scheduler, not a crash, and the next person is asked', async () => {
    const dir = tempDir()
    const clock = new FakeClock(tuesdayMorning)
    const { core } = createTestCore(join(dir, 'data'), clock, seededRandom(2))
    writeFileSync(join(dir, 'book.csv'), book)
    await importFile(core, join(dir, 'book.csv'))
    const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '8 903 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    // Queued for tomorrow, so this core claims nothing before it is closed.
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте!',
      startAt: tuesdayMorning + 24 * 60 * 60_000,
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    core.close()

    const db = new Sqlite(join(dir, 'data', 'rupor.db'))
    db.prepare(
      "INSERT INTO opt_outs (e164, created_at, source, note) VALUES ('+79161111111', ?, 'manual_entry', '')",
    ).run(clock.now())
    db.prepare("UPDATE campaigns SET state = 'running', start_at = NULL WHERE id = ?").run(
      campaign.id,
    )
    const delivered: ClaimedTask[] = []
    const scheduler = createScheduler({
      db,
      clock,
      random: seededRandom(2),
      check: careless,
      sender: () => sender,
      lateAfterMs: 0,
      hooks: {
        compose: () => 'Здравствуйте!',
        deliver: (task) => delivered.push(task),
        optOut: () => undefined,
        tokenRejected: () => undefined,
        changed: () => undefined,
        notify: () => undefined,
        keepAwake: () => undefined,
      },
    })
    expect(() => {
      scheduler.kick(sender.id, false)
      clock.advance(60_000)
    }).not.toThrow()
    expect(delivered.map((t) => t.e164)).toEqual(['+79162222222'])
    const rows = db
      .prepare('SELECT name, state, reason FROM campaign_items ORDER BY position')
      .all()
    expect(rows).toEqual([
      { name: 'Анна Петрова', state: 'skipped', reason: 'opted_out' },
      { name: 'Борис Смирнов', state: 'sending', reason: null },
    ])
    expect(db.prepare('SELECT e164 FROM send_ledger').all()).toEqual([{ e164: '+79162222222' }])
    scheduler.stop()
    db.close()
  })
})

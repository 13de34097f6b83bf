import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AssistedTask, Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { Contact, ContactPage } from '../../../shared/contacts'
import type { Eligibility } from '../../../shared/eligibility'
import type { ListDetail } from '../../../shared/lists'
import type { Sender, SenderUsage } from '../../../shared/senders'
import { bookOf, tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { closeDatabase, openDatabase } from '../db/open-database'
import { createOptOutStore } from '../opt-outs/opt-out-store'
import { FakeClock } from '../time/fake-clock'
import { carryForward } from './carry-forward'
import { createRestorableTestCore } from './restorable-test-core'

/** A shop of four customers, a list of them, and a campaign to it sending on an assisted number. */
async function openShop(dir: string, options: { copyBeforeSender?: boolean } = {}) {
  const test = createRestorableTestCore(join(dir, 'data'), new FakeClock(tuesdayMorning))
  const { core, clock } = test
  writeFileSync(join(dir, 'book.csv'), bookOf(4))
  await importFile(core, join(dir, 'book.csv'))
  const contacts = (await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).rows
  const people = await Promise.all(
    contacts.map((row) => callCore<Contact>(core, 'contacts.get', { id: row.id })),
  )
  const list = await callCore<ListDetail>(core, 'lists.create', {
    name: 'Все',
    contactIds: people.map((p) => p.id),
  })
  const early = options.copyBeforeSender ? await core.handlers['backups.create']({}) : undefined
  const sender = await callCore<Sender>(core, 'senders.save', {
    label: 'Магазин',
    phone: '8 903 000-00-00',
    startedOn: '2025-01-01',
    timeZone: 'Europe/Moscow',
  })
  const draft = await callCore<Campaign>(core, 'campaigns.save', {
    name: 'Декабрь',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте!',
  })
  const asked: AssistedTask[] = []
  core.events.subscribe((m) => {
    if (m.name === 'campaigns.task') asked.push(m.payload)
  })
  await core.backups.idle()

  /** Moves the clock on until WhatsApp is opened on the next chat; null when nothing is due. */
  async function nextTask(): Promise<AssistedTask | null> {
    for (let guard = 0; guard < 1000; guard += 1) {
      await Promise.resolve()
      const task = asked.shift()
      if (task) return task
      const next = clock.nextTimerAt()
      // Only the sending day: the next midnight is the daily copy, not a message.
      if (next === null || next > tuesdayMorning + 8 * 60 * 60 * 1000) return null
      clock.advance(next - clock.now())
    }
    return null
  }
  const numberOf = (i: number) => people[i]?.phones[0]?.e164 ?? ''
  const restore = async (name: string) => {
    const outcome = await core.handlers['backups.restore']({ name, location: 'main' })
    asked.length = 0
    return outcome
  }
  return { ...test, people, sender, draft, asked, nextTask, numberOf, restore, early }
}

const check = (core: ReturnType<typeof createRestorableTestCore>['core'], number: string) =>
  callCore<Eligibility>(core, 'optOuts.check', { number }).then((answer) => ({
    ...answer,
    reasons: answer.eligible ? [] : answer.reasons,
  }))

describe('a restore keeps what protects people and the number', () => {
  const tempDir = useTempDir()

  it('an opt-out, a consent withdrawal and a block made after the copy stay after restoring it', async () => {
    const { core, people, sender, numberOf, restore } = await openShop(tempDir())
    const copy = await core.handlers['backups.create']({})

    await callCore(core, 'optOuts.addNumbers', { text: numberOf(1), note: 'просил по телефону' })
    await callCore(core, 'contacts.update', { id: people[2]?.id, consent: 'withdrawn' })
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary' })
    expect((await check(core, numberOf(1))).reasons).toContain('opted_out')

    const outcome = await restore(copy.name)
    expect(outcome.carried).toEqual({
      optOuts: 1,
      resubscriptions: 0,
      withdrawals: 1,
      sends: 0,
      items: 0,
      blocks: 1,
    })
    // Still opted out, with its note and its event.
    expect((await check(core, numberOf(1))).reasons).toContain('opted_out')
    const list = await callCore<{ total: number; rows: { e164: string; note: string }[] }>(
      core,
      'optOuts.query',
      {},
    )
    expect(list.rows).toEqual([
      expect.objectContaining({ e164: numberOf(1), note: 'просил по телефону' }),
    ])
    // The withdrawal too.
    const withdrawn = await callCore<Contact>(core, 'contacts.get', { id: people[2]?.id })
    expect(withdrawn.consent).toBe('withdrawn')
    expect((await check(core, numberOf(2))).reasons).toContain('consent_withdrawn')
    // And the block, in force and in the history.
    const restoredSender = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
    expect(restoredSender?.block?.reason).toBe('reported_temporary')
    expect(
      await callCore<{ history: unknown[] }>(core, 'senders.blockReport', { id: sender.id }),
    ).toMatchObject({ history: [expect.anything()] })
    core.close()
  })

  it('a confirmed re-subscription made after the copy is kept', async () => {
    const { core, numberOf, restore } = await openShop(tempDir())
    await callCore(core, 'optOuts.addNumbers', { text: numberOf(0), note: '' })
    const copy = await core.handlers['backups.create']({})
    await callCore(core, 'optOuts.resubscribe', {
      e164s: [numberOf(0)],
      note: 'сама попросила вернуть',
      confirmed: true,
    })
    const outcome = await restore(copy.name)
    expect(outcome.carried).toMatchObject({ optOuts: 0, resubscriptions: 1 })
    expect((await check(core, numberOf(0))).eligible).toBe(true)
    core.close()
  })

  it('sends after the copy still count in the limits, and resuming never messages those people again', async () => {
    const { core, draft, sender, nextTask, numberOf, restore } = await openShop(tempDir())
    const campaign = await callCore<Campaign>(core, 'campaigns.start', { id: draft.id })
    const copy = await core.handlers['backups.create']({})

    // After the copy: two messages sent, and a third chat opened and not yet answered.
    for (let i = 0; i < 2; i += 1) {
      const task = await nextTask()
      expect(task?.e164).toBe(numberOf(i))
      await callCore(core, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    }
    expect((await nextTask())?.e164).toBe(numberOf(2))

    const outcome = await restore(copy.name)
    expect(outcome.carried).toMatchObject({ sends: 3, items: 3 })
    // The gauges count all three (the open one may have gone out).
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })
    expect(usage.sentLastHour).toBe(3)
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    expect(items.rows.map((row) => [row.e164, row.state])).toEqual([
      [numberOf(0), 'sent'],
      [numberOf(1), 'sent'],
      [numberOf(2), 'uncertain'],
      [numberOf(3), 'planned'],
    ])

    // The owner says the uncertain one went out; resumed, only the fourth person is messaged.
    expect((await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state).toBe(
      'paused',
    )
    const uncertain = items.rows.find((row) => row.state === 'uncertain')
    await callCore(core, 'campaigns.resolve', { itemId: uncertain?.id, outcome: 'sent' })
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    const task = await nextTask()
    expect(task?.e164).toBe(numberOf(3))
    await callCore(core, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    expect(await nextTask()).toBeNull()
    core.close()
  })

  it('a number added after the copy comes back with its sends, and they count in its limits', async () => {
    const { core, draft, nextTask, restore, early } = await openShop(tempDir(), {
      copyBeforeSender: true,
    })
    await callCore(core, 'campaigns.start', { id: draft.id })
    for (let i = 0; i < 2; i += 1) {
      const task = await nextTask()
      await callCore(core, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    }
    const outcome = await restore(early?.name ?? '')
    expect(outcome.carried).toMatchObject({ sends: 2, items: 0 })
    // The campaign is not in the copy; the number is, with its settings and its two sends.
    expect(await callCore<Campaign[]>(core, 'campaigns.list', {})).toEqual([])
    const senders = await callCore<Sender[]>(core, 'senders.list', {})
    expect(senders.map((s) => [s.label, s.phone])).toEqual([['Магазин', '+79030000000']])
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: senders[0]?.id })
    expect(usage.sentLastHour).toBe(2)
    expect(usage.activeChats).toBe(2)
    core.close()
  })
})

describe('the opt-out list after a restore', () => {
  const tempDir = useTempDir()
  const numbers = ['+79160000001', '+79160000002', '+79160000003']

  /** The list as it stands, and whether the delete guard agrees with it for every number. */
  const listOf = (db: Database) => {
    const onList = db.prepare<[], string>('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()
    const lastAction = db.prepare<[string], string>(
      'SELECT action FROM opt_out_events WHERE e164 = ? ORDER BY id DESC LIMIT 1',
    )
    for (const e164 of numbers) {
      const last = lastAction.pluck().get(e164)
      expect(last ?? 'resubscribed', e164).toBe(
        onList.includes(e164) ? 'opted_out' : 'resubscribed',
      )
    }
    return onList
  }

  // One migrated database, copied for each run (migrating takes longer than the run itself).
  let template = ''
  beforeAll(() => {
    template = join(tempDir(), 'template.db')
    closeDatabase(openDatabase({ file: template, now: tuesdayMorning }).db)
  })

  it('equals the current one for any interleaving of opt-outs and re-subscriptions before and after the copy', () => {
    const step = fc.record({
      number: fc.nat({ max: numbers.length - 1 }),
      optOut: fc.boolean(),
      // 0: the same millisecond as the step before.
      after: fc.constantFrom(0, 1, 60_000),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.nat(), (steps, cut) => {
        const dir = tempDir()
        copyFileSync(template, join(dir, 'rupor.db'))
        const db = new Sqlite(join(dir, 'rupor.db'))
        // As the core has it open: in WAL, the copy read through a second connection.
        db.pragma('journal_mode = WAL')
        db.pragma('synchronous = OFF')
        const store = createOptOutStore(db)
        const copyAt = cut % (steps.length + 1)
        const copyFile = join(dir, 'copy.db')
        let at = tuesdayMorning
        steps.forEach((s, i) => {
          if (i === copyAt) db.prepare('VACUUM INTO ?').run(copyFile)
          at += s.after
          const e164 = numbers[s.number] ?? ''
          db.transaction(() =>
            s.optOut ? store.add(e164, 'manual_entry', '', at) : store.resubscribe(e164, '', at),
          )()
        })
        if (copyAt === steps.length) db.prepare('VACUUM INTO ?').run(copyFile)

        carryForward({ from: join(dir, 'rupor.db'), into: copyFile, now: at })
        const restored = new Sqlite(copyFile)
        try {
          expect(listOf(restored)).toEqual(listOf(db))
          // Nothing is recorded twice: the events are the current ones.
          const events = (d: Database) =>
            d.prepare('SELECT e164, action, at, source FROM opt_out_events ORDER BY e164, id').all()
          expect(events(restored)).toEqual(events(db))
        } finally {
          restored.close()
          db.close()
        }
      }),
      { numRuns: 100 },
    )
  }, 60_000)
})

describe('carrying senders and their sends between files', () => {
  const tempDir = useTempDir()

  it('copies a sender by the columns both files have, and never carries a claim still open', () => {
    const dir = tempDir()
    const open = (name: string) => openDatabase({ file: join(dir, name), now: tuesdayMorning }).db
    const current = open('rupor.db')
    const copy = open('copy.db')
    // Each file has a column the other lacks (as a copy from before a migration would).
    current.exec('ALTER TABLE senders ADD COLUMN nickname TEXT')
    copy.exec('ALTER TABLE senders ADD COLUMN shelf INTEGER')
    const sender = current
      .prepare(
        `INSERT INTO senders (label, phone, started_on, time_zone, sending_window, limits, warm_up,
           assisted_opener, created_at, updated_at, nickname)
         VALUES ('Магазин', '+79030000000', '2025-01-01', 'Europe/Moscow', '{}', '{}', '{}',
           'wa_me', 1, 1, 'главный')`,
      )
      .run().lastInsertRowid
    const send = current.prepare(
      `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state) VALUES (?, ?, ?, 1, ?)`,
    )
    send.run(sender, '+79160000001', tuesdayMorning, 'sent')
    send.run(sender, '+79160000002', tuesdayMorning + 1, 'sending')
    closeDatabase(current)
    closeDatabase(copy)

    const carried = carryForward({
      from: join(dir, 'rupor.db'),
      into: join(dir, 'copy.db'),
      now: tuesdayMorning,
    })
    expect(carried.sends).toBe(2)
    const restored = new Sqlite(join(dir, 'copy.db'))
    try {
      expect(restored.prepare('SELECT label, phone FROM senders').all()).toEqual([
        { label: 'Магазин', phone: '+79030000000' },
      ])
      expect(
        restored.prepare('SELECT e164, state, campaign_id FROM send_ledger ORDER BY at').all(),
      ).toEqual([
        { e164: '+79160000001', state: 'sent', campaign_id: null },
        { e164: '+79160000002', state: 'uncertain', campaign_id: null },
      ])
      // Carried again: nothing twice.
      expect(
        carryForward({ from: join(dir, 'rupor.db'), into: join(dir, 'copy.db'), now: 0 }),
      ).toEqual({ optOuts: 0, resubscriptions: 0, withdrawals: 0, sends: 0, items: 0, blocks: 0 })
    } finally {
      restored.close()
    }
  })
})

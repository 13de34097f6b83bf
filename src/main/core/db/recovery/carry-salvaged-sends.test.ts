import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AssistedTask, Campaign, CampaignItemsPage } from '../../../../shared/campaigns'
import type { ContactPage } from '../../../../shared/contacts'
import type { BlockReport } from '../../../../shared/blocks'
import type { Sender, SenderUsage } from '../../../../shared/senders'
import { createRestorableTestCore } from '../../backups/restorable-test-core'
import { bookOf, shopDraft, tuesdayMorning } from '../../test-support/assisted-core'
import { pagesOf, scribbleOverPages } from '../../test-support/damaged-database'
import { callCore, importFile } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import { FakeClock } from '../../time/fake-clock'
import { closeDatabase, openDatabase } from '../open-database'
import { carrySalvagedSends } from './carry-salvaged-sends'
import { recoveryDoneText } from './recovery-texts'
import { restoreNewestCopy } from './restore-newest-copy'
import { startEmptyKeepingOptOuts } from './start-empty-keeping-opt-outs'
import { salvageSendRecord } from './salvage-send-record'

type TestCore = ReturnType<typeof createRestorableTestCore>

/** Plays the owner of an assisted number: the chat WhatsApp is opened on next, moving the clock. */
function ownerOf({ core, clock }: TestCore) {
  const asked: AssistedTask[] = []
  core.events.subscribe((m) => {
    if (m.name === 'campaigns.task') asked.push(m.payload)
  })
  return async function nextTask(): Promise<AssistedTask | null> {
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
}

/**
 * A shop sending a campaign to four people on an assisted number; a copy is taken once it has
 * started. After it two messages go out and a third chat is opened; then the app is closed and
 * pages of the file are damaged by `damage`.
 */
async function shopDamagedAfterSends(dir: string, damage: (file: string) => void) {
  const dataDir = join(dir, 'data')
  const test = createRestorableTestCore(dataDir, new FakeClock(tuesdayMorning))
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), bookOf(4))
  await importFile(core, join(dir, 'book.csv'))
  const contacts = (await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).rows
  const { sender, campaign: draft } = await shopDraft(
    core,
    contacts.map((row) => row.id),
  )
  await core.backups.idle()
  const nextTask = ownerOf(test)
  const campaign = await callCore<Campaign>(core, 'campaigns.start', { id: draft.id })
  const copy = await core.handlers['backups.create']({})
  const messaged: string[] = []
  for (let i = 0; i < 2; i += 1) {
    const task = await nextTask()
    await callCore(core, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    messaged.push(task?.e164 ?? '')
  }
  const opened = await nextTask() // WhatsApp opened on the third chat: it may have gone
  messaged.push(opened?.e164 ?? '')
  const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
  const everyone = items.rows.map((row) => row.e164)
  core.close()
  damage(join(dataDir, 'rupor.db'))
  return { dataDir, clock: test.clock, copy, campaign, sender, messaged, everyone }
}

/** The app started again on the recovered file: who it messages when the campaign is resumed. */
async function resumeAfterRecovery(
  shop: Awaited<ReturnType<typeof shopDamagedAfterSends>>,
  answer: (item: { e164: string; state: string }) => 'sent' | 'not_sent',
) {
  const test = createRestorableTestCore(shop.dataDir, shop.clock)
  const { core } = test
  const nextTask = ownerOf(test)
  const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: shop.campaign.id })
  const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: shop.sender.id })
  // The owner answers each uncertain one as it really went, then resumes.
  for (const item of items.rows.filter((row) => row.state === 'uncertain'))
    await callCore(core, 'campaigns.resolve', { itemId: item.id, outcome: answer(item) })
  await callCore(core, 'campaigns.resume', { id: shop.campaign.id })
  const messagedAgain: string[] = []
  for (let task = await nextTask(); task; task = await nextTask()) {
    messagedAgain.push(task.e164)
    await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
  }
  core.close()
  return { items: items.rows.map((row) => [row.e164, row.state]), usage, messagedAgain }
}

const leavesOf = (names: string[]) => (file: string) =>
  scribbleOverPages(
    file,
    names.flatMap((name) => pagesOf(file, name)),
  )

describe('restoring the newest copy of a damaged database never messages anyone twice', () => {
  const tempDir = useTempDir()

  it('carries the sends made after the copy: the limits count them and Resume skips those people', async () => {
    const shop = await shopDamagedAfterSends(tempDir(), leavesOf(['contacts']))
    const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now: shop.clock.now() })
    expect(outcome.restored?.name).toBe(shop.copy.name)
    // Complete but for the withdrawals: the contacts' pages are the damaged ones.
    expect(outcome.carried).toMatchObject({ sends: 3, items: 3, unknown: 0, complete: false })
    expect(recoveryDoneText(outcome, 'en', 'UTC')).toContain('Carried from the damaged file: 3')

    const after = await resumeAfterRecovery(shop, () => 'sent')
    expect(after.usage.sentLastHour).toBe(3)
    expect(after.usage.newChatsLast24h).toBe(3)
    const [first, second, third, fourth] = shop.everyone
    expect(after.items).toEqual([
      [first, 'sent'],
      [second, 'sent'],
      [third, 'uncertain'],
      [fourth, 'planned'],
    ])
    expect(after.messagedAgain).toEqual([fourth])
  })

  it('recovers when the ledger itself is damaged: the items say who was messaged', async () => {
    const shop = await shopDamagedAfterSends(tempDir(), leavesOf(['send_ledger']))
    const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now: shop.clock.now() })
    expect(outcome.carried).toMatchObject({ sends: 0, items: 3, unknown: 0, complete: false })
    expect(recoveryDoneText(outcome, 'ru', 'UTC')).toContain(
      'Часть записей об отправках, блокировках и отзывах согласия прочитать не удалось.',
    )
    // The limits cannot count the sends whose rows were lost: the owner is told to go slowly.
    expect(recoveryDoneText(outcome, 'ru', 'UTC')).toContain(
      'до завтра отправляйте меньше обычного',
    )
    const after = await resumeAfterRecovery(shop, () => 'sent')
    expect(after.messagedAgain).toEqual([shop.everyone[3]])
  })

  it('with the ledger and the items both lost, every queued person is uncertain: none is messaged unasked', async () => {
    const shop = await shopDamagedAfterSends(tempDir(), leavesOf(['send_ledger', 'campaign_items']))
    const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now: shop.clock.now() })
    expect(outcome.carried).toMatchObject({ sends: 0, items: 0, unknown: 4, complete: false })
    expect(recoveryDoneText(outcome, 'ru', 'UTC')).toContain(
      'о которых в повреждённом файле не удалось прочитать, ушло ли им сообщение после копии: 4',
    )
    expect(recoveryDoneText(outcome, 'en', 'UTC')).toContain(
      'whether a message went out after the copy: 4',
    )
    // The owner knows who got it (the first three): only the fourth is messaged.
    const after = await resumeAfterRecovery(shop, (item) =>
      shop.messaged.includes(item.e164) ? 'sent' : 'not_sent',
    )
    expect(after.items.map(([, state]) => state)).toEqual([
      'uncertain',
      'uncertain',
      'uncertain',
      'uncertain',
    ])
    expect(after.messagedAgain).toEqual([shop.everyone[3]])
  })
})

describe('starting empty after damage keeps the number’s own record', () => {
  const tempDir = useTempDir()

  it('the limits still count what the number sent, and its block history stays', async () => {
    const shop = await shopDamagedAfterSends(tempDir(), () => undefined)
    // WhatsApp blocked the number for a day after those sends; then the file was damaged.
    const before = createRestorableTestCore(shop.dataDir, shop.clock)
    await callCore(before.core, 'senders.reportBlock', { id: shop.sender.id, kind: 'temporary' })
    await before.core.backups.idle()
    before.core.close()
    leavesOf(['contacts'])(join(shop.dataDir, 'rupor.db'))

    const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now: shop.clock.now() })
    // Whole: the contacts' pages are the damaged ones, and an empty start has no contacts to
    // withdraw consent from (a restore of the same file says its withdrawals are not whole).
    expect(outcome.carried).toMatchObject({ sends: 3, blocks: 1, items: 0, complete: true })
    expect(recoveryDoneText(outcome, 'en', 'UTC')).not.toContain('could not be read')
    expect(recoveryDoneText(outcome, 'en', 'UTC')).toContain(
      "Carried from the damaged file: 3 records of sent messages (the number's limits count them) and 1 record of the number's blocks.",
    )
    expect(recoveryDoneText(outcome, 'ru', 'UTC')).toContain(
      'записей об отправленных сообщениях: 3 (лимиты номера их учитывают), записей о блокировках номера: 1.',
    )

    const { core } = createRestorableTestCore(shop.dataDir, shop.clock)
    const book = await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })
    const senders = await callCore<Sender[]>(core, 'senders.list', {})
    const sender = senders.find((s) => s.phone === shop.sender.phone)
    const usage = sender && (await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id }))
    const blocks =
      sender && (await callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id }))
    core.close()
    expect(book.rows).toEqual([])
    expect(usage?.sentLastHour).toBe(3)
    expect(usage?.newChatsLast24h).toBe(3)
    expect(blocks?.current?.block.until).toBeGreaterThan(shop.clock.now())
    expect(blocks?.history).toHaveLength(1)
  })

  it('takes a sender whose row damage took from the newest good copy, so its sends still count', async () => {
    const shop = await shopDamagedAfterSends(tempDir(), leavesOf(['senders']))
    const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now: shop.clock.now() })
    expect(outcome.carried).toMatchObject({ sends: 3, complete: false, sendsWhole: true })
    const summary = recoveryDoneText(outcome, 'en', 'UTC')
    expect(summary).toContain(
      'Part or all of the record of what the number sent and of its blocks could not be read.',
    )
    // Every send was carried all the same: the limits count them, no need to go slowly.
    expect(summary).not.toContain('send less than usual')
    const { core } = createRestorableTestCore(shop.dataDir, shop.clock)
    const senders = await callCore<Sender[]>(core, 'senders.list', {})
    const sender = senders.find((s) => s.phone === shop.sender.phone)
    const usage = sender && (await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id }))
    core.close()
    expect(usage?.newChatsLast24h).toBe(3)
  })

  it('says nothing was carried when the number had sent nothing', async () => {
    const dataDir = join(tempDir(), 'data')
    const test = createRestorableTestCore(dataDir, new FakeClock(tuesdayMorning))
    await test.core.backups.idle()
    test.core.close()
    leavesOf(['settings'])(join(dataDir, 'rupor.db'))
    const outcome = startEmptyKeepingOptOuts({ dataDir, now: tuesdayMorning })
    expect(outcome.carried).toMatchObject({ sends: 0, blocks: 0 })
    expect(recoveryDoneText(outcome, 'en', 'UTC')).not.toContain('Carried')
  })
})

describe('carrying what a damaged file tells of its sends (any sends before and after the copy)', () => {
  const tempDir = useTempDir()
  const people = Array.from({ length: 40 }, (_, i) => `+7916${String(2_000_000 + i)}`)
  const start = Date.UTC(2026, 11, 1, 8, 0, 0)

  // One migrated database with a sender and a running campaign to 40 people, copied per run.
  let template = ''
  beforeAll(() => {
    const dir = tempDir()
    template = join(dir, 'template.db')
    const { db } = openDatabase({ file: template, now: start })
    db.prepare(
      `INSERT INTO senders (id, label, phone, started_on, time_zone, sending_window, limits, warm_up,
         assisted_opener, created_at, updated_at)
       VALUES (1, 'Магазин', '+79030000000', '2025-01-01', 'Europe/Moscow', '{}', '{}', '{}',
         'wa_me', 1, 1)`,
    ).run()
    db.prepare(
      `INSERT INTO campaigns (id, name, sender_id, text, append_opt_out, opt_out_line, utm,
         utm_campaign, language, state, created_at, updated_at)
       VALUES (1, 'Декабрь', 1, 'Здравствуйте!', 0, '', 0, '', 'ru', 'running', 1, 1)`,
    ).run()
    const item = db.prepare(
      `INSERT INTO campaign_items (campaign_id, name, e164, position, state)
       VALUES (1, ?, ?, ?, 'planned')`,
    )
    people.forEach((e164, i) => item.run(`Клиент ${String(i)}`, e164, i))
    closeDatabase(db)
  })

  /** A message as the scheduler sends one: claimed (item and ledger row together), then settled. */
  function send(db: Database, e164: string, at: number, settled: boolean): void {
    db.transaction(() => {
      const id = db
        .prepare<[number, string], number>(
          `UPDATE campaign_items SET state = 'sending', sent_text = 'Здравствуйте!', claimed_at = ?
           WHERE campaign_id = 1 AND e164 = ? RETURNING id`,
        )
        .pluck()
        .get(at, e164)
      db.prepare(
        `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state)
         VALUES (1, 1, ?, ?, ?, 1, 'sending')`,
      ).run(id, e164, at)
      if (!settled) return
      db.prepare(`UPDATE campaign_items SET state = 'sent', done_at = ? WHERE id = ?`).run(at, id)
      db.prepare(`UPDATE send_ledger SET state = 'sent' WHERE item_id = ?`).run(id)
    })()
  }

  const damages = {
    none: [],
    ledger: ['send_ledger'],
    items: ['campaign_items'],
    both: ['send_ledger', 'campaign_items'],
    campaigns: ['campaigns', 'send_ledger'],
  } as const

  it('after recovery no one who was (or may have been) messaged is queued again', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: people.length - 1 }), { maxLength: 30 }),
        fc.nat(),
        fc.constantFrom(...(Object.keys(damages) as (keyof typeof damages)[])),
        fc.boolean(),
        (order, cut, damage, lastOpen) => {
          const dir = tempDir()
          const file = join(dir, 'rupor.db')
          copyFileSync(template, file)
          const db = new Sqlite(file)
          const copyAt = cut % (order.length + 1)
          const copyFile = join(dir, 'copy.db')
          const sent = new Set<string>()
          order.forEach((person, i) => {
            if (i === copyAt) db.prepare('VACUUM INTO ?').run(copyFile)
            const e164 = people[person] ?? ''
            send(db, e164, start + i * 60_000, !(lastOpen && i === order.length - 1))
            sent.add(e164)
          })
          if (copyAt === order.length) db.prepare('VACUUM INTO ?').run(copyFile)
          db.close()
          scribbleOverPages(
            file,
            damages[damage].flatMap((name) => pagesOf(file, name)),
          )

          const restored = openDatabase({ file: copyFile, now: start }).db
          try {
            const carried = carrySalvagedSends(
              salvageSendRecord(file),
              restored,
              start + order.length * 60_000,
            )
            const states = new Map(
              restored
                .prepare<[], { e164: string; state: string }>(
                  'SELECT e164, state FROM campaign_items',
                )
                .all()
                .map((row) => [row.e164, row.state]),
            )
            // Never twice: everyone messaged is sent or uncertain, never queued again.
            const queuedAgain = [...sent].filter((e164) => states.get(e164) === 'planned')
            expect(queuedAgain).toEqual([])
            // And with the ledger or the items whole, no one else is held back.
            if (damage !== 'both' && damage !== 'campaigns') {
              expect(carried.unknown).toBe(0)
              const heldBack = people.filter(
                (e164) => !sent.has(e164) && states.get(e164) !== 'planned',
              )
              expect(heldBack).toEqual([])
            }
            // The limits count every send the ledger still tells of.
            if (damage === 'none' || damage === 'items') {
              const counted = restored
                .prepare<[], number>(`SELECT count(*) FROM send_ledger WHERE state <> 'not_sent'`)
                .pluck()
                .get()
              expect(counted).toBe(sent.size)
            }
          } finally {
            closeDatabase(restored)
          }
        },
      ),
      { numRuns: 25 },
    )
  }, 120_000)
})

describe('a damaged file with sends, on its own', () => {
  const tempDir = useTempDir()

  it('reads nothing from a file that is not a database, and says so', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'rupor.db'), 'not a database')
    expect(salvageSendRecord(join(dir, 'rupor.db'))).toMatchObject({
      readable: false,
      ledger: { rows: [], complete: false },
    })
  })
})

// Limits belong to the WhatsApp number, not to the sender row: two rows of one number (an older
// version let them in) share them, and no sequence of adding, deleting and re-adding a number in
// any spelling gives it more than its limit in any hour.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AssistedTask, Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import { defaultWarmUp, type SavedSender } from '../../../shared/senders'
import { databaseFileName, type Core } from '../create-core'
import { migrations } from '../db/migrations'
import { seededRandom } from '../scheduler/pacing'
import { bookOf, tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { writeFileSync } from 'node:fs'

const minute = 60_000
const hour = 60 * minute
const allWeek = { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] }

/** The most messages of one number in any 60 minutes, by the ledger. */
function busiestHour(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (const [i, at] of sorted.entries()) {
    most = Math.max(most, sorted.slice(i).filter((t) => t < at + hour).length)
  }
  return most
}

/** Every message that counts toward limits, grouped by the number of the sender row that sent it. */
function sendsByNumber(dataDir: string): Map<string, number[]> {
  const db = new Sqlite(join(dataDir, databaseFileName), { readonly: true })
  const rows = db
    .prepare<[], { phone: string; at: number }>(
      `SELECT s.phone, l.at FROM send_ledger l JOIN senders s ON s.id = l.sender_id
       WHERE l.state <> 'not_sent'`,
    )
    .all()
  db.close()
  const byNumber = new Map<string, number[]>()
  for (const row of rows) byNumber.set(row.phone, [...(byNumber.get(row.phone) ?? []), row.at])
  return byNumber
}

/**
 * Plays the owner: every task answered "sent" at once, the clock moved timer to timer until
 * `until`; `sent` hears of each message as the owner confirms it (kept apart from the database,
 * whose rows a bug could take away).
 */
function ownerAnswering(
  core: Core,
  clock: FakeClock,
  sent: (task: AssistedTask, at: number) => void = () => undefined,
) {
  const asked: AssistedTask[] = []
  core.events.subscribe((m) => {
    if (m.name === 'campaigns.task') asked.push(m.payload)
  })
  return async (until: number): Promise<void> => {
    for (let guard = 0; guard < 100_000; guard += 1) {
      const task = asked.shift()
      if (task) {
        // A task of a campaign cancelled and deleted meanwhile has nobody left to answer.
        await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' }).then(
          () => {
            sent(task, clock.now())
          },
          (e: unknown) => {
            const code = (e as { error?: { code?: string } }).error?.code
            if (code !== 'not_found' && code !== 'wrong_state') throw e
          },
        )
        continue
      }
      const next = clock.nextTimerAt()
      if (next === null || next > until) break
      clock.advance(next - clock.now())
    }
    if (clock.now() < until) clock.advance(until - clock.now())
  }
}

async function listsOf(core: Core, sizes: readonly number[]): Promise<number[]> {
  const ids = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows.map(
    (r) => r.id,
  )
  const lists: number[] = []
  let from = 0
  for (const [i, size] of sizes.entries()) {
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: `Список ${String(i + 1)}`,
      contactIds: ids.slice(from, from + size),
    })
    lists.push(list.id)
    from += size
  }
  return lists
}

describe('two sender rows of one number, as an older version could leave them', () => {
  const tempDir = useTempDir()

  it('share 50 an hour between them, even when both are due in the same millisecond', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    mkdirSync(dataDir)
    // Schema 70, before one number was one sender: the same number saved twice, raw.
    const old = new Sqlite(join(dataDir, databaseFileName))
    for (const migration of migrations.filter((m) => m.version <= 70)) migration.up(old)
    old.pragma('user_version = 70')
    const insert = old.prepare(
      `INSERT INTO senders (id, label, channel, phone, started_on, time_zone, sending_window, limits,
         warm_up, assisted_opener, created_at, updated_at)
       VALUES (?, ?, 'assisted', '+79030000018', '2025-01-01', 'Europe/Moscow', ?, ?, ?, 'wa_me', 1, 1)`,
    )
    const limits = JSON.stringify({
      gapMinSeconds: 30,
      gapMaxSeconds: 30,
      perHour: 50,
      newChatsPerDay: 250,
      activeChats: 1000,
    })
    for (const [id, label] of [
      [1, 'Магазин на Ленина'],
      [2, 'Магазин (второй раз)'],
    ] as const) {
      insert.run(id, label, JSON.stringify(allWeek), limits, JSON.stringify(defaultWarmUp))
    }
    old.close()

    const clock = new FakeClock(tuesdayMorning)
    const { core } = createTestCore(dataDir, clock, seededRandom(3))
    writeFileSync(join(dir, 'book.csv'), bookOf(400))
    await importFile(core, join(dir, 'book.csv'))
    const lists = await listsOf(core, [200, 200])
    for (const [i, senderId] of [1, 2].entries()) {
      const campaign = await callCore<Campaign>(core, 'campaigns.save', {
        name: `Рассылка ${String(senderId)}`,
        senderId,
        listIds: [lists[i]],
        text: 'Здравствуйте!',
      })
      await callCore(core, 'campaigns.start', { id: campaign.id })
    }
    // Both rows were due at the very moment their campaigns started.
    await ownerAnswering(core, clock)(tuesdayMorning + 4 * hour)

    const times = sendsByNumber(dataDir).get('+79030000018') ?? []
    const sorted = [...times].sort((a, b) => a - b)
    expect(sorted[0]).toBe(tuesdayMorning)
    // One of the two went at the start; the other waited its gap after the number's message.
    expect(sorted[1]).toBe(tuesdayMorning + 30_000)
    expect(new Set(times).size).toBe(times.length)
    // The limit is reached (it bites), and never passed, in any hour of the four.
    expect(busiestHour(times)).toBe(50)
    expect(times.length).toBeLessThanOrEqual(4 * 50)
    const perRow = new Sqlite(join(dataDir, databaseFileName), { readonly: true })
      .prepare<[], { sender_id: number; n: number }>(
        'SELECT sender_id, count(*) AS n FROM send_ledger GROUP BY sender_id ORDER BY sender_id',
      )
      .all()
    // Both rows sent: the limit is shared, not taken by one of them.
    expect(perRow.map((r) => r.sender_id)).toEqual([1, 2])
  }, 60_000)
})

describe('saving, deleting and re-adding numbers in any spelling', () => {
  const tempDir = useTempDir()
  const numbers = ['10', '11', '12'] as const
  const spellings = [
    (n: string) => `+7 903 000-00-${n}`,
    (n: string) => `8 (903) 000-00-${n}`,
    (n: string) => `8903000 00${n}`,
    (n: string) => `+7(903)0000-0${n}`,
  ]
  const spell = (spelling: number, n: string): string =>
    (spellings[spelling] ?? ((digits: string) => `+7903000${digits}`))(n)
  const perHour = 4

  type Action =
    | { kind: 'save'; number: number; spelling: number }
    | { kind: 'delete'; number: number }
    | { kind: 'campaign'; number: number }
    | { kind: 'advance'; ms: number }
  const actionArb: fc.Arbitrary<Action> = fc.oneof(
    fc.record({
      kind: fc.constant('save' as const),
      number: fc.nat(2),
      spelling: fc.nat(spellings.length - 1),
    }),
    fc.record({ kind: fc.constant('delete' as const), number: fc.nat(2) }),
    fc.record({ kind: fc.constant('campaign' as const), number: fc.nat(2) }),
    fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: minute, max: 90 * minute }),
    }),
  )

  it('never lets a number send more than its limit in any hour', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 5, maxLength: 30 }), async (actions) => {
        const dir = tempDir()
        const dataDir = join(dir, 'data')
        const clock = new FakeClock(tuesdayMorning)
        const { core } = createTestCore(dataDir, clock, seededRandom(5))
        writeFileSync(join(dir, 'book.csv'), bookOf(20))
        await importFile(core, join(dir, 'book.csv'))
        const [listId] = await listsOf(core, [20])
        /** Each message the owner confirmed, by the number (0, 1, 2) its campaign's sender has. */
        const confirmed = new Map<number, number[]>()
        const numberOfCampaign = new Map<number, number>()
        const answer = ownerAnswering(core, clock, (task, at) => {
          const number = numberOfCampaign.get(task.campaignId) ?? -1
          confirmed.set(number, [...(confirmed.get(number) ?? []), at])
        })
        /** The live sender of each number, and every id a number ever had. */
        const live = new Map<number, number>()
        const everId = new Map<number, number>()
        const campaignsOf = new Map<number, number[]>()
        try {
          for (const action of actions) {
            if (action.kind === 'advance') {
              await answer(clock.now() + action.ms)
              continue
            }
            const senderId = live.get(action.number)
            if (action.kind === 'save') {
              const input = {
                label: `Номер ${String(action.number)}`,
                phone: spell(action.spelling, numbers[action.number] ?? ''),
                startedOn: '2025-01-01',
                timeZone: 'Europe/Moscow',
                window: allWeek,
                limits: {
                  gapMinSeconds: 30,
                  gapMaxSeconds: 30,
                  perHour,
                  newChatsPerDay: 250,
                  activeChats: 1000,
                },
              }
              const saving = callCore<SavedSender>(core, 'senders.save', input)
              if (senderId !== undefined) {
                await expect(saving).rejects.toMatchObject({
                  error: {
                    code: 'invalid_input',
                    issues: [{ path: 'phone', message: 'phone_taken' }],
                  },
                })
                continue
              }
              const saved = await saving
              // A number added before comes back as the same sender.
              expect(saved.id).toBe(everId.get(action.number) ?? saved.id)
              live.set(action.number, saved.id)
              everId.set(action.number, saved.id)
            } else if (action.kind === 'delete' && senderId !== undefined) {
              for (const id of campaignsOf.get(senderId) ?? []) {
                await callCore(core, 'campaigns.cancel', { id }).catch(() => undefined)
                await callCore(core, 'campaigns.delete', { id })
              }
              campaignsOf.set(senderId, [])
              await callCore(core, 'senders.delete', { id: senderId })
              live.delete(action.number)
            } else if (action.kind === 'campaign' && senderId !== undefined) {
              const campaign = await callCore<Campaign>(core, 'campaigns.save', {
                name: 'Рассылка',
                senderId,
                listIds: [listId],
                text: 'Здравствуйте!',
              })
              await callCore(core, 'campaigns.start', { id: campaign.id })
              campaignsOf.set(senderId, [...(campaignsOf.get(senderId) ?? []), campaign.id])
              numberOfCampaign.set(campaign.id, action.number)
            }
          }
          await answer(clock.now() + 2 * hour)
          for (const [number, times] of confirmed) {
            expect(busiestHour(times), `number ${String(number)}`).toBeLessThanOrEqual(perHour)
          }
          // The ledger says the same: nothing of a deleted sender went missing from it.
          for (const [phone, times] of sendsByNumber(dataDir)) {
            expect(busiestHour(times), phone).toBeLessThanOrEqual(perHour)
          }
          const confirmedCount = [...confirmed.values()].reduce((n, t) => n + t.length, 0)
          const ledgerCount = [...sendsByNumber(dataDir).values()].reduce((n, t) => n + t.length, 0)
          expect(ledgerCount).toBeGreaterThanOrEqual(confirmedCount)
        } finally {
          core.scheduler.stop()
        }
      }),
      { numRuns: 25, seed: 1414 },
    )
  }, 120_000)
})

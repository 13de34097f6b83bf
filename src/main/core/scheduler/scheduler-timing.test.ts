// When the scheduler opens chats, with a fake clock: limits hold for the owner's presses however
// late they answer, a window's first message comes a gap after it opens, and nothing repeats
// yesterday's (or the last hour's) times.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { AssistedTask, Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import { defaultWarmUp, defaultWindow, type Sender } from '../../../shared/senders'
import type { Core } from '../create-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { seededRandom } from './pacing'
import { windowAt } from './sending-window'
import { ageInDays, warmUpAllowance } from './warm-up'

const second = 1000
const minute = 60 * second
const hour = 60 * minute
const day = 24 * hour
const zone = 'Europe/Moscow'
/** Tuesday 1 December 2026, 10:00 in Moscow: the default window opens. */
const tuesdayOpening = DateTime.fromISO('2026-12-01T10:00', { zone }).toMillis()

interface Shop {
  core: Core
  clock: FakeClock
  dataDir: string
  sender: Sender
  campaigns: number[]
}

/** A shop with `people` customers (consent given) and one campaign to all of them per `lists`. */
async function openShop(
  dir: string,
  options: {
    at: number
    seed: number
    people: number
    campaigns?: number
    sender: Partial<Pick<Sender, 'limits' | 'startedOn'>>
  },
): Promise<Shop> {
  const clock = new FakeClock(options.at)
  const dataDir = join(dir, 'data')
  const { core } = createTestCore(dataDir, clock, seededRandom(options.seed))
  const lines = ['Name,Phone']
  for (let i = 0; i < options.people; i += 1) {
    lines.push(`Покупатель ${String(i)},+7916${String(2_000_000 + i)}`)
  }
  writeFileSync(join(dir, 'book.csv'), lines.join('\n'))
  await importFile(core, join(dir, 'book.csv'), { consent: 'granted' })
  const ids = (
    await callCore<ContactPage>(core, 'contacts.query', { limit: 500, sort: 'created' })
  ).rows.map((r) => r.id)
  const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
  const sender = await callCore<Sender>(core, 'senders.save', {
    label: 'Магазин',
    phone: '+79030000000',
    startedOn: '2025-01-01',
    timeZone: zone,
    ...options.sender,
  })
  const campaigns: number[] = []
  for (let c = 0; c < (options.campaigns ?? 1); c += 1) {
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: `Рассылка ${String(c)}`,
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте!',
    })
    campaigns.push(campaign.id)
  }
  return { core, clock, dataDir, sender, campaigns }
}

/** The owner answers "sent" to every task after `delay(task)`. */
function owner(
  shop: Shop,
  delay: (task: AssistedTask) => number,
  onAnswer?: (task: AssistedTask, at: number) => void,
) {
  return shop.core.events.subscribe((message) => {
    if (message.name !== 'campaigns.task') return
    const task = message.payload
    shop.clock.setTimeout(() => {
      onAnswer?.(task, shop.clock.now())
      void callCore(shop.core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
    }, delay(task))
  })
}

interface Row {
  item_id: number
  at: number
  claimed_at: number
  e164: string
  new_chat: number
}

function ledgerOf(dataDir: string): Row[] {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    return db
      .prepare<[], Row>(
        `SELECT l.item_id, l.at, i.claimed_at, l.e164, l.new_chat FROM send_ledger l
         JOIN campaign_items i ON i.id = l.item_id WHERE l.state <> 'not_sent' ORDER BY l.at`,
      )
      .all()
  } finally {
    db.close()
  }
}

/** The most messages of `times` in any rolling span (t - span, t]. */
function mostInAny(times: readonly number[], span: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  let from = 0
  for (let to = 0; to < sorted.length; to += 1) {
    while ((sorted[from] ?? 0) <= (sorted[to] ?? 0) - span) from += 1
    most = Math.max(most, to - from + 1)
  }
  return most
}

/** The most distinct people among `sends` in any rolling 24 hours. */
function mostPeopleInADay(sends: readonly { at: number; e164: string }[]): number {
  return Math.max(
    0,
    ...sends.map(
      (s) =>
        new Set(sends.filter((o) => o.at > s.at - day && o.at <= s.at).map((o) => o.e164)).size,
    ),
  )
}

describe('the scheduler’s timing', () => {
  const tempDir = useTempDir()

  it('keeps every limit for the owner’s presses, however late they answer', async () => {
    const limits = {
      gapMinSeconds: 30,
      gapMaxSeconds: 45,
      perHour: 8,
      newChatsPerDay: 30,
      activeChats: 36,
    }
    // An answer comes seconds (mostly), minutes or hours after the chat opened.
    const delayArb = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1 * second, max: 60 * second }) },
      { weight: 1, arbitrary: fc.integer({ min: minute, max: 30 * minute }) },
      { weight: 1, arbitrary: fc.integer({ min: hour, max: 5 * hour }) },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(delayArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        async (delays, pressShares, seed) => {
          const shop = await openShop(tempDir(), {
            at: tuesdayOpening + hour,
            seed,
            people: 45,
            // The second campaign messages the same people again: not new chats, but active ones.
            campaigns: 2,
            sender: { limits },
          })
          // The owner pressed Send somewhere between the chat opening and their answer.
          const presses = new Map<number, number>()
          let n = 0
          const stop = owner(
            shop,
            () => delays[n++ % delays.length] ?? 0,
            (task, answeredAt) => {
              const share = pressShares[n % pressShares.length] ?? 0
              presses.set(task.itemId, task.claimedAt + share * (answeredAt - task.claimedAt))
            },
          )
          for (const id of shop.campaigns) await callCore(shop.core, 'campaigns.start', { id })
          shop.clock.advance(4 * day)
          stop()
          shop.core.close()

          const rows = ledgerOf(shop.dataDir)
          const pressed = rows.flatMap((r) => {
            const at = presses.get(r.item_id)
            return at === undefined ? [] : [{ ...r, at }]
          })
          expect(pressed.length).toBeGreaterThan(limits.perHour)
          for (const sends of [pressed, rows]) {
            expect(
              mostInAny(
                sends.map((s) => s.at),
                hour,
              ),
            ).toBeLessThanOrEqual(limits.perHour)
            const newChats = sends.filter((s) => s.new_chat === 1).map((s) => s.at)
            expect(mostInAny(newChats, day)).toBeLessThanOrEqual(limits.newChatsPerDay)
            expect(mostPeopleInADay(sends)).toBeLessThanOrEqual(limits.activeChats)
          }
        },
      ),
      { numRuns: 8, seed: 20261214 },
    )
  }, 300_000)

  it('counts a confirmed message when the owner confirms it, not when the chat opened', async () => {
    const shop = await openShop(tempDir(), {
      at: tuesdayOpening + hour,
      seed: 5,
      people: 3,
      sender: {},
    })
    const stop = owner(shop, () => 40 * minute)
    await callCore(shop.core, 'campaigns.start', { id: shop.campaigns[0] })
    shop.clock.advance(41 * minute)
    stop()
    shop.core.close()
    const [first] = ledgerOf(shop.dataDir)
    expect(first?.at).toBe((first?.claimed_at ?? 0) + 40 * minute)
  })

  it('starts each window a gap after it opens, also for a young number started just after the opening', async () => {
    // Five seconds after the opening, a number two days old (20 new chats a day): the limit's
    // wait used to end at 10:00:05 every following day.
    const shop = await openShop(tempDir(), {
      at: tuesdayOpening + 5 * second,
      seed: 11,
      people: 90,
      sender: { startedOn: '2026-11-29' },
    })
    const stop = owner(shop, () => 5 * second)
    await callCore(shop.core, 'campaigns.start', { id: shop.campaigns[0] })
    shop.clock.advance(4 * day)
    stop()
    shop.core.close()
    const claims = ledgerOf(shop.dataDir).map((r) => r.claimed_at)
    const firstOfWindow = new Map<number, number>()
    for (const at of claims) {
      const window = windowAt(defaultWindow, zone, at)
      expect(window.open).toBe(true)
      if (window.open && !firstOfWindow.has(window.openedAt)) firstOfWindow.set(window.openedAt, at)
    }
    expect(firstOfWindow.size).toBeGreaterThanOrEqual(3)
    for (const [openedAt, first] of firstOfWindow) {
      expect(first - openedAt).toBeGreaterThanOrEqual(30 * second)
    }
  })

  it.each([
    ['the day’s new chats', { startedOn: '2026-11-29' }],
    [
      'the hour’s messages',
      {
        limits: {
          gapMinSeconds: 30,
          gapMaxSeconds: 60,
          perHour: 50,
          newChatsPerDay: 250,
          activeChats: 1000,
        },
      },
    ],
  ])(
    'never repeats a time exactly a day or an hour later when capped by %s',
    async (_cap, sender) => {
      // The owner answers at once, so the ledger's times are the scheduler's own.
      const shop = await openShop(tempDir(), {
        at: tuesdayOpening,
        seed: 17,
        people: 250,
        sender,
      })
      const stop = owner(shop, () => 0)
      await callCore(shop.core, 'campaigns.start', { id: shop.campaigns[0] })
      shop.clock.advance(8 * day)
      stop()
      shop.core.close()
      const rows = ledgerOf(shop.dataDir)
      const times = rows.map((r) => r.at)
      expect(rows.length).toBeGreaterThan(100)
      for (const at of times) {
        for (const other of times) {
          const after = at - other
          expect(Math.abs(after - day)).toBeGreaterThan(second)
          expect(Math.abs(after - hour)).toBeGreaterThan(second)
        }
      }
      expect(mostInAny(times, hour)).toBeLessThanOrEqual(50)
      // Never more new chats in any 24 hours than the allowance of the day it ends on.
      const newChats = rows.filter((r) => r.new_chat === 1)
      for (const row of newChats) {
        const startedOn = 'startedOn' in sender ? sender.startedOn : '2025-01-01'
        const allowance = warmUpAllowance(defaultWarmUp, ageInDays(startedOn, zone, row.at))
        const inDay = newChats.filter((r) => r.at > row.at - day && r.at <= row.at).length
        expect(inDay).toBeLessThanOrEqual(allowance)
      }
    },
    120_000,
  )
})

// A campaign to several lists: list after list, each person once, each list held to a broadcast
// list's cap, the lists fixed once it starts; and the number's limits kept across the lists.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage, MessagePreview } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { hardLimits } from '../../../shared/senders'
import type { Core } from '../create-core'
import { seededRandom } from '../scheduler/pacing'
import { bookOf, tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const hour = 60 * 60 * 1000
const day = 24 * hour

/** A core with `people` consenting contacts (in the book's order) and an assisted number. */
async function shopOf(dir: string, people: number, seed = 7) {
  const clock = new FakeClock(tuesdayMorning)
  const dataDir = join(dir, 'data')
  const test = createTestCore(dataDir, clock, seededRandom(seed))
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), bookOf(people))
  await importFile(core, join(dir, 'book.csv'))
  const ids = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows.map(
    (r) => r.id,
  )
  const sender = await callCore<Sender>(core, 'senders.save', {
    label: 'Магазин',
    phone: '8 903 000-00-00',
    startedOn: '2025-01-01',
    timeZone: 'Europe/Moscow',
  })
  let made = 0
  const listOf = (contactIds: readonly number[], name = `Список ${String(++made)}`) =>
    callCore<ListDetail>(core, 'lists.create', { name, contactIds })
  const campaignTo = (listIds: readonly number[], name = 'Весна') =>
    callCore<Campaign>(core, 'campaigns.save', {
      name,
      senderId: sender.id,
      listIds,
      text: 'Здравствуйте, {{first_name|друг}}!',
    })
  return { ...test, dataDir, ids, sender, listOf, campaignTo }
}

const itemsOf = (core: Core, id: number) =>
  callCore<CampaignItemsPage>(core, 'campaigns.items', { id, limit: 500 })

/** The people a campaign to these lists reaches, in order: list after list, each person once. */
const expectedOrder = (lists: readonly ListDetail[]): number[] => [
  ...new Set(lists.flatMap((list) => list.members.map((m) => m.contactId))),
]

describe('a campaign to several lists', () => {
  const tempDir = useTempDir()

  it('queues the lists one after another, someone in both lists once, with one set of results', async () => {
    const { core, ids, listOf, campaignTo } = await shopOf(tempDir(), 6)
    const spring = await listOf(ids.slice(0, 4), 'Весна 1/2')
    const summer = await listOf(ids.slice(3, 6), 'Весна 2/2')
    const campaign = await campaignTo([spring.id, summer.id])
    expect(campaign.listIds).toEqual([spring.id, summer.id])

    await callCore(core, 'campaigns.start', { id: campaign.id })
    const page = await itemsOf(core, campaign.id)
    // The fourth person is in both lists: messaged once, where the first list has them.
    expect(page.total).toBe(6)
    expect(page.rows.map((r) => r.contactId)).toEqual(expectedOrder([spring, summer]))
    const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.counts.total).toBe(6)
  })

  it('previews the message as the first list’s first people get it', async () => {
    const { core, ids, listOf } = await shopOf(tempDir(), 5)
    const first = await listOf(ids.slice(3, 5))
    const second = await listOf(ids.slice(0, 3))
    const previews = await callCore<MessagePreview[]>(core, 'campaigns.preview', {
      text: 'Привет, {{first_name}}!',
      appendOptOut: false,
      optOutLine: '',
      utm: false,
      utmCampaign: '',
      listIds: [first.id, second.id],
    })
    expect(previews.map((p) => p.contactId)).toEqual(first.members.map((m) => m.contactId))
  })

  it('keeps a started campaign’s lists and their order', async () => {
    const { core, ids, sender, listOf, campaignTo } = await shopOf(tempDir(), 4)
    const a = await listOf(ids.slice(0, 2))
    const b = await listOf(ids.slice(2, 4))
    const campaign = await campaignTo([a.id, b.id])
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const edit = (listIds: number[]) =>
      callCore<Campaign>(core, 'campaigns.save', {
        id: campaign.id,
        name: 'Весна, исправлено',
        senderId: sender.id,
        listIds,
        text: 'Добрый день!',
      })
    const c = await listOf(ids.slice(0, 3))
    for (const listIds of [[b.id, a.id], [a.id], [a.id, b.id, c.id], []]) {
      await expect(edit(listIds)).rejects.toMatchObject({ error: { code: 'wrong_state' } })
    }
    await expect(edit([a.id, b.id])).resolves.toMatchObject({ name: 'Весна, исправлено' })
  })

  it('takes a draft’s lists as chosen, refusing the same list twice or one that does not exist', async () => {
    const { ids, listOf, campaignTo } = await shopOf(tempDir(), 4)
    const a = await listOf(ids.slice(0, 2))
    const b = await listOf(ids.slice(2, 4))
    await expect(campaignTo([b.id, a.id])).resolves.toMatchObject({ listIds: [b.id, a.id] })
    await expect(campaignTo([a.id, a.id])).rejects.toMatchObject({
      error: { code: 'invalid_input' },
    })
    await expect(campaignTo([a.id, 999])).rejects.toMatchObject({ error: { code: 'not_found' } })
    await expect(campaignTo([])).resolves.toMatchObject({ listIds: [] })
  })

  it('refuses to start when one of its lists is over a broadcast list’s cap, naming it, and queues nobody', async () => {
    const { core, ids, dataDir, listOf, campaignTo } = await shopOf(tempDir(), 262)
    const small = await listOf(ids.slice(0, 3), 'Малый')
    const big = await listOf(ids.slice(0, 256), 'Большой')
    // A file written before the cap was kept, or edited by hand: the start is the last word.
    const raw = new Sqlite(join(dataDir, 'rupor.db'))
    raw.exec('DROP TRIGGER list_members_cap')
    const add = raw.prepare(
      'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, 0)',
    )
    ids.slice(256, 262).forEach((id, i) => add.run(big.id, id, 256 + i))
    raw.close()
    const campaign = await campaignTo([small.id, big.id])
    await expect(callCore(core, 'campaigns.start', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'list_full', details: { limit: 256, size: 262, list: 'Большой' } },
    })
    expect(await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).toMatchObject({
      state: 'draft',
      counts: { total: 0 },
    })
  })

  it('lets 300 people in two lists through, list after list, within the number’s hourly and daily limits', async () => {
    const { core, clock, ids, dataDir, listOf, campaignTo } = await shopOf(tempDir(), 300, 3)
    const first = await listOf(ids.slice(0, 150))
    const second = await listOf(ids.slice(150, 300))
    const campaign = await campaignTo([first.id, second.id])
    const asked: number[] = []
    core.events.subscribe((m) => {
      if (m.name === 'campaigns.task') asked.push(m.payload.itemId)
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    for (let guard = 0; guard < 100_000; guard += 1) {
      const itemId = asked.shift()
      if (itemId !== undefined) {
        await callCore(core, 'campaigns.confirm', { itemId, outcome: 'sent' })
        continue
      }
      const next = clock.nextTimerAt()
      if (next === null || clock.now() > tuesdayMorning + 7 * day) break
      clock.advance(next - clock.now())
    }
    const done = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
    expect(done).toMatchObject({ state: 'finished', counts: { total: 300, sent: 300 } })
    core.close()

    const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
    const sends = db
      .prepare<[], { at: number; new_chat: number; contact_id: number }>(
        `SELECT l.at, l.new_chat, i.contact_id FROM send_ledger l
         JOIN campaign_items i ON i.id = l.item_id WHERE l.state = 'sent' ORDER BY l.at`,
      )
      .all()
    db.close()
    // List after list: everyone of the first list is messaged before anyone of the second.
    expect(sends.map((s) => s.contact_id)).toEqual(expectedOrder([first, second]))
    const mostIn = (span: number, times: readonly number[]) =>
      Math.max(...times.map((t) => times.filter((o) => o > t - span && o <= t).length))
    const times = sends.map((s) => s.at)
    expect(mostIn(hour, times)).toBeLessThanOrEqual(hardLimits.perHour)
    const newChats = sends.filter((s) => s.new_chat === 1).map((s) => s.at)
    expect(mostIn(day, newChats)).toBeLessThanOrEqual(hardLimits.newChatsPerDay)
    // 300 new chats do not fit one day's allowance: the campaign goes on the next day.
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThan(12 * hour)
  }, 60_000)

  it('queues, for any lists and overlaps, each person once, everyone of every list, in the lists’ order', async () => {
    const { core, ids, listOf, campaignTo } = await shopOf(tempDir(), 10)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 10 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (picks) => {
          const lists: ListDetail[] = []
          for (const pick of picks) lists.push(await listOf(pick.map((i) => ids[i] ?? 0)))
          const campaign = await campaignTo(lists.map((l) => l.id))
          await callCore(core, 'campaigns.start', { id: campaign.id })
          const rows = (await itemsOf(core, campaign.id)).rows.map((r) => r.contactId)
          // Each person at most once, everyone of the lists present, in the lists' order.
          expect(new Set(rows).size).toBe(rows.length)
          expect(rows).toEqual(expectedOrder(lists))
          await callCore(core, 'campaigns.cancel', { id: campaign.id })
        },
      ),
      { numRuns: 40 },
    )
  }, 60_000)
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type {
  AssistedTask,
  Campaign,
  CampaignDetail,
  CampaignItemsPage,
} from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import type { Core } from '../create-core'
import { seededRandom } from '../scheduler/pacing'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+7 916 111-11-11,да',
  'Борис Смирнов,+7 916 222-22-22,да',
  'Вера Кузнецова,+7 916 333-33-33,',
  'Галина Орлова,+7 916 444-44-44,да',
].join('\n')

/** Tuesday 1 December 2026, 11:00 in Moscow: inside the default window. */
const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', { zone: 'Europe/Moscow' }).toMillis()
const minute = 60_000

describe('campaigns on the assisted channel', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const clock = new FakeClock(tuesdayMorning)
    const test = createTestCore(join(dir, 'data'), clock, seededRandom(3))
    const { core } = test
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
    const tasks: AssistedTask[] = []
    core.events.subscribe((m) => {
      if (m.name === 'campaigns.task') tasks.push(m.payload)
    })
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте, {{first_name|друг}}! Новинки: https://shop.example/new',
      utmCampaign: 'Декабрь',
    })
    return { ...test, dir, clock, sender, campaign, tasks, list }
  }
  const detail = (core: Core, id: number) => callCore<CampaignDetail>(core, 'campaigns.get', { id })
  const items = (core: Core, id: number) =>
    callCore<CampaignItemsPage>(core, 'campaigns.items', { id })

  it('starts at once, asks the owner about one person at a time, and skips who may not be messaged', async () => {
    const { core, campaign, tasks, opened, awake } = await setup()
    const started = await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
    expect(started.state).toBe('running')
    expect(awake).toEqual([true])
    // Вера has no consent: skipped with the reason when the campaign starts.
    const page = await items(core, campaign.id)
    expect(page.rows.find((r) => r.name === 'Вера Кузнецова')).toMatchObject({
      state: 'skipped',
      reason: 'no_consent',
    })
    expect(tasks).toHaveLength(1)
    expect(tasks[0]).toMatchObject({ name: 'Анна Петрова', e164: '+79161111111' })
    expect(tasks[0]?.text).toBe(
      'Здравствуйте, Анна! Новинки: https://shop.example/new?utm_source=whatsapp&utm_medium=broadcast&utm_campaign=%D0%B4%D0%B5%D0%BA%D0%B0%D0%B1%D1%80%D1%8C\n\nОтветьте СТОП, чтобы не получать сообщения',
    )
    expect(opened[0]).toMatch(/^https:\/\/wa\.me\/79161111111\?text=%D0%97/)
    expect((await detail(core, campaign.id)).task?.itemId).toBe(tasks[0]?.itemId)
    expect((await detail(core, campaign.id)).waitReason).toBe('awaiting_owner')
  })

  it('waits a fresh gap of 30 s to 5 min after each answer, and finishes when everyone is done', async () => {
    const { core, campaign, tasks, clock, notices, awake } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    clock.advance(10 * minute) // the owner takes their time: nothing piles up meanwhile
    expect(tasks).toHaveLength(1)
    const answeredAt = clock.now()
    await callCore(core, 'campaigns.confirm', { itemId: tasks[0]?.itemId, outcome: 'sent' })
    const waiting = await detail(core, campaign.id)
    expect(waiting.waitReason).toBe('gap')
    expect(waiting.nextDueAt).toBeGreaterThanOrEqual(answeredAt + 30_000)
    expect(waiting.nextDueAt).toBeLessThanOrEqual(answeredAt + 300_000)
    clock.advance(5 * minute)
    expect(tasks).toHaveLength(2)
    await callCore(core, 'campaigns.confirm', {
      itemId: tasks[1]?.itemId,
      outcome: 'asked_to_stop',
    })
    clock.advance(5 * minute)
    await callCore(core, 'campaigns.confirm', { itemId: tasks[2]?.itemId, outcome: 'wrong_number' })
    clock.advance(5 * minute)
    const done = await detail(core, campaign.id)
    expect(done.state).toBe('finished')
    expect(done.counts).toMatchObject({ total: 4, sent: 1, skipped: 2, failed: 1, planned: 0 })
    expect(notices).toContain('Рассылка завершена')
    expect(awake).toEqual([true, false])
    // "Asked to stop" put Борис on the opt-out list for good.
    const check = await callCore(core, 'optOuts.check', { number: '+79162222222' })
    expect(check).toMatchObject({ eligible: false, reasons: ['opted_out'] })
  })

  it('marks the message in flight uncertain after a crash, never re-sends it, and opens no other chat until the owner settles it', async () => {
    const { core, campaign, tasks, clock, dir } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    expect(tasks).toHaveLength(1)
    core.close()
    clock.jump(3 * 60 * minute)
    const restartedAt = clock.now()
    const again = createTestCore(join(dir, 'data'), clock, seededRandom(4))
    const newTasks: AssistedTask[] = []
    again.core.events.subscribe((m) => {
      if (m.name === 'campaigns.task') newTasks.push(m.payload)
    })
    const after = await detail(again.core, campaign.id)
    expect(after.counts.uncertain).toBe(1)
    // The chat opened before the crash may still be open in WhatsApp: nobody else is asked for.
    expect(after).toMatchObject({ waitReason: 'uncertain', nextDueAt: null })
    clock.advance(60 * minute)
    expect(newTasks).toEqual([])
    expect(clock.now()).toBeGreaterThan(restartedAt)
    // The owner says the uncertain one went out: it is counted sent (from the answer), not asked
    // again, and the next chat comes a fresh gap after the answer.
    const uncertain = (await items(again.core, campaign.id)).rows.find(
      (r) => r.state === 'uncertain',
    )
    const answeredAt = clock.now()
    await callCore(again.core, 'campaigns.resolve', { itemId: uncertain?.id, outcome: 'sent' })
    const resolved = await detail(again.core, campaign.id)
    expect(resolved.counts.sent).toBe(1)
    expect(resolved.waitReason).toBe('gap')
    expect(resolved.nextDueAt).toBeGreaterThanOrEqual(answeredAt + 30_000)
    expect(newTasks).toEqual([])
    clock.advance(5 * minute)
    expect(newTasks.map((t) => t.name)).toEqual(['Борис Смирнов'])
    again.core.close()
  })

  it('sends nothing outside the window and starts calmly after it opens', async () => {
    const { core, campaign, tasks, clock } = await setup()
    clock.advance(9 * 60 * minute) // 20:00, the window has closed
    await callCore(core, 'campaigns.start', { id: campaign.id })
    expect(tasks).toHaveLength(0)
    const waiting = await detail(core, campaign.id)
    expect(waiting.waitReason).toBe('window')
    const opens = DateTime.fromISO('2026-12-02T10:00', { zone: 'Europe/Moscow' }).toMillis()
    expect(waiting.nextDueAt).toBeGreaterThanOrEqual(opens + 30_000)
    clock.advance(opens + 5 * minute - clock.now())
    expect(tasks).toHaveLength(1)
  })

  it('pauses, resumes a fresh gap later, and edits only what is not sent yet', async () => {
    const { core, campaign, tasks, clock } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await callCore(core, 'campaigns.confirm', { itemId: tasks[0]?.itemId, outcome: 'sent' })
    await callCore(core, 'campaigns.pause', { id: campaign.id })
    clock.advance(60 * minute)
    expect(tasks).toHaveLength(1)
    await callCore(core, 'campaigns.save', {
      id: campaign.id,
      name: 'Декабрь',
      senderId: campaign.senderId,
      listIds: campaign.listIds,
      text: 'Привет, {{first_name}}!',
      utm: false,
    })
    const resumedAt = clock.now()
    const resumed = await callCore<Campaign>(core, 'campaigns.resume', { id: campaign.id })
    expect(resumed.nextDueAt).toBeGreaterThanOrEqual(resumedAt + 30_000)
    clock.advance(5 * minute)
    expect(tasks[1]?.text).toBe('Привет, Борис!\n\nОтветьте СТОП, чтобы не получать сообщения')
    await expect(
      callCore(core, 'campaigns.save', {
        id: campaign.id,
        name: 'x',
        senderId: campaign.senderId,
        listIds: [],
        text: 'x',
      }),
    ).rejects.toMatchObject({ error: { code: 'wrong_state' } })
  })

  it('sends nothing closer than the minimum gap by the ledger when the clock is set back', async () => {
    const { core, campaign, tasks, clock } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const claimedAt = tasks[0]?.claimedAt ?? 0
    clock.jump(-60 * minute)
    await callCore(core, 'campaigns.confirm', { itemId: tasks[0]?.itemId, outcome: 'sent' })
    const next = await detail(core, campaign.id)
    expect(next.nextDueAt).toBeGreaterThanOrEqual(claimedAt + 30_000)
  })

  it('shares one sender fairly between its campaigns', async () => {
    const { core, campaign, tasks, clock, list, sender } = await setup()
    const second = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Второй',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Второе сообщение',
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await callCore(core, 'campaigns.start', { id: second.id })
    for (let i = 0; i < 4; i += 1) {
      await callCore(core, 'campaigns.confirm', { itemId: tasks[i]?.itemId, outcome: 'sent' })
      clock.advance(5 * minute)
    }
    expect(tasks.slice(0, 4).map((t) => t.campaignId)).toEqual([
      campaign.id,
      second.id,
      campaign.id,
      second.id,
    ])
  })

  it('cancels: whoever is left is skipped as cancelled', async () => {
    const { core, campaign } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const cancelled = await callCore<Campaign>(core, 'campaigns.cancel', { id: campaign.id })
    expect(cancelled.state).toBe('cancelled')
    expect(cancelled.counts).toMatchObject({ skipped: 3, sending: 1, planned: 0 })
  })

  it('a list deleted meanwhile is "not found" for saving and forecasting, and nothing is saved', async () => {
    const { core, sender } = await setup()
    const draft = { senderId: sender.id, listIds: [999], text: 'Привет' }
    for (const [call, input] of [
      ['campaigns.save', { ...draft, name: 'Потерянный список' }],
      ['risk.forecastDraft', draft],
    ] as const) {
      const failure = await callCore(core, call, input).catch((e: unknown) => e)
      expect(failure).toMatchObject({ error: { code: 'not_found' } })
    }
    const names = (await callCore<Campaign[]>(core, 'campaigns.list', {})).map((c) => c.name)
    expect(names).toEqual(['Декабрь'])
  })

  it('refuses limits looser than the rules of thumb', async () => {
    const { core } = await setup()
    const sender = {
      label: 'X',
      phone: '+79030000001',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    }
    for (const limits of [
      { gapMinSeconds: 10, gapMaxSeconds: 60, perHour: 50, newChatsPerDay: 250, activeChats: 1000 },
      {
        gapMinSeconds: 30,
        gapMaxSeconds: 600,
        perHour: 50,
        newChatsPerDay: 250,
        activeChats: 1000,
      },
      {
        gapMinSeconds: 30,
        gapMaxSeconds: 300,
        perHour: 60,
        newChatsPerDay: 250,
        activeChats: 1000,
      },
      {
        gapMinSeconds: 30,
        gapMaxSeconds: 300,
        perHour: 50,
        newChatsPerDay: 300,
        activeChats: 1000,
      },
    ]) {
      await expect(callCore(core, 'senders.save', { ...sender, limits })).rejects.toMatchObject({
        error: { code: 'invalid_input' },
      })
    }
    await expect(
      callCore(core, 'senders.save', { ...sender, warmUp: [{ fromDay: 0, newChatsPerDay: 100 }] }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
  })
})

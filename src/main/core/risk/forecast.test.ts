import { join } from 'node:path'
import { DateTime } from 'luxon'
import { afterEach, describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { Forecast } from '../../../shared/risk'
import type { Sender } from '../../../shared/senders'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { numberedBook, setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { createTestCore } from '../test-support/test-core'
import { seededRandom } from '../scheduler/pacing'
import { useTempDir } from '../test-support/temp-dir'

const zone = 'Europe/Moscow'
const hourMs = 60 * 60 * 1000

/** The owner's days as the forecast gives them: the sends' local days in Moscow, every moment. */
function perDayOf(times: readonly number[]): Forecast['perDay'] {
  const perDay = new Map<string, number[]>()
  for (const at of times) {
    const day = DateTime.fromMillis(at, { zone }).toISODate() ?? ''
    perDay.set(day, [...(perDay.get(day) ?? []), at])
  }
  return [...perDay].map(([day, sends]) => ({
    day,
    sends: sends.length,
    firstAt: sends[0] ?? 0,
    lastAt: sends.at(-1) ?? 0,
    times: sends,
  }))
}

/** "HH:mm" of a moment in Moscow. */
const clockTime = (at: number) => DateTime.fromMillis(at, { zone }).toFormat('HH:mm')

describe('the forecast: the real scheduler on a copy, with a simulated clock', () => {
  const tempDir = useTempDir()
  const setup = (people: number, startedOn?: string, campaign?: { startAt: number }) =>
    setUpAssistedCore(tempDir(), {
      book: bookOf(people),
      ...(startedOn ? { startedOn } : {}),
      ...(campaign ? { campaign } : {}),
    })

  /**
   * Starts the campaign (the test's own unless told) and runs the fake clock to its end, the
   * owner answering each at once; when each of its people's message went, in order.
   */
  async function runForReal(test: Awaited<ReturnType<typeof setup>>, id = test.campaign.id) {
    const { core } = test
    await callCore(core, 'campaigns.start', { id })
    await test.answerAll(
      undefined,
      async () => (await callCore<Campaign>(core, 'campaigns.get', { id })).state === 'finished',
    )
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id, limit: 500 })
    return items.rows
      .filter((r) => r.state === 'sent')
      .map((r) => r.doneAt ?? 0)
      .sort((a, b) => a - b)
  }

  it('gives the very finish a full fake-clock run reaches, over days of warm-up', async () => {
    const test = await setup(70, '2026-12-01')
    const forecast = await callCore<Forecast>(test.core, 'risk.forecastCampaign', {
      id: test.campaign.id,
    })
    const sent = await runForReal(test)

    expect(sent).toHaveLength(70)
    expect(forecast.messages).toBe(70)
    expect(forecast.firstAt).toBe(sent[0])
    expect(forecast.finishesAt).toBe(sent.at(-1))
    // 20 new chats in any 24 hours on a number of day 0–2: 70 people take four calendar days.
    expect(forecast.days).toBe(4)
    expect(forecast.perDay).toEqual(perDayOf(sent))
    expect(forecast.beyondHorizon).toBe(false)
  })

  it('plans the owner’s day as the real run goes: 193 people in the 10:00–20:00 window', async () => {
    const test = await setup(193)
    const forecast = await callCore<Forecast>(test.core, 'risk.forecastCampaign', {
      id: test.campaign.id,
    })
    const sent = await runForReal(test)

    // One press of Send per person, on the very moments the real run reaches.
    expect(sent).toHaveLength(193)
    expect(forecast.messages).toBe(193)
    expect(forecast.perDay).toEqual(perDayOf(sent))
    for (const day of forecast.perDay) {
      expect(clockTime(day.firstAt) >= '10:00' && clockTime(day.lastAt) < '20:00').toBe(true)
    }
    // "If I sit here until 13:00 today": as many as the real run had sent by then.
    const today = forecast.perDay[0]
    const until = DateTime.fromMillis(tuesdayMorning, { zone }).set({ hour: 13, minute: 0 })
    const planned = (today?.times ?? []).filter((at) => at < until.toMillis()).length
    expect(planned).toBe(sent.filter((at) => at < until.toMillis()).length)
    expect(planned).toBeGreaterThan(0)
  })

  it('plans within the hourly limit when the gaps alone would go faster', async () => {
    const test = await setup(193)
    const { core, sender } = test
    // 30–40 s gaps would make 90 an hour: the 50 an hour limit is what paces the day.
    await callCore(core, 'senders.save', {
      id: sender.id,
      label: sender.label,
      phone: '8 903 000-00-00',
      startedOn: '2025-01-01',
      timeZone: zone,
      limits: { ...sender.limits, gapMinSeconds: 30, gapMaxSeconds: 40, perHour: 50 },
    })
    const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', {
      id: test.campaign.id,
    })
    const sent = await runForReal(test)

    expect(forecast.perDay).toEqual(perDayOf(sent))
    const times = forecast.perDay.flatMap((day) => day.times ?? [])
    expect(times).toHaveLength(193)
    for (const [i, at] of times.entries()) {
      expect(
        times.filter((t) => t > at - hourMs && t <= at).length,
        `at send ${String(i)}`,
      ).toBeLessThanOrEqual(50)
    }
    // Four hours of 50, the rest in the fifth: 11:00 to about 15:00, one session.
    expect(forecast.days).toBe(1)
    expect(((forecast.finishesAt ?? 0) - (forecast.firstAt ?? 0)) / hourMs).toBeGreaterThan(3)
  })

  it('waits for a start set for tomorrow, as the real run does', async () => {
    const startAt = tuesdayMorning + 23 * hourMs
    const test = await setup(8, undefined, { startAt })
    const forecast = await callCore<Forecast>(test.core, 'risk.forecastCampaign', {
      id: test.campaign.id,
    })
    const sent = await runForReal(test)
    expect(sent[0]).toBeGreaterThanOrEqual(startAt)
    expect(forecast).toMatchObject({
      messages: 8,
      firstAt: sent[0],
      finishesAt: sent.at(-1),
      perDay: perDayOf(sent),
    })
  })

  it('takes turns with the number’s other running campaign, as the real run does', async () => {
    const test = await setup(10)
    const { core, sender, list, campaign } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const draft = { senderId: sender.id, listIds: [list.id], text: 'Привет, {{first_name}}!' }
    const forecast = await callCore<Forecast>(core, 'risk.forecastDraft', draft)
    const alone = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    const second = await callCore<Campaign>(core, 'campaigns.save', { ...draft, name: 'Второй' })
    const sent = await runForReal(test, second.id)
    expect(forecast).toMatchObject({ messages: 10, firstAt: sent[0], finishesAt: sent.at(-1) })
    // Sharing the number, it ends later than the first campaign would on its own.
    expect(forecast.finishesAt ?? 0).toBeGreaterThan(alone.finishesAt ?? Infinity)
  })

  it('counts the person being asked now as a message going out now', async () => {
    const test = await setup(6)
    const { core, campaign, clock } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    clock.advance(5_000)
    const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    expect(forecast.messages).toBe(6)
    expect(forecast.firstAt).toBe(clock.now())
    expect(forecast.perDay.reduce((n, d) => n + d.sends, 0)).toBe(6)
  })

  it('settles a message left uncertain by a restart at once, instead of waiting on it forever', async () => {
    const dir = tempDir()
    const test = await setUpAssistedCore(dir, { book: bookOf(6) })
    await callCore(test.core, 'campaigns.start', { id: test.campaign.id })
    test.core.close()
    // After the restart the first person's message is uncertain: the real run waits for the owner.
    const again = createTestCore(join(dir, 'data'), test.clock, seededRandom(11), null, () =>
      seededRandom(11),
    )
    try {
      const forecast = await callCore<Forecast>(again.core, 'risk.forecastCampaign', {
        id: test.campaign.id,
      })
      expect(forecast.beyondHorizon).toBe(false)
      expect(forecast.messages).toBe(5)
    } finally {
      again.core.close()
    }
  })

  it('leaves out people who opted out since the start: they will be skipped, not messaged', async () => {
    const test = await setup(6)
    const { core, campaign } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await callCore(core, 'optOuts.addNumbers', { text: '+79160000004\n+79160000005', note: '' })
    const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    expect(forecast.messages).toBe(4)
    expect(forecast.perDay.reduce((n, d) => n + d.sends, 0)).toBe(4)
  })

  it('forecasts an unsaved draft the same as the saved one, and leaves the database untouched', async () => {
    const test = await setup(12)
    const { core, sender, list, campaign } = test
    const draft = await callCore<Forecast>(core, 'risk.forecastDraft', {
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте!',
    })
    const saved = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    expect(draft).toEqual(saved)
    expect(draft.days).toBe(1)
    expect((await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state).toBe(
      'draft',
    )
    expect(await callCore<Campaign[]>(core, 'campaigns.list', {})).toHaveLength(1)
  })

  it('forecasts a started campaign opened in the composer as it is, and a finished one as over', async () => {
    const test = await setup(6)
    const { core, campaign, sender, list } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const form = { id: campaign.id, senderId: sender.id, listIds: [list.id], text: 'Привет!' }
    expect(await callCore(core, 'risk.forecastDraft', form)).toEqual(
      await callCore(core, 'risk.forecastCampaign', { id: campaign.id }),
    )
    await test.answerAll(
      undefined,
      async () =>
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state === 'finished',
    )
    expect(await callCore<Forecast>(core, 'risk.forecastDraft', form)).toMatchObject({
      messages: 0,
      finishesAt: null,
      beyondHorizon: false,
    })
  })

  it('says there is no such campaign, not no such number', async () => {
    const { core } = await setup(2)
    await expect(callCore(core, 'risk.forecastCampaign', { id: 999 })).rejects.toMatchObject({
      error: { code: 'not_found', message: 'There is no campaign 999.' },
    })
  })

  it('says why nothing would go out on a blocked number', async () => {
    const { core, sender, campaign } = await setup(5)
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'permanent' })
    const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    expect(forecast).toMatchObject({ messages: 0, finishesAt: null, days: 0 })
    expect(forecast.refusals.map((r) => r.key)).toEqual(['sender_blocked'])
  })

  it('forecasts a paused campaign as if resumed now, and a number by its running campaigns', async () => {
    const { core, sender, campaign } = await setup(6)
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const running = await callCore<Forecast>(core, 'risk.forecastSender', { id: sender.id })
    // The first person is being asked now: they are counted, answered at once.
    expect(running.messages).toBe(6)
    expect(running.finishesAt).not.toBeNull()
    await callCore(core, 'campaigns.pause', { id: campaign.id })
    const paused = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    expect(paused.finishesAt).not.toBeNull()
    expect(await callCore<Forecast>(core, 'risk.forecastSender', { id: sender.id })).toMatchObject({
      messages: 0,
      finishesAt: null,
    })
  })
})

describe('the forecast of a Cloud API number', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('runs the same scheduler, Meta accepting each message, within the account’s tier', async () => {
    const people = 60
    const { core, sender, campaignWith } = await setUpCloudCore(tempDir(), servers, {
      book: numberedBook(people),
      account: { messagingLimit: 'TIER_50' },
      fast: true,
    })
    await callCore<Sender>(core, 'cloud.check', { senderId: sender.id })
    const campaign = await campaignWith('spring_sale')
    const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
    // 50 new people in any 24 hours: the last ten wait a day.
    expect(forecast).toMatchObject({ messages: people, beyondHorizon: false, refusals: [] })
    expect(forecast.perDay.map((d) => d.sends)).toEqual([50, 10])
    expect(forecast.days).toBe(2)
  })
})

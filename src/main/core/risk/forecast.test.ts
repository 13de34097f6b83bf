import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { Forecast } from '../../../shared/risk'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const zone = 'Europe/Moscow'

describe('the forecast: the real scheduler on a copy, with a simulated clock', () => {
  const tempDir = useTempDir()
  const setup = (people: number, startedOn?: string) =>
    setUpAssistedCore(tempDir(), { book: bookOf(people), ...(startedOn ? { startedOn } : {}) })

  /** Starts the campaign and runs the fake clock to its end, the owner answering each at once. */
  async function runForReal(test: Awaited<ReturnType<typeof setup>>) {
    const { core, campaign } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await test.answerAll(undefined, async () =>
      ['finished'].includes(
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state,
      ),
    )
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', {
      id: campaign.id,
      limit: 500,
    })
    return items.rows.filter((r) => r.state === 'sent').map((r) => r.doneAt ?? 0)
  }

  it('gives the very finish a full fake-clock run reaches, over days of warm-up', async () => {
    const test = await setup(70, '2026-12-01')
    const forecast = await callCore<Forecast>(test.core, 'risk.forecastCampaign', {
      id: test.campaign.id,
    })
    const sent = (await runForReal(test)).sort((a, b) => a - b)

    expect(sent).toHaveLength(70)
    expect(forecast.messages).toBe(70)
    expect(forecast.firstAt).toBe(sent[0])
    expect(forecast.finishesAt).toBe(sent.at(-1))
    // 20 new chats in any 24 hours on a number of day 0–2: 70 people take four calendar days.
    expect(forecast.days).toBe(4)
    const perDay = new Map<string, number>()
    for (const at of sent) {
      const day = DateTime.fromMillis(at, { zone }).toISODate() ?? ''
      perDay.set(day, (perDay.get(day) ?? 0) + 1)
    }
    expect(forecast.perDay).toEqual([...perDay].map(([day, sends]) => ({ day, sends })))
    expect(forecast.beyondHorizon).toBe(false)
  })

  it('forecasts an unsaved draft the same as the saved one, and leaves the database untouched', async () => {
    const test = await setup(12)
    const { core, sender, list, campaign } = test
    const draft = await callCore<Forecast>(core, 'risk.forecastDraft', {
      senderId: sender.id,
      listId: list.id,
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

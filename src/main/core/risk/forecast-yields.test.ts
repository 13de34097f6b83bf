// The forecast shares the core's thread with the UI: it yields as it simulates, answers the same
// whether it yields or not, and a second request for the same target shares the one running.
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { Contact } from '../../../shared/contacts'
import type { Forecast } from '../../../shared/risk'
import type { Capabilities } from '../capabilities'
import { seededRandom } from '../scheduler/pacing'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createForecaster } from './forecast'

const zone = 'Europe/Moscow'

describe('the forecast on the core’s thread', () => {
  const tempDir = useTempDir()

  async function withForecasters(
    people: number,
    work: (
      of: (sliceMs: number) => ReturnType<typeof createForecaster>,
      campaignId: number,
    ) => Promise<void>,
  ) {
    const dir = tempDir()
    // A young number: its warm-up spreads the campaign over days, hundreds of clock steps.
    const test = await setUpAssistedCore(dir, { book: bookOf(people), startedOn: '2026-11-30' })
    const book = new Sqlite(join(dir, 'data', 'rupor.db'), { readonly: true })
    try {
      const of = (sliceMs: number) =>
        createForecaster({
          db: book,
          clock: test.clock,
          policy: () => ({ broadcastWithoutConsent: false }),
          defaultCountry: () => 'RU',
          cloudOf: () => null,
          capabilities: {} as Capabilities,
          shopName: () => '',
          random: () => seededRandom(7),
          sliceMs,
        })
      await work(of, test.campaign.id)
    } finally {
      book.close()
      test.core.close()
    }
  }

  it('lets other work run while it simulates, and answers as one that never yields', async () => {
    await withForecasters(120, async (of, id) => {
      let othersRan = 0
      let finished = false
      const other = (): void => {
        if (finished) return
        othersRan += 1
        setImmediate(other)
      }
      setImmediate(other)
      const sliced = await of(0).forecast({ kind: 'campaign', id })
      finished = true
      expect(othersRan).toBeGreaterThan(10)
      expect(sliced.messages).toBe(120)
      expect(sliced).toEqual(await of(Infinity).forecast({ kind: 'campaign', id }))
    })
  })

  it('shares a forecast under way with a second request for the same target', async () => {
    await withForecasters(30, async (of, id) => {
      const forecaster = of(0)
      const first = forecaster.forecast({ kind: 'campaign', id })
      expect(forecaster.forecast({ kind: 'campaign', id })).toBe(first)
      // Another target is its own forecast (here of a campaign there is not).
      const other = forecaster.forecast({ kind: 'campaign', id: id + 1 })
      expect(other).not.toBe(first)
      await expect(other).rejects.toMatchObject({ code: 'not_found' })
      const answer = await first
      // Once answered, the next request is forecast afresh, from the book as it is then.
      const later = forecaster.forecast({ kind: 'campaign', id })
      expect(later).not.toBe(first)
      expect(await later).toEqual(answer)
    })
  })

  it('never answers a request made after a write with a forecast started before it', async () => {
    const dir = tempDir()
    const test = await setUpAssistedCore(dir, { book: bookOf(30), startedOn: '2026-11-30' })
    const file = join(dir, 'data', 'rupor.db')
    // The core's own connection (its calls and sends write on it) and another one (the import's
    // worker writes on its own).
    const own = new Sqlite(file)
    const other = new Sqlite(file)
    try {
      const forecaster = createForecaster({
        db: own,
        clock: test.clock,
        policy: () => ({ broadcastWithoutConsent: false }),
        defaultCountry: () => 'RU',
        cloudOf: () => null,
        capabilities: {} as Capabilities,
        shopName: () => '',
        random: () => seededRandom(7),
        sliceMs: 0,
      })
      const target = { kind: 'campaign', id: test.campaign.id } as const
      const perHour = (db: Sqlite.Database, n: number) =>
        db.prepare(`UPDATE senders SET limits = json_set(limits, '$.perHour', ?)`).run(n).changes
      const first = forecaster.forecast(target)
      // The number's limits saved while it runs: the next request is a forecast of its own.
      expect(perHour(own, 1)).toBe(1)
      const afterSave = forecaster.forecast(target)
      expect(afterSave).not.toBe(first)
      expect(forecaster.forecast(target)).toBe(afterSave)
      expect(perHour(other, 2)).toBe(1)
      const afterOther = forecaster.forecast(target)
      expect(afterOther).not.toBe(afterSave)
      const [before, saved, otherSaved] = await Promise.all([first, afterSave, afterOther])
      // Each answers for the book as it was asked about.
      expect(saved).not.toEqual(before)
      expect(otherSaved).toEqual(await forecaster.forecast(target))
      perHour(own, 1)
      expect(saved).toEqual(await forecaster.forecast(target))
    } finally {
      own.close()
      other.close()
      test.core.close()
    }
  })

  it('sends people the number already chats with once the day’s new chats are used up', async () => {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(40), startedOn: '2026-11-30' })
    const { core, ids, campaign } = test
    try {
      // The last five of the queue already chat with the shop: no new chat is spent on them.
      for (const id of ids.slice(-5)) {
        await callCore<Contact>(core, 'contacts.update', { id, chatsWithShop: true })
      }
      const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id: campaign.id })
      await callCore(core, 'campaigns.start', { id: campaign.id })
      await test.answerAll(
        undefined,
        async () =>
          (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state ===
          'finished',
      )
      const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', {
        id: campaign.id,
        limit: 500,
      })
      const sent = items.rows.filter((r) => r.state === 'sent')
      const dayOf = (at: number | null) => DateTime.fromMillis(at ?? 0, { zone }).toISODate()
      const firstDay = dayOf(Math.min(...sent.map((r) => r.doneAt ?? Infinity)))
      const known = new Set(ids.slice(-5))
      // All five go on the first day, though the new people before them in the queue wait.
      const knownDays = sent.filter((r) => known.has(r.contactId ?? 0)).map((r) => dayOf(r.doneAt))
      expect(knownDays).toEqual(Array.from({ length: 5 }, () => firstDay))
      expect(sent.some((r) => !known.has(r.contactId ?? 0) && dayOf(r.doneAt) !== firstDay)).toBe(
        true,
      )
      // The forecast saw the same days.
      expect(forecast.perDay[0]?.sends).toBe(
        sent.filter((r) => dayOf(r.doneAt) === firstDay).length,
      )
      expect(forecast.messages).toBe(40)
    } finally {
      core.close()
    }
  })
})

// The forecast copies only the part of the book its simulation reads (forecast-copy.ts). On random
// small books — people who may or may not be messaged, opt-outs made after the start, a campaign
// half sent with the owner being asked about someone, limits, windows and a young number — it must
// give exactly what the simulation on a copy of the whole file gives.
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { Capabilities } from '../capabilities'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { seededRandom } from '../scheduler/pacing'
import { createForecaster, type ForecastTarget } from './forecast'

const scenario = fc.record({
  people: fc.integer({ min: 2, max: 30 }),
  withoutConsent: fc.array(fc.nat({ max: 29 }), { maxLength: 6 }),
  optedOutAfterStart: fc.array(fc.nat({ max: 29 }), { maxLength: 4 }),
  startedOn: fc.constantFrom('2026-12-01', '2026-11-25', '2025-01-01'),
  perHour: fc.constantFrom(3, 20, 50),
  newChatsPerDay: fc.constantFrom(0, 5, 250),
  activeChats: fc.constantFrom(4, 1000),
  window: fc.constantFrom(
    { start: '10:00', end: '20:00', days: [1, 2, 3, 4, 5, 6] },
    { start: '09:30', end: '11:00', days: [2, 4] },
  ),
  // How many of the clock's steps the campaign runs for before the forecast is asked.
  steps: fc.nat({ max: 30 }),
  seed: fc.nat({ max: 1000 }),
})

const number = (i: number) => `+7916${String(10_000_000 + i).slice(1)}`

describe('the forecast on the part of the book it reads', () => {
  const tempDir = useTempDir()

  it('gives what the simulation on a copy of the whole book gives', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const dir = tempDir()
        const test = await setUpAssistedCore(dir, {
          book: bookOf(s.people, (i) => !s.withoutConsent.includes(i)),
          startedOn: s.startedOn,
          seed: s.seed,
        })
        const { core, clock, sender, list } = test
        await callCore(core, 'senders.save', {
          id: sender.id,
          label: sender.label,
          phone: '8 903 000-00-00',
          startedOn: s.startedOn,
          timeZone: 'Europe/Moscow',
          window: s.window,
          limits: {
            ...sender.limits,
            perHour: s.perHour,
            newChatsPerDay: s.newChatsPerDay,
            activeChats: s.activeChats,
          },
        })
        await callCore(core, 'campaigns.start', { id: test.campaign.id })
        // Part of the campaign goes out; the last person may still be being asked about.
        for (let step = 0; step < s.steps; step += 1) {
          const task = test.asked.shift()
          if (task) {
            await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
            continue
          }
          const next = clock.nextTimerAt()
          if (next === null) break
          clock.advance(next - clock.now())
        }
        const optOuts = s.optedOutAfterStart.filter((i) => i < s.people).map(number)
        if (optOuts.length > 0)
          await callCore(core, 'optOuts.addNumbers', { text: optOuts.join('\n'), note: '' })
        const draft = await callCore<Campaign>(core, 'campaigns.save', {
          name: 'Ещё',
          senderId: sender.id,
          listIds: [list.id],
          text: 'Привет!',
        })

        const book = new Sqlite(join(dir, 'data', 'rupor.db'), { readonly: true })
        try {
          const forecasterOf = (copy: 'scope' | 'whole') =>
            createForecaster({
              db: book,
              clock,
              policy: () => ({ broadcastWithoutConsent: false }),
              defaultCountry: () => 'RU',
              cloudOf: () => null,
              capabilities: {} as Capabilities,
              shopName: () => '',
              random: () => seededRandom(s.seed),
              copy,
            })
          const targets: ForecastTarget[] = [
            { kind: 'campaign', id: test.campaign.id },
            { kind: 'campaign', id: draft.id },
            { kind: 'sender', id: sender.id },
            {
              kind: 'draft',
              draft: {
                senderId: sender.id,
                listIds: [list.id],
                text: 'Привет!',
                appendOptOut: true,
                optOutLine: '',
                utm: true,
                utmCampaign: '',
                language: 'ru',
                startAt: null,
                template: null,
                way: 'paced',
              },
            },
          ]
          for (const target of targets) {
            expect(forecasterOf('scope').forecast(target)).toEqual(
              forecasterOf('whole').forecast(target),
            )
          }
        } finally {
          book.close()
          core.close()
        }
      }),
      { numRuns: 12 },
    )
  }, 300_000)
})

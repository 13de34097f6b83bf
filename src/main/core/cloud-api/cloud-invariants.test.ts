import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { Sender } from '../../../shared/senders'
import type { CloudApiTestServer, RecipientFate } from '../test-support/cloud-api-server'
import { numberedBook, numberedPhone, setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000
const people = 120
const numberOf = numberedPhone
const book = numberedBook(people)

/** What Meta may answer for one person: fine, or one of the errors that must not break a rule. */
const fateArb: fc.Arbitrary<RecipientFate | null> = fc.constantFrom(
  null,
  null,
  null,
  { sync: 131026 },
  { sync: 131056, times: 1 },
  { sync: 131056, times: 2 },
  { sync: 130429, times: 2 },
  { sync: 131000, times: 1 },
  { sync: 131050 },
  { async: { failed: 131049 } },
)

describe('the Cloud API channel keeps every rule whatever Meta answers (property)', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('never twice, never to an opted-out number, never past the tier, the hour or the gap', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fateArb, { minLength: people, maxLength: people }),
        fc.array(fc.record({ person: fc.nat(people - 1), atMinute: fc.nat(240) }), {
          maxLength: 10,
        }),
        fc.integer({ min: 1, max: 1000 }),
        async (fates, optOuts, seed) => {
          const { core, clock, server, campaignWith, run, sender } = await setUpCloudCore(
            tempDir(),
            servers,
            { book, account: { messagingLimit: 'TIER_50' }, seed, fast: true },
          )
          await callCore<Sender>(core, 'cloud.check', { senderId: sender.id })
          fates.forEach((fate, i) => {
            if (fate) server.setFate(numberOf(i), fate)
          })
          const campaign = await campaignWith('spring_sale')
          await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
          // Opt-outs arrive between minutes, while nothing is on the network.
          const optedOutAt = new Map<string, number>()
          for (let m = 0; m < 240; m++) {
            for (const o of optOuts.filter((x) => x.atMinute === m)) {
              await callCore(core, 'optOuts.addNumbers', { text: numberOf(o.person), note: '' })
              if (!optedOutAt.has(numberOf(o.person)))
                optedOutAt.set(numberOf(o.person), clock.now())
            }
            await run(minute)
          }
          const sent = server.sent
          const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
          // With people left, the day's budget of 50 new people is what it waits for.
          if (detail.counts.planned > 0) {
            expect(new Set(sent.map((s) => s.to)).size).toBe(50)
            expect(detail.waitReason).toBe('tier_limit')
          }
          // Never twice.
          expect(new Set(sent.map((s) => s.to)).size).toBe(sent.length)
          // Never past the tier (the server marks what Meta would silently drop).
          expect(sent.filter((s) => s.overTier)).toEqual([])
          expect(new Set(sent.map((s) => s.to)).size).toBeLessThanOrEqual(50)
          // Never in a gap under 30 s, never over 50 in an hour.
          const times = sent.map((s) => s.at)
          for (let i = 1; i < times.length; i++) {
            expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(30_000)
          }
          for (const t of times) {
            expect(times.filter((u) => u > t - 60 * minute && u <= t).length).toBeLessThanOrEqual(
              50,
            )
          }
          // Never to a number after it was opted out.
          for (const s of sent) expect(s.at).toBeLessThanOrEqual(optedOutAt.get(s.to) ?? Infinity)
        },
      ),
      { numRuns: 4, seed: 20261201 },
    )
  }, 120_000)
})

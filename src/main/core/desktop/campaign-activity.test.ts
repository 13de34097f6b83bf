import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { campaignStates, campaignWays, waitReasons } from '../../../shared/campaigns'
import { activityOf, hasMessageInFlight, needsTheApp } from './campaign-activity'

const none = { sending: 0 }
const one = { sending: 1 }

describe('which campaigns need the app open', () => {
  it('counts running and scheduled paced campaigns, and finds the earliest next message', () => {
    expect(
      activityOf([
        { state: 'running', way: 'paced', nextDueAt: 5_000, waitReason: 'gap', counts: none },
        {
          state: 'scheduled',
          way: 'paced',
          nextDueAt: 3_000,
          waitReason: 'start_time',
          counts: none,
        },
        {
          state: 'running',
          way: 'paced',
          nextDueAt: null,
          waitReason: 'awaiting_owner',
          counts: none,
        },
        { state: 'paused', way: 'paced', nextDueAt: 1_000, waitReason: 'gap', counts: none },
        {
          state: 'finished',
          way: 'phone_broadcast',
          nextDueAt: null,
          waitReason: null,
          counts: none,
        },
        { state: 'draft', way: 'paced', nextDueAt: null, waitReason: null, counts: none },
      ]),
    ).toEqual({ running: 3, nextSendAt: 3_000, awaitingOwner: true })
    expect(activityOf([])).toEqual({ running: 0, nextSendAt: null, awaitingOwner: false })
  })

  it('counts a paused or cancelled campaign whose message is still in flight (an open chat, a request)', () => {
    // The owner paused while WhatsApp was open on a customer's chat: the answer is still awaited.
    expect(
      activityOf([
        { state: 'paused', way: 'paced', nextDueAt: null, waitReason: null, counts: one },
        { state: 'cancelled', way: 'paced', nextDueAt: null, waitReason: null, counts: none },
      ]),
    ).toEqual({ running: 1, nextSendAt: null, awaitingOwner: false })
    expect(
      activityOf([
        { state: 'cancelled', way: 'paced', nextDueAt: null, waitReason: null, counts: one },
      ]).running,
    ).toBe(1)
  })

  it('gives a next message only from a campaign that needs the app, and the earliest of them', () => {
    const campaign = fc.record({
      state: fc.constantFrom(...campaignStates),
      way: fc.constantFrom(...campaignWays),
      nextDueAt: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: null }),
      waitReason: fc.option(fc.constantFrom(...waitReasons), { nil: null }),
      counts: fc.record({ sending: fc.integer({ min: 0, max: 2 }) }),
    })
    fc.assert(
      fc.property(fc.array(campaign, { maxLength: 20 }), (campaigns) => {
        const busy = campaigns.filter((c) => needsTheApp(c) || hasMessageInFlight(c))
        const { running, nextSendAt } = activityOf(campaigns)
        expect(running).toBe(busy.length)
        const dues = busy.flatMap((c) => (c.nextDueAt === null ? [] : [c.nextDueAt]))
        expect(nextSendAt).toBe(dues.length === 0 ? null : Math.min(...dues))
        expect(activityOf(campaigns).awaitingOwner).toBe(
          busy.some((c) => c.waitReason === 'awaiting_owner'),
        )
      }),
    )
  })
})

// Meta's errors that are about the campaign or the portfolio, not the person (issue 19): 131009
// pauses with Meta's words, pacing's held and dropped messages pause the number's (or the
// portfolio's) campaigns and count in the risk meter, 131056 is retried no sooner than Meta's
// 6-second pace, and the numbers of one business portfolio share its tier.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { CampaignDetail, CampaignItemsPage } from '../../../shared/campaigns'
import type { WebhookImportOutcome } from '../../../shared/cloud-api'
import type { RiskAssessment } from '../../../shared/risk'
import type { Sender, SenderUsage } from '../../../shared/senders'
import type { CloudApiTestServer, SentMessage } from '../test-support/cloud-api-server'
import {
  createTestPortfolio,
  type CloudTestPortfolio,
} from '../test-support/cloud-api-server/portfolio'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { setUpPortfolioCore } from '../test-support/portfolio-core'
import { useTempDir } from '../test-support/temp-dir'
import { limitVerdict, type LedgerSend } from '../scheduler/limits'
import { createCloudChannel, pairPaceMs, pairRetryMs } from './cloud-channel'
import type { CloudConnections } from './cloud-connections'
import type { Composer } from '../campaigns/compose-message'
import type { Settlement } from '../scheduler/scheduler'
import type { CampaignRow } from '../scheduler/send-store'
import { FakeClock } from '../time/fake-clock'
import { startCloudApiTestServer } from '../test-support/cloud-api-server'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const file = (events: readonly object[]) =>
  Buffer.from(events.map((e) => JSON.stringify(e)).join('\n')).toString('base64')
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

describe('errors about the campaign and the portfolio', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('pauses on 131009 with Meta’s words instead of skipping the person as a bad number', async () => {
    const { core, server, campaignWith, run } = await setUpCloudCore(tempDir(), servers)
    // Meta's error-codes page: 131009 "Parameter value is not valid", details "One or more
    // parameter values are invalid." (HTTP 400).
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    server.setFate('+79162222222', { sync: 131009 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason).toMatchObject({ reason: 'parameter_not_valid', code: 131009 })
    expect(detail.pauseReason?.message).toContain('Parameter value is not valid')
    expect(detail.pauseReason?.message).toContain('One or more parameter values are invalid.')
    // Nobody was written off: Boris waits in the queue with the others.
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    expect(items.rows.map((r) => [r.name, r.state])).toEqual([
      ['Анна Петрова', 'sent'],
      ['Борис Смирнов', 'planned'],
      ['Вера Кузнецова', 'planned'],
      ['Галина Орлова', 'planned'],
    ])
    await run(2 * hour, 60_000)
    expect(server.sent).toHaveLength(1)
  })

  it('pauses the campaign with Meta’s words when a late failure is the message’s fault, not the person’s', async () => {
    const { core, server, campaignWith, run, sender } = await setUpCloudCore(tempDir(), servers)
    // A status webhook's failed status carries errors[{code, title, message, error_data.details}].
    // https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components#statuses-object
    // 132000 "Number of parameters does not match the expected number of params" (error codes).
    server.setFate('+79161111111', { async: { failed: 132000 } })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(minute)
    expect(server.sent).toHaveLength(1)
    await callCore(core, 'cloud.importEvents', {
      senderId: sender.id,
      base64: file(server.webhookEvents()),
    })
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason).toMatchObject({ reason: 'template_params', code: 132000 })
    expect(detail.pauseReason?.message).not.toBe('')
    const before = server.sent.length
    await run(2 * hour, 60_000)
    // Nobody else was sent the broken message while the owner looks.
    expect(server.sent).toHaveLength(before)
  })

  it('pauses every campaign of the number when Meta holds a message, and the meter counts it', async () => {
    const { core, server, campaignWith, run, sender } = await setUpCloudCore(tempDir(), servers)
    // Portfolio pacing: past a threshold, sends answer {"messages":[{"id":"wamid…",
    // "message_status":"held_for_quality_assessment"}]}.
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
    server.holdTemplatesAfter(1)
    const first = await campaignWith('spring_sale')
    const second = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: first.id })
    await callCore(core, 'campaigns.start', { id: second.id })
    await run(30 * minute)
    expect(server.sent.map((m) => m.held)).toEqual([false, true])
    for (const id of [first.id, second.id]) {
      const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id })
      expect(detail.state).toBe('paused')
      expect(detail.pauseReason).toMatchObject({ reason: 'held_for_quality', code: null })
    }
    await run(2 * hour, 60_000)
    expect(server.sent).toHaveLength(2)
    const meter = await callCore<RiskAssessment>(core, 'risk.sender', { id: sender.id })
    expect(meter.factors.find((f) => f.key === 'pacing_holds')).toMatchObject({ value: 1 })
    // Released later, all is well: the meter still remembers the week's hold.
    server.settleHeld('release')
    await callCore(core, 'cloud.importEvents', {
      senderId: sender.id,
      base64: file(server.webhookEvents()),
    })
    const held = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: second.id })
    expect(held.rows[0]).toMatchObject({ state: 'sent', delivery: 'delivered' })
  })

  it('pauses the number’s campaigns when Meta answers a send "paused", and the meter counts it', async () => {
    const { core, server, campaignWith, run, sender } = await setUpCloudCore(tempDir(), servers)
    // Meta's OpenAPI (MessageStatus): "paused: The message delivery has been paused".
    // ../shared/reference/meta-business-messaging-api-v23.0.openapi.yaml
    server.holdTemplatesAfter(0, 'paused')
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason).toMatchObject({ reason: 'delivery_paused', code: null })
    await run(2 * hour, 60_000)
    expect(server.sent).toHaveLength(1)
    const meter = await callCore<RiskAssessment>(core, 'risk.sender', { id: sender.id })
    expect(meter.factors.find((f) => f.key === 'pacing_holds')).toMatchObject({ value: 1 })
  })

  it('pauses the campaigns of every number of the portfolio on a late 135000, and only the number’s on 132015', async () => {
    const shared = createTestPortfolio('1111111111')
    const {
      core,
      servers: own,
      senders,
      campaignOf,
      run,
    } = await setUpPortfolioCore(tempDir(), servers, {
      portfolios: [shared, shared, createTestPortfolio('2222222222')],
      people: 90,
      lists: [range(0, 30), range(30, 60), range(60, 90)],
      check: true,
    })
    const [a, b, c] = own
    if (!a || !b || !c) throw new Error('three servers')
    // Accepted, then the held message is dropped: a `failed` status with errors[].code 135000.
    a.setFate('+79161000001', { async: { failed: 135000 } })
    // Template pacing drops one of the second number's messages too (imported later).
    b.setFate('+79161000032', { async: { failed: 132015 } })
    const campaigns = [await campaignOf(0), await campaignOf(1), await campaignOf(2)]
    for (const campaign of campaigns) await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(6 * minute)
    expect(a.sent.length).toBeGreaterThan(3)
    const outcome = await callCore<WebhookImportOutcome>(core, 'cloud.importEvents', {
      senderId: senders[0]?.id,
      base64: file(a.webhookEvents()),
    })
    expect(outcome.failed).toBe(1)
    const state = async (id: number) =>
      (await callCore<CampaignDetail>(core, 'campaigns.get', { id })).pauseReason?.reason ??
      (await callCore<CampaignDetail>(core, 'campaigns.get', { id })).state
    expect(await state(campaigns[0]?.id ?? 0)).toBe('portfolio_pacing_drop')
    expect(await state(campaigns[1]?.id ?? 0)).toBe('portfolio_pacing_drop')
    expect(await state(campaigns[2]?.id ?? 0)).toBe('running')
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', {
      id: campaigns[0]?.id,
    })
    expect(items.rows.find((r) => r.name === 'Покупатель 1')).toMatchObject({
      state: 'failed',
      reason: 'portfolio_pacing_drop',
    })
    // Importing the same file again pauses nothing again.
    await callCore(core, 'campaigns.resume', { id: campaigns[1]?.id })
    await callCore(core, 'cloud.importEvents', {
      senderId: senders[0]?.id,
      base64: file(a.webhookEvents()),
    })
    expect(await state(campaigns[1]?.id ?? 0)).toBe('running')

    // Template pacing's drop (132015) is the number's own: its portfolio's other number goes on.
    await run(3 * minute)
    await callCore(core, 'cloud.importEvents', {
      senderId: senders[1]?.id,
      base64: file(b.webhookEvents()),
    })
    expect(await state(campaigns[1]?.id ?? 0)).toBe('template_pacing_drop')
    expect(await state(campaigns[2]?.id ?? 0)).toBe('running')
  })

  it('pauses the number’s campaigns on a dropped message learned by polling', async () => {
    const { core, server, campaignWith, run, sender } = await setUpCloudCore(tempDir(), servers)
    // The message history's failed event for a dropped held message (template pacing: 132015),
    // with the code where a history answer carries one (errors[], as the status webhook).
    server.setHistoryErrors(true)
    server.setFate('+79161111111', { async: { failed: 132015 } })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(90_000)
    await callCore(core, 'cloud.refreshStatuses', { senderId: sender.id })
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.pauseReason).toMatchObject({ reason: 'template_pacing_drop', code: 132015 })
  })

  it('reads a held message that polling finds failed, with no code as Meta’s history gives, as dropped by pacing', async () => {
    const { core, server, campaignWith, run, sender } = await setUpCloudCore(tempDir(), servers)
    // Message history events carry delivery_status and timestamp, no error code (Meta's OpenAPI,
    // getMessageHistory); the held answer is the portfolio-pacing page's.
    server.holdTemplatesAfter(0)
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(90_000)
    expect(server.sent).toHaveLength(1)
    server.holdTemplatesAfter(null)
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    server.settleHeld({ drop: 135000 })
    await callCore(core, 'cloud.refreshStatuses', { senderId: sender.id })
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason).toMatchObject({ reason: 'portfolio_pacing_drop', code: null })
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    expect(items.rows.find((r) => r.state === 'failed')).toMatchObject({
      reason: 'portfolio_pacing_drop',
    })
  })

  it('never retries a pair-rate-limited person sooner than Meta’s 6 seconds', () => {
    expect(pairRetryMs(0)).toBe(pairPaceMs)
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 100 }), (attempt) => {
        expect(pairRetryMs(attempt)).toBeGreaterThanOrEqual(6_000)
        expect(pairRetryMs(attempt + 1)).toBeGreaterThanOrEqual(pairRetryMs(attempt))
      }),
    )
  })

  it('defers a 131056 person at least 6 s from the refused attempt, however often refused', async () => {
    const clock = new FakeClock(Date.UTC(2026, 11, 1, 8))
    const server = await startCloudApiTestServer({ now: () => clock.now() })
    servers.push(server)
    // Meta's error-codes page: 131056 "(Business Account, Consumer Account) pair rate limit hit".
    server.setFate('+79162222222', { sync: 131056 })
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), async (attempts) => {
        const settled: Settlement[] = []
        const channel = createCloudChannel({
          connections: {
            endpoint: () =>
              Promise.resolve({
                baseUrl: server.url,
                apiVersion: 'v24.0',
                phoneNumberId: server.phoneNumberId,
                wabaId: server.wabaId,
                token: server.token,
              }),
          } as unknown as CloudConnections,
          compose: {} as Composer,
          clock,
          settle: (_, settlement) => settled.push(settlement),
          attempts: () => attempts,
          check: (e164) => ({ eligible: true, e164 }),
        })
        const task = {
          campaignId: 1,
          itemId: 1,
          contactId: null,
          name: 'Борис',
          e164: '+79162222222',
          text: 'Привет',
          claimedAt: clock.now(),
        }
        channel.deliver(task, {} as Sender, { id: 1, template: null } as CampaignRow)
        await channel.idle()
        const [deferred] = settled
        expect(deferred).toMatchObject({ kind: 'defer', code: 131056 })
        if (deferred?.kind !== 'defer') return
        expect(deferred.until - clock.now()).toBeGreaterThanOrEqual(6_000)
        clock.advance(1_000)
      }),
      { numRuns: 15 },
    )
  })

  /**
   * Two numbers, checked with Meta, in the given portfolios, on the 50-a-day tier, each with a
   * list of forty people; both campaigns started.
   */
  async function startFortyEach(portfolios: readonly CloudTestPortfolio[]) {
    const set = await setUpPortfolioCore(tempDir(), servers, {
      portfolios,
      people: 80,
      lists: [range(0, 40), range(40, 80)],
      account: { messagingLimit: 'TIER_50' },
      check: true,
    })
    for (const index of [0, 1]) {
      await callCore(set.core, 'campaigns.start', { id: (await set.campaignOf(index)).id })
    }
    return set
  }

  it('shares the tier between the numbers of one portfolio, over simulated days', async () => {
    const shared = createTestPortfolio('3333333333')
    const { core, servers: own, senders, run } = await startFortyEach([shared, shared])
    const sender = await callCore<Sender[]>(core, 'senders.list', {})
    expect(sender.map((s) => s.cloud?.portfolioId)).toEqual(['3333333333', '3333333333'])
    await run(6 * hour, 30_000)
    const sent = own.flatMap((s) => s.sent)
    expect(sent).toHaveLength(50)
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: senders[0]?.id })
    expect(usage).toMatchObject({ tierPerDay: 50, tierUsed: 50 })
    await run(2 * day, 60_000)
    const all = own.flatMap((s) => s.sent)
    expect(all).toHaveLength(80)
    // Meta's own count (the servers share the portfolio's window) never went over.
    expect(all.some((m) => m.overTier)).toBe(false)
    expect(mostPeopleInADay(all)).toBeLessThanOrEqual(50)
  }, 60_000)

  it('budgets the portfolio by its latest reading, whichever number was checked last', async () => {
    const shared = createTestPortfolio('6666666666')
    const {
      core,
      servers: own,
      senders,
      run,
    } = await setUpPortfolioCore(tempDir(), servers, {
      portfolios: [shared, shared],
      people: 4,
      lists: [range(0, 2), range(2, 4)],
      account: { messagingLimit: 'TIER_2K' },
      check: true,
    })
    // A day later Meta lowers the portfolio's limit; only the second number is checked again.
    await run(day, hour)
    own[1]?.setAccount({ messagingLimit: 'TIER_250' })
    await callCore(core, 'cloud.check', { senderId: senders[1]?.id })
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: senders[0]?.id })
    expect(usage).toMatchObject({ tierPerDay: 250 })
  })

  it('keeps each portfolio’s tier to its own numbers', async () => {
    const { servers: own, run } = await startFortyEach([
      createTestPortfolio('4444444444'),
      createTestPortfolio('5555555555'),
    ])
    await run(3 * hour, 30_000)
    expect(own.map((s) => s.sent.length)).toEqual([40, 40])
    expect(own.flatMap((s) => s.sent).some((m) => m.overTier)).toBe(false)
  }, 60_000)

  it('lets the owner say two numbers share a portfolio, but not overrule Meta', async () => {
    const { core, senders } = await setUpPortfolioCore(tempDir(), servers, {
      portfolios: [createTestPortfolio('6666666666'), createTestPortfolio('7777777777')],
      people: 2,
      lists: [[0], [1]],
    })
    const [one, two] = senders
    if (!one || !two) throw new Error('two numbers')
    const chosen = await callCore<Sender>(core, 'cloud.setPortfolio', {
      senderId: two.id,
      withSenderId: one.id,
    })
    const list = await callCore<Sender[]>(core, 'senders.list', {})
    expect(chosen.cloud).toMatchObject({ portfolioSource: 'owner' })
    expect(list.map((s) => s.cloud?.portfolioId)).toEqual([
      chosen.cloud?.portfolioId,
      chosen.cloud?.portfolioId,
    ])
    // Checking the number with Meta replaces the owner's guess with Meta's answer…
    await callCore(core, 'cloud.check', { senderId: two.id })
    const checked = (await callCore<Sender[]>(core, 'senders.list', {}))[1]
    expect(checked?.cloud).toMatchObject({ portfolioId: '7777777777', portfolioSource: 'meta' })
    // … which the owner cannot overrule.
    await expect(
      callCore(core, 'cloud.setPortfolio', { senderId: two.id, withSenderId: one.id }),
    ).rejects.toMatchObject({ error: { code: 'wrong_state' } })
  })
})

/** The most distinct people reached in any rolling 24 hours (ending at a message). */
function mostPeopleInADay(sent: readonly SentMessage[]): number {
  return Math.max(
    0,
    ...sent.map(
      (m) => new Set(sent.filter((s) => s.at > m.at - day && s.at <= m.at).map((s) => s.waId)).size,
    ),
  )
}

describe('the portfolio’s tier, as the limits count it', () => {
  const unlimited = { perHour: Infinity, newChatsPerDay: Infinity, activeChats: Infinity }
  const attempts = fc.array(
    fc.record({
      number: fc.constantFrom(0, 1),
      person: fc.integer({ min: 0, max: 40 }),
      afterMinutes: fc.integer({ min: 1, max: 300 }),
    }),
    { maxLength: 250 },
  )

  /** Admits each attempt the limits allow; the tier counts `sharedTier` numbers together. */
  function admit(
    tries: readonly { number: number; person: number; afterMinutes: number }[],
    tier: number,
    sharedTier: boolean,
  ): LedgerSend[][] {
    const ledgers: LedgerSend[][] = [[], []]
    let at = Date.UTC(2026, 11, 1, 8)
    for (const attempt of tries) {
      at += attempt.afterMinutes * minute
      const own = ledgers[attempt.number] ?? []
      const portfolio = sharedTier ? [...(ledgers[0] ?? []), ...(ledgers[1] ?? [])] : own
      const e164 = `+7916${String(1_000_000 + attempt.person)}`
      const candidate = { e164, newChat: false }
      const verdict = limitVerdict(
        own,
        candidate,
        { ...unlimited, tierPerDay: tier },
        at,
        portfolio,
      )
      if (verdict.reason === null) own.push({ at, e164, newChat: false })
    }
    return ledgers
  }

  const peakOf = (sends: readonly LedgerSend[]) =>
    Math.max(
      0,
      ...sends.map(
        (s) =>
          new Set(sends.filter((o) => o.at > s.at - day && o.at <= s.at).map((o) => o.e164)).size,
      ),
    )

  it('never lets two numbers of one portfolio together pass the tier in any 24 hours', () => {
    fc.assert(
      fc.property(attempts, fc.integer({ min: 1, max: 25 }), (tries, tier) => {
        const [a = [], b = []] = admit(tries, tier, true)
        expect(peakOf([...a, ...b])).toBeLessThanOrEqual(tier)
      }),
    )
  })

  it('gives numbers of different portfolios a tier each', () => {
    fc.assert(
      fc.property(attempts, fc.integer({ min: 1, max: 25 }), (tries, tier) => {
        const [a = [], b = []] = admit(tries, tier, false)
        expect(peakOf(a)).toBeLessThanOrEqual(tier)
        expect(peakOf(b)).toBeLessThanOrEqual(tier)
      }),
    )
    // Forty people each, a tier of 25: together they reach 50 in a day, each within its own.
    const each = range(0, 80).map((i) => ({ number: i % 2, person: i, afterMinutes: 1 }))
    const [a = [], b = []] = admit(each, 25, false)
    expect(peakOf([...a, ...b])).toBe(50)
  })
})

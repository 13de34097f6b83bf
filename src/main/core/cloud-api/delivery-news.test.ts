import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { StatusRefreshOutcome, WebhookImportOutcome } from '../../../shared/cloud-api'
import type { OptOutPage } from '../../../shared/opt-outs'
import type { Sender } from '../../../shared/senders'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000
const file = (events: readonly object[]) =>
  Buffer.from(events.map((e) => JSON.stringify(e)).join('\n')).toString('base64')

describe('delivery news without webhooks', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  /** A finished campaign of four: Anna read it, Boris got it, Vera's failed, Galina stopped marketing. */
  async function sentCampaign(statusPollMs?: number) {
    const test = await setUpCloudCore(
      tempDir(),
      servers,
      statusPollMs === undefined ? {} : { statusPollMs },
    )
    const { core, server, campaignWith, run } = test
    server.setFate('+79161111111', { async: 'read' })
    server.setFate('+79163333333', { async: { failed: 131026 } })
    server.setFate('+79164444444', { async: { failed: 131050 } })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    const items = async () =>
      Object.fromEntries(
        (await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })).rows.map(
          (r) => [r.name, { state: r.state, reason: r.reason, delivery: r.delivery }],
        ),
      )
    return { ...test, campaign, items }
  }

  it('applies statuses, failures and stops from a relay’s file, and changes nothing the second time', async () => {
    const { core, server, sender, campaign, items } = await sentCampaign()
    server.inboundText('79162222222', 'СТОП')
    server.userPreference('79161111111', 'stop')
    server.buttonTap('79990001122', 'Stop promotions', server.sent[0]?.wamid ?? '')
    const lines = [...server.webhookEvents(), { hello: 'world' }]
    const base64 = Buffer.from(
      [...lines.map((e) => JSON.stringify(e)), 'not json at all'].join('\r\n'),
    ).toString('base64')
    const first = await callCore<WebhookImportOutcome>(core, 'cloud.importEvents', {
      senderId: sender.id,
      base64,
    })
    expect(first).toMatchObject({ failed: 2, optedOut: 4 })
    expect(first.problems).toEqual([
      { line: lines.length, problem: 'not_webhook' },
      { line: lines.length + 1, problem: 'not_json' },
    ])
    expect(await items()).toEqual({
      'Анна Петрова': { state: 'sent', reason: null, delivery: 'read' },
      'Борис Смирнов': { state: 'sent', reason: null, delivery: 'delivered' },
      'Вера Кузнецова': { state: 'failed', reason: 'undeliverable', delivery: 'failed' },
      'Галина Орлова': { state: 'failed', reason: 'marketing_stopped', delivery: 'failed' },
    })
    const counts = (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).counts
    expect(counts).toMatchObject({ sent: 2, failed: 2, delivered: 2, read: 1 })
    const optOuts = await callCore<OptOutPage>(core, 'optOuts.query', {})
    expect(Object.fromEntries(optOuts.rows.map((r) => [r.e164, r.source]))).toEqual({
      '+79161111111': 'marketing_stopped',
      '+79162222222': 'reply_keyword',
      '+79164444444': 'marketing_stopped',
      '+79990001122': 'opt_out_button',
    })
    const again = await callCore<WebhookImportOutcome>(core, 'cloud.importEvents', {
      senderId: sender.id,
      base64,
    })
    expect(again).toMatchObject({ statuses: 0, failed: 0, optedOut: 0 })
    expect(await items()).toEqual(await items())
  })

  it('ends in the same place whatever order the events arrive in (property)', async () => {
    const { core, server, sender, items } = await sentCampaign()
    const events = server.webhookEvents()
    await callCore(core, 'cloud.importEvents', { senderId: sender.id, base64: file(events) })
    const baseline = await items()
    const indexes = events.map((_, i) => i)
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(indexes, { minLength: indexes.length }),
        fc.integer({ min: 0, max: indexes.length - 1 }),
        async (order, repeated) => {
          // Each run sends through a new server (new message ids): the same events, reordered,
          // one of them twice, as a relay retrying would deliver them.
          const fresh = await sentCampaign()
          const own = fresh.server.webhookEvents()
          const shuffled = [...order, repeated].map((i) => own[i] ?? {})
          await callCore(fresh.core, 'cloud.importEvents', {
            senderId: fresh.sender.id,
            base64: file(shuffled),
          })
          expect(await fresh.items()).toEqual(baseline)
        },
      ),
      { numRuns: 5, seed: 20261201 },
    )
  })

  it('asks the message history where the account answers it, and stops quietly where not', async () => {
    const { core, server, sender, items } = await sentCampaign()
    const refreshed = await callCore<StatusRefreshOutcome>(core, 'cloud.refreshStatuses', {
      senderId: sender.id,
    })
    expect(refreshed).toMatchObject({ checked: 4, historyAvailable: true })
    expect((await items())['Анна Петрова']?.delivery).toBe('read')
    expect((await items())['Вера Кузнецова']).toMatchObject({ state: 'failed', delivery: 'failed' })
    expect((await items())['Галина Орлова']).toMatchObject({ state: 'failed', delivery: 'failed' })

    server.setHistoryAvailable(false)
    const off = await callCore<StatusRefreshOutcome>(core, 'cloud.refreshStatuses', {
      senderId: sender.id,
    })
    expect(off).toEqual({
      checked: 0,
      updated: 0,
      historyAvailable: false,
      unknown: 0,
      paused: null,
    })
    const again = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
    expect(again?.cloud?.historyAvailable).toBe(false)
  })

  it('fetches the statuses on its own every few minutes, and stops asking an account that does not answer', async () => {
    const { server, items, run, core, sender } = await sentCampaign(15 * minute)
    // The campaign took 30 minutes: the poller has asked already (its requests finish on their own).
    await vi.waitFor(async () => {
      expect((await items())['Анна Петрова']?.delivery).toBe('read')
    })
    const asked = () => server.requests.filter((r) => r.path.endsWith('/message_history')).length
    expect(asked()).toBeGreaterThan(0)
    server.setHistoryAvailable(false)
    await run(16 * minute)
    await vi.waitFor(async () => {
      const now = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
      expect(now?.cloud?.historyAvailable).toBe(false)
    })
    const afterRefusal = asked()
    await run(60 * minute)
    expect(asked()).toBe(afterRefusal)
    const again = (await callCore<Sender[]>(core, 'senders.list', {})).find(
      (s) => s.id === sender.id,
    )
    expect(again?.cloud?.historyAvailable).toBe(false)
  })

  it('keeps asking after a refused token: that is a token to renew, not an account without history', async () => {
    const { core, server, sender } = await sentCampaign()
    await callCore(core, 'cloud.connect', {
      senderId: sender.id,
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: server.url,
      token: 'EAAG-a-token-Meta-does-not-know-0123',
    })
    await expect(
      callCore(core, 'cloud.refreshStatuses', { senderId: sender.id }),
    ).rejects.toMatchObject({ error: { code: 'cloud_api', details: { metaCode: 190 } } })
    const after = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
    expect(after?.cloud).toMatchObject({ tokenRejected: true, historyAvailable: null })
  })
})

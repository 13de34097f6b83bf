import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BlockReport } from '../../../shared/blocks'
import type { Campaign, CampaignDetail, CampaignItemsPage } from '../../../shared/campaigns'
import type { Sender } from '../../../shared/senders'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000

describe('the Cloud API channel', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })
  const setup = () => setUpCloudCore(tempDir(), servers)

  it('sends the template to each person in +E.164 with their name, and records Meta’s ids', async () => {
    const { core, server, campaignWith, run } = await setup()
    const campaign = await campaignWith('spring_sale', {
      'body:1': { kind: 'field', field: 'first_name', fallback: 'друг' },
      'body:2': { kind: 'fixed', value: '20%' },
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    expect(server.sent.map((m) => m.to)).toEqual([
      '+79161111111',
      '+79162222222',
      '+79163333333',
      '+79164444444',
    ])
    const first = server.sent[0]?.body as {
      template: { components: { parameters: { text: string }[] }[] }
      biz_opaque_callback_data: string
    }
    expect(first.template.components[0]?.parameters.map((p) => p.text)).toEqual(['Анна', '20%'])
    expect(first.biz_opaque_callback_data).toMatch(/^rupor:\d+:\d+$/)
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('finished')
    expect(detail.counts.sent).toBe(4)
    // The gaps of the scheduler hold on this channel too: never closer than 30 seconds.
    const times = server.sent.map((m) => m.at)
    for (let i = 1; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(30_000)
    }
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    expect(items.rows.every((r) => r.delivery === 'accepted')).toBe(true)
  })

  it('skips an undeliverable person, defers a rate-limited one, and stops everything on 368', async () => {
    const { core, server, campaignWith, run } = await setup()
    server.setFate('+79161111111', { sync: 131026 })
    server.setFate('+79162222222', { sync: 131056, times: 1 })
    // Anna refused, Boris refused once (2 attempts); the next send after those is blocked.
    server.failAllAfter(3, 368)
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(60 * minute)
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    const byName = Object.fromEntries(items.rows.map((r) => [r.name, r]))
    expect(byName['Анна Петрова']).toMatchObject({ state: 'failed', reason: 'undeliverable' })
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason).toMatchObject({ reason: 'sender_blocked', code: 368 })
    // Boris was deferred once (pair rate limit), then accepted: the campaign went on meanwhile.
    expect(byName['Борис Смирнов']).toMatchObject({ state: 'sent' })
    expect(byName['Вера Кузнецова']).toMatchObject({ state: 'planned' })
    // Exactly what was accepted before the block went out, and not one request after the 368.
    const attempts = server.requests.filter((r) => r.method === 'POST')
    const blockAt = attempts.findIndex((r) => r.status === 403)
    expect(blockAt).toBeGreaterThan(-1)
    expect(attempts.slice(blockAt + 1)).toEqual([])
    expect(server.sent.map((m) => m.to)).toEqual(['+79162222222'])
    await run(24 * 60 * minute, 60_000)
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(attempts.length)
  })

  it('blocks the sender and refuses to start anything until the owner lifts it', async () => {
    const { core, server, campaignWith, run, sender, clock } = await setup()
    server.failAllAfter(0, 131031)
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(10 * minute)
    const blockedSender = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
    expect(blockedSender?.block).toMatchObject({ reason: 'account_locked', code: 131031 })
    // Meta's block is in the ban centre's history too, once, however often Meta repeats it.
    const report = () => callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id })
    expect((await report()).history.map((r) => [r.block.reason, r.endedAt])).toEqual([
      ['account_locked', null],
    ])
    const next = await campaignWith('spring_sale')
    await expect(callCore(core, 'campaigns.start', { id: next.id })).rejects.toMatchObject({
      error: { code: 'sender_blocked' },
    })
    await expect(callCore(core, 'campaigns.resume', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'sender_blocked' },
    })
    await callCore(core, 'senders.liftBlock', { id: sender.id })
    expect((await report()).history.map((r) => r.liftedAt)).toEqual([clock.now()])
    server.failAllAfter(1000, 131031)
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    await run(30 * minute)
    expect(server.sent).toHaveLength(4)
  })

  it('retries the same message after a throughput error, and sends it once', async () => {
    const { core, server, campaignWith, run } = await setup()
    server.setFate('+79161111111', { sync: 130429, times: 2 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute, 1_000)
    const toAnna = server.requests.filter(
      (r) => r.method === 'POST' && (r.body as { to: string }).to === '+79161111111',
    )
    expect(toAnna.map((r) => r.status)).toEqual([400, 400, 200])
    expect(server.sent.filter((m) => m.to === '+79161111111')).toHaveLength(1)
    const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.counts.sent).toBe(4)
  })

  it('asks for a new token on 190 and pauses every campaign of the number', async () => {
    const { core, server, campaignWith, run } = await setup()
    server.failAllAfter(0, 190)
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(5 * minute)
    const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.pauseReason).toMatchObject({ reason: 'token_invalid', code: 190 })
    const sender = (await callCore<Sender[]>(core, 'senders.list', {}))[0]
    expect(sender?.cloud?.tokenRejected).toBe(true)
    await expect(callCore(core, 'campaigns.resume', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'needs_token' },
    })
  })

  it('pauses on a code it does not know, keeping Meta’s own words', async () => {
    const { core, server, campaignWith, run } = await setup()
    server.failAllAfter(0, 132007)
    server.setFate('+79161111111', { sync: 999_999 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(5 * minute)
    const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('paused')
    expect(detail.pauseReason?.reason).toMatch(/unknown|template_format/)
    expect(detail.pauseReason?.message).toMatch(/^\(#\d+\)/)
    expect(detail.counts.planned).toBe(4)
  })

  it('refuses to start with a paused template, saying which and why', async () => {
    const { core, server, campaignWith } = await setup()
    const campaign = await campaignWith('spring_sale')
    server.setTemplateStatus('spring_sale', 'ru', 'PAUSED')
    await expect(callCore(core, 'campaigns.start', { id: campaign.id })).rejects.toMatchObject({
      error: {
        code: 'template_unavailable',
        details: { name: 'spring_sale', language: 'ru', status: 'PAUSED' },
      },
    })
    expect(server.requests.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('never lets the token out of the core: not in the database, answers, errors or exports', async () => {
    const { core, server, campaignWith, run, dir } = await (async () => {
      const d = tempDir()
      return { ...(await setUpCloudCore(d, servers)), dir: d }
    })()
    const seen: string[] = []
    core.events.subscribe((m) => seen.push(JSON.stringify(m)))
    server.setFate('+79163333333', { sync: 999_999 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'cloud.check', {
      senderId: (await callCore<Sender[]>(core, 'senders.list', {}))[0]?.id,
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(60 * minute)
    const answers = await Promise.all([
      callCore(core, 'senders.list', {}),
      callCore(core, 'campaigns.list', {}),
      callCore(core, 'campaigns.items', { id: campaign.id }),
      callCore(core, 'contacts.exportCsv', { format: 'csv' }).catch((e: unknown) => e),
      callCore(core, 'optOuts.exportCsv', { language: 'ru' }),
    ])
    for (const text of [...seen, ...answers.map((a) => JSON.stringify(a))]) {
      expect(text).not.toContain(server.token)
    }
    const database = readFileSync(join(dir, 'data', 'rupor.db'))
    expect(database.includes(Buffer.from(server.token))).toBe(false)
  })

  it('forgets the token when the number is deleted', async () => {
    const dir = tempDir()
    const { core, sender } = await setUpCloudCore(dir, servers)
    const keys = () =>
      Object.keys(JSON.parse(readFileSync(join(dir, 'data', 'secrets.json'), 'utf8')) as object)
    expect(keys()).toEqual([`cloud-api-token:${String(sender.id)}`])
    await callCore(core, 'senders.delete', { id: sender.id })
    expect(keys()).toEqual([])
  })
})

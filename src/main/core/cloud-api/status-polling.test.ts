// Status polling that survives Meta's errors and stays inside its hourly allowance. The answers
// are those of Meta's v23 OpenAPI for getMessageHistory (../shared/reference/, 403 code 200,
// 422 code 100, 429 code 4) and the 200 calls an hour per account of the management API
// (https://developers.facebook.com/documentation/business-messaging/whatsapp/about-the-platform).
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CampaignItemsPage } from '../../../shared/campaigns'
import type { StatusRefreshOutcome } from '../../../shared/cloud-api'
import type { OptOutPage } from '../../../shared/opt-outs'
import type { Sender } from '../../../shared/senders'
import type { CloudApiTestServer, RecordedRequest } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { CloudApiError } from './cloud-client'
import { historyRefusal } from './cloud-service'
import { firstBackoffMs } from './poll-backoff'
import { useCloudTestResources } from '../test-support/cloud-test-resources'

const minute = 60_000
const galina = '+79164444444'

describe('status polling as Meta answers it', () => {
  const tempDir = useTempDir()
  const { servers, closers } = useCloudTestResources()

  /** Anna reads it, Boris gets it, Vera's fails (131026), Galina stopped marketing (131050). */
  async function sentCampaign(statusPollMs?: number) {
    const dir = tempDir()
    const test = await setUpCloudCore(
      dir,
      servers,
      statusPollMs === undefined ? {} : { statusPollMs },
    )
    const { core, server, campaignWith, run, sender } = test
    server.setFate('+79161111111', { async: 'read' })
    server.setFate('+79163333333', { async: { failed: 131026 } })
    server.setFate(galina, { async: { failed: 131050 } })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    const items = async () =>
      Object.fromEntries(
        (await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })).rows.map(
          (r) => [r.name, { state: r.state, reason: r.reason, delivery: r.delivery }],
        ),
      )
    const refresh = () =>
      callCore<StatusRefreshOutcome>(core, 'cloud.refreshStatuses', { senderId: sender.id })
    const cloudOf = async (id = sender.id) =>
      (await callCore<Sender[]>(core, 'senders.list', {})).find((s) => s.id === id)?.cloud
    const optedOut = async () =>
      (await callCore<OptOutPage>(core, 'optOuts.query', {})).rows.map((r) => r.e164)
    const database = () => {
      const db = new Database(join(dir, 'data', 'rupor.db'))
      closers.push(() => db.close())
      return db
    }
    return { ...test, items, refresh, cloudOf, optedOut, database }
  }
  const historyAsks = (server: CloudApiTestServer, wamid?: string) =>
    server.requests.filter(
      (r: RecordedRequest) =>
        r.path.endsWith('/message_history') &&
        (wamid === undefined || r.query.message_id === wamid),
    ).length

  it('opts out a person whose 131050 the history reports in errors[]', async () => {
    const { server, items, refresh, optedOut } = await sentCampaign()
    server.setHistoryErrors(true)
    expect(await refresh()).toMatchObject({ checked: 4, historyAvailable: true, paused: null })
    expect((await items())['Галина Орлова']).toEqual({
      state: 'failed',
      reason: 'marketing_stopped',
      delivery: 'failed',
    })
    expect(await optedOut()).toEqual([galina])
  })

  it('keeps a failure without a code as unknown, never reading digits in error_description', async () => {
    const { server, items, refresh, optedOut } = await sentCampaign()
    // Every event then says "Webhook endpoint returned HTTP 500" (Meta's OpenAPI example).
    server.setWebhookDeliveryFailing(true)
    await refresh()
    const after = await items()
    expect(after['Вера Кузнецова']).toEqual({
      state: 'failed',
      reason: 'unknown',
      delivery: 'failed',
    })
    expect(after['Галина Орлова']).toEqual({
      state: 'failed',
      reason: 'unknown',
      delivery: 'failed',
    })
    expect(await optedOut()).toEqual([])
  })

  it('skips only the message Meta’s history does not know (422), and stops asking after three misses', async () => {
    const { server, items, refresh, cloudOf } = await sentCampaign()
    const anna = server.sent.find((m) => m.to.endsWith('9161111111'))?.wamid ?? ''
    const boris = server.sent.find((m) => m.to.endsWith('9162222222'))?.wamid ?? ''
    server.forgetHistory(anna)
    server.forgetHistory(boris)
    expect(await refresh()).toMatchObject({ checked: 4, unknown: 2, paused: null })
    // The others' news came in; polling is still on.
    expect((await items())['Вера Кузнецова']?.delivery).toBe('failed')
    expect((await cloudOf())?.historyAvailable).toBe(true)
    await refresh()
    await refresh()
    await refresh()
    expect(historyAsks(server, anna)).toBe(3)
    expect((await items())['Анна Петрова']?.delivery).not.toBe('read')
  })

  it('waits after a 429 (code 4), longer each time, says until when, and never switches polling off', async () => {
    const { server, clock, refresh, cloudOf, items } = await sentCampaign()
    // Someone else's calls used the account's hour at Meta: the next read answers 429.
    server.setManagementCallsPerHour(server.managementCallsInHour())
    const first = await refresh()
    expect(first).toMatchObject({
      historyAvailable: true,
      paused: { reason: 'backing_off', metaCode: 4 },
    })
    const until = first.paused?.until ?? 0
    expect(until).toBeGreaterThanOrEqual(clock.now() + firstBackoffMs)
    expect((await cloudOf())?.historyAvailable).not.toBe(false)
    expect((await cloudOf())?.polling).toMatchObject({ reason: 'backing_off', until })
    // While it waits, a refresh asks nothing and says the same moment.
    const asked = historyAsks(server)
    expect((await refresh()).paused?.until).toBe(until)
    expect(historyAsks(server)).toBe(asked)
    // Refused again at the end of the wait: it waits longer.
    clock.advance(until - clock.now())
    const second = await refresh()
    expect((second.paused?.until ?? 0) - clock.now()).toBeGreaterThanOrEqual(2 * firstBackoffMs)
    // Meta lets calls again: after the wait, news comes and the wait is gone.
    server.setManagementCallsPerHour(200)
    clock.advance((second.paused?.until ?? 0) - clock.now())
    const resumed = await refresh()
    expect(resumed).toMatchObject({ historyAvailable: true, paused: null })
    expect(resumed.checked).toBeGreaterThan(0)
    expect((await items())['Анна Петрова']?.delivery).toBe('read')
    expect((await cloudOf())?.polling).toBeNull()
  })

  it('stops for good only on Meta’s 403, code 200', async () => {
    const { server, refresh, cloudOf } = await sentCampaign()
    server.setHistoryAvailable(false)
    expect(await refresh()).toMatchObject({ historyAvailable: false, checked: 0 })
    expect((await cloudOf())?.historyAvailable).toBe(false)
  })

  it('keeps two numbers of one account inside 200 requests in any rolling hour, whatever the owner clicks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            afterMinutes: fc.integer({ min: 1, max: 40 }),
            click: fc.constantFrom('refresh_first', 'refresh_second', 'templates', 'check'),
          }),
          { minLength: 4, maxLength: 12 },
        ),
        async (clicks) => {
          const { core, server, clock, sender, database } = await sentCampaign(15 * minute)
          // A second number of the same WhatsApp Business account (same test server, same waba).
          const second = await callCore<Sender>(core, 'senders.save', {
            label: 'Второй',
            channel: 'cloud_api',
            phone: '+7 999 000-00-01',
            startedOn: '2025-01-01',
            timeZone: 'Europe/Moscow',
          })
          await callCore(core, 'cloud.connect', {
            senderId: second.id,
            phoneNumberId: server.phoneNumberId,
            wabaId: server.wabaId,
            baseUrl: server.url,
            token: server.token,
          })
          // Busy numbers: 300 recent messages each that Meta's history does not know.
          const db = database()
          const insert = db.prepare(
            `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state, wamid, channel)
             VALUES (?, ?, ?, 0, 'sent', ?, 'cloud_api')`,
          )
          db.transaction(() => {
            for (const id of [sender.id, second.id]) {
              for (let i = 0; i < 300; i++) {
                insert.run(
                  id,
                  `+7916200${String(i).padStart(4, '0')}`,
                  clock.now() - i * minute,
                  `wamid.busy-${String(id)}-${String(i)}`,
                )
              }
            }
          })()
          /** Lets the poller's requests (real sockets) finish before time moves on. */
          const settle = async () => {
            let seen = -1
            while (seen !== server.requests.length) {
              seen = server.requests.length
              await new Promise((resolve) => setTimeout(resolve, 30))
            }
          }
          for (const { afterMinutes, click } of clicks) {
            for (let m = 0; m < afterMinutes; m++) {
              clock.advance(minute)
              await settle()
            }
            const senderId = click === 'refresh_second' ? second.id : sender.id
            const call =
              click === 'templates'
                ? 'cloud.templates'
                : click === 'check'
                  ? 'cloud.check'
                  : 'cloud.refreshStatuses'
            // The owner's click may be refused (cloud_budget): that is the point.
            await callCore(core, call, { senderId }).catch(() => undefined)
            await settle()
          }
          // The server counts every read in a rolling hour and answers 429 past 200: it never had
          // to, so no hour held more than 200 of the two numbers' requests together.
          const reads = server.requests.filter((r) => r.method === 'GET')
          expect(reads.filter((r) => r.status === 429)).toEqual([])
          // And the numbers were busy enough to need the budget.
          expect(reads.length).toBeGreaterThan(200)
        },
      ),
      { numRuns: 2, seed: 20261201 },
    )
  }, 120_000)
})

describe('what a refused message-history request means', () => {
  const refused = (httpStatus: number, code: number, subcode: number | null = null) =>
    historyRefusal(new CloudApiError(httpStatus, code, 'refused', '', 'trace', null, subcode))

  it('skips one message only on Meta’s documented answers about that message', () => {
    // getMessageHistory (Meta's v23 OpenAPI): 422/100 "The requested message_id was not found in
    // the message history"; 400/100 "Invalid parameter: message_id format is invalid".
    expect(refused(422, 100).kind).toBe('unknown_message')
    expect(refused(400, 100).kind).toBe('unknown_message')
    // A code 100 with a subcode is about the request ("Unsupported get request", 33): wait.
    expect(refused(400, 100, 33).kind).toBe('transient')
    expect(refused(403, 200, 1349174).kind).toBe('unavailable')
    expect(refused(429, 4, 2446079).kind).toBe('transient')
    expect(refused(401, 190, 463).kind).toBe('new_token')
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000
const anna = '+79161111111'

describe('Cloud API retries and the opt-out list', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  const postsTo = (server: CloudApiTestServer, e164: string) =>
    server.requests.filter(
      (r) => r.method === 'POST' && (r.body as { to?: string } | undefined)?.to === e164,
    )

  /** A campaign whose first message (to Anna) was refused with a retry error, in its back-off. */
  async function inBackOff(via: 'number' | 'consent') {
    const test = await setUpCloudCore(tempDir(), servers)
    const { core, server, clock, campaignWith } = test
    // A throughput error: retried after 2 s, 4 s, 8 s… — unless Anna opts out meanwhile.
    server.setFate(anna, { sync: 130429, times: 3 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    for (let guard = 0; guard < 600 && postsTo(server, anna).length === 0; guard++) {
      clock.advance(1_000)
      await core.cloud.idle()
    }
    expect(postsTo(server, anna).map((r) => r.status)).toEqual([400])
    if (via === 'number') {
      await callCore(core, 'optOuts.addNumbers', { text: '8 916 111-11-11', note: '' })
    } else {
      const contacts = await callCore<{ rows: { id: number; primaryPhone: string | null }[] }>(
        core,
        'contacts.query',
        {},
      )
      const id = contacts.rows.find((r) => r.primaryPhone === anna)?.id
      await callCore(core, 'contacts.update', { id, consent: 'withdrawn' })
    }
    return { ...test, campaign }
  }

  it.each(['number', 'consent'] as const)(
    'asks the opt-out list again before the retry: no second request once Anna opts out (%s)',
    async (via) => {
      const { core, server, campaign, run } = await inBackOff(via)
      await run(30 * minute, 1_000)
      // Not one more request to Anna; she is skipped with the reason, never counted as sent.
      expect(postsTo(server, anna).map((r) => r.status)).toEqual([400])
      expect(server.sent.map((m) => m.to)).not.toContain(anna)
      const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
      expect(items.rows.find((r) => r.e164 === anna)).toMatchObject({
        state: 'skipped',
        reason: via === 'number' ? 'opted_out' : 'consent_withdrawn',
      })
      // The others go on as usual.
      const detail = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
      expect(detail.counts).toMatchObject({ sent: 3, skipped: 1 })
    },
  )

  it('retries as before while the person may still be messaged', async () => {
    const { core, server, campaignWith, run } = await setUpCloudCore(tempDir(), servers)
    server.setFate(anna, { sync: 130429, times: 2 })
    const campaign = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute, 1_000)
    expect(postsTo(server, anna).map((r) => r.status)).toEqual([400, 400, 200])
  })
})

// A Cloud API core whose campaign has gone to all four people of the book (every send accepted):
// the starting point of the tests of what comes back after it (replies, statuses, opt-outs).
import type { OptOutPage } from '../../../shared/opt-outs'
import type { CloudApiTestServer } from './cloud-api-server'
import { setUpCloudCore } from './cloud-core'
import { callCore } from './import-file'

const minute = 60_000

export async function setUpSentCampaign(dir: string, servers: CloudApiTestServer[]) {
  const test = await setUpCloudCore(dir, servers)
  const { core, server, campaignWith, run } = test
  const campaign = await campaignWith('spring_sale')
  await callCore(core, 'campaigns.start', { id: campaign.id })
  await run(30 * minute)

  /** Meta's id of the message sent to `digits` (the number without its plus). */
  const wamidTo = (digits: string) => {
    const sent = server.sent.find((m) => m.to.replace(/\D/g, '') === digits)
    if (!sent) throw new Error(`nothing sent to ${digits}`)
    return sent.wamid
  }

  /** The opt-out list by number: where each came from and its note. */
  const optOuts = async () =>
    Object.fromEntries(
      (await callCore<OptOutPage>(core, 'optOuts.query', {})).rows.map((r) => [
        r.e164,
        { source: r.source, note: r.note },
      ]),
    )

  return { ...test, campaign, wamidTo, optOuts }
}

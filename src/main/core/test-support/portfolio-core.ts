// A real core with several Cloud API numbers, each connected to its own local test server, the
// servers sharing business portfolios as given: the starting point of the portfolio's tests.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { seededRandom } from '../scheduler/pacing'
import { FakeClock } from '../time/fake-clock'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
  type CloudTestAccount,
} from './cloud-api-server'
import type { CloudTestPortfolio } from './cloud-api-server/portfolio'
import { numberedBook, runner, tuesdayMorning } from './cloud-core'
import { connectCloudNumber, fastLimits, saveTemplateCampaign, type AppCall } from './cloud-number'
import { callCore, importFile } from './import-file'
import { createTestCore } from './test-core'

export async function setUpPortfolioCore(
  dir: string,
  servers: CloudApiTestServer[],
  options: {
    /** One number per entry: the portfolio its server belongs to. */
    portfolios: readonly CloudTestPortfolio[]
    /** People in the book; number i's list holds `lists[i]` (contact positions). */
    people: number
    lists: readonly (readonly number[])[]
    account?: Partial<CloudTestAccount>
    /** Ask Meta ("check connection") for each number, which records its portfolio. */
    check?: boolean
    seed?: number
  },
) {
  const clock = new FakeClock(tuesdayMorning)
  const own: CloudApiTestServer[] = []
  for (const portfolio of options.portfolios) {
    const server = await startCloudApiTestServer({
      now: () => clock.now(),
      portfolio,
      ...(options.account ? { account: options.account } : {}),
    })
    servers.push(server)
    own.push(server)
  }
  const test = createTestCore(
    join(dir, 'data'),
    clock,
    seededRandom(options.seed ?? 7),
    null,
    undefined,
    own.map((s) => s.url),
  )
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), numberedBook(options.people))
  await importFile(core, join(dir, 'book.csv'))
  const rows = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows
  const byName = new Map(rows.map((r) => [r.name, r.id]))
  const idOf = (i: number) => byName.get(`Покупатель ${String(i)}`) ?? 0
  const senders: Sender[] = []
  const lists: ListDetail[] = []
  const call: AppCall = (name, input) => callCore(core, name, input)
  for (const [index, server] of own.entries()) {
    const sender = await connectCloudNumber(call, server, {
      label: `Магазин ${String(index + 1)}`,
      phone: `+7 999 000-00-0${String(index)}`,
      startedOn: '2025-01-01',
      limits: fastLimits,
    })
    if (options.check === true) await callCore(core, 'cloud.check', { senderId: sender.id })
    senders.push(sender)
    lists.push(
      await callCore<ListDetail>(core, 'lists.create', {
        name: `Список ${String(index + 1)}`,
        contactIds: (options.lists[index] ?? []).map(idOf),
      }),
    )
  }

  /** A campaign of number `index` to its list, with the server's `spring_sale` template. */
  async function campaignOf(index: number): Promise<Campaign> {
    const sender = senders[index]
    const list = lists[index]
    if (!sender || !list) throw new Error(`no number ${String(index)}`)
    return saveTemplateCampaign(call, {
      name: `Весна ${String(index + 1)}`,
      senderId: sender.id,
      listIds: [list.id],
      templateName: 'spring_sale',
    })
  }

  return { ...test, clock, servers: own, senders, lists, campaignOf, run: runner(clock, core) }
}

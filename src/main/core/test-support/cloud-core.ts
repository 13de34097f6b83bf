// A real core with a Cloud API sender connected to the local Cloud API test server, a book of
// contacts and a list: the starting point of the channel's tests.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import type { Campaign } from '../../../shared/campaigns'
import type { TemplateParam } from '../../../shared/cloud-api'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Core } from '../create-core'
import { seededRandom } from '../scheduler/pacing'
import { FakeClock } from '../time/fake-clock'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
  type CloudTestAccount,
} from './cloud-api-server'
import { connectCloudNumber, fastLimits, saveTemplateCampaign, type AppCall } from './cloud-number'
import { callCore, importFile } from './import-file'
import { createTestCore } from './test-core'

/** Tuesday 1 December 2026, 11:00 in Moscow: inside the default sending window. */
export const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', {
  zone: 'Europe/Moscow',
}).toMillis()

export const cloudBook = [
  'Name,Phone,Consent',
  'Анна Петрова,+7 916 111-11-11,да',
  'Борис Смирнов,+7 916 222-22-22,да',
  'Вера Кузнецова,+7 916 333-33-33,да',
  'Галина Орлова,+7 916 444-44-44,да',
].join('\n')

/** The number of the i-th person of a numbered book. */
export const numberedPhone = (i: number): string => `+7916100${String(i).padStart(4, '0')}`

/** A book of `people` customers with consent, «Покупатель 0» on, numbered by numberedPhone. */
export const numberedBook = (people: number): string =>
  [
    'Name,Phone,Consent',
    ...Array.from({ length: people }, (_, i) => `Покупатель ${String(i)},${numberedPhone(i)},да`),
  ].join('\n')

export async function setUpCloudCore(
  dir: string,
  servers: CloudApiTestServer[],
  options: {
    book?: string
    account?: Partial<CloudTestAccount>
    seed?: number
    /** Short gaps reach the hour and tier limits within a simulated afternoon. */
    fast?: boolean
    /** Fetch delivery statuses on its own this often (off by default). */
    statusPollMs?: number
  } = {},
) {
  const clock = new FakeClock(tuesdayMorning)
  const server = await startCloudApiTestServer({
    now: () => clock.now(),
    ...(options.account ? { account: options.account } : {}),
  })
  servers.push(server)
  const test = createTestCore(
    join(dir, 'data'),
    clock,
    seededRandom(options.seed ?? 7),
    options.statusPollMs ?? null,
    undefined,
    [server.url],
  )
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), options.book ?? cloudBook)
  await importFile(core, join(dir, 'book.csv'))
  const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
  const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
  const call: AppCall = (name, input) => callCore(core, name, input)
  const sender = await connectCloudNumber(call, server, {
    label: 'Магазин',
    phone: '+7 999 000-00-00',
    startedOn: '2025-01-01',
    ...(options.fast ? { limits: fastLimits } : {}),
  })

  /** A campaign of the list with a template of the server, mapped as given (default: first name). */
  function campaignWith(name: string, params?: Record<string, TemplateParam>): Promise<Campaign> {
    return saveTemplateCampaign(call, {
      name: 'Весна',
      senderId: sender.id,
      listIds: [list.id],
      templateName: name,
      ...(params ? { params } : {}),
    })
  }

  return { ...test, clock, server, sender, list, campaignWith, run: runner(clock, core) }
}

/** Moves the fake clock in steps, letting each request reach its server and be settled. */
export function runner(clock: FakeClock, core: Core) {
  return async function run(ms: number, step = 5_000): Promise<void> {
    for (let passed = 0; passed < ms; passed += step) {
      clock.advance(step)
      await core.cloud.idle()
    }
  }
}

import { writeFileSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type {
  AssistedTask,
  Campaign,
  CampaignDetail,
  CampaignItemsPage,
} from '../../../shared/campaigns'
import type { CampaignResults, SenderTotals } from '../../../shared/campaign-results'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender, SenderUsage } from '../../../shared/senders'
import type { Core } from '../create-core'
import { seededRandom } from '../scheduler/pacing'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore, tuesdayMorning } from '../test-support/cloud-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+7 916 111-11-11,да',
  'Борис Смирнов,+7 916 222-22-22,да',
  'Вера Кузнецова,+7 916 333-33-33,да',
].join('\n')
const anna = '+79161111111'
const minute = 60_000

const detail = (core: Core, id: number) => callCore<CampaignDetail>(core, 'campaigns.get', { id })
const itemsOf = async (core: Core, id: number) =>
  Object.fromEntries(
    (await callCore<CampaignItemsPage>(core, 'campaigns.items', { id })).rows.map((r) => [
      r.name,
      { state: r.state, reason: r.reason },
    ]),
  )

/** An assisted sender with a campaign to everyone, on a core `test` already holds. */
async function assistedCampaign(core: Core, phone = '8 903 000-00-00') {
  const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
  const list = await callCore<ListDetail>(core, 'lists.create', {
    name: `Все ${phone}`,
    contactIds: ids,
  })
  const sender = await callCore<Sender>(core, 'senders.save', {
    label: `Магазин ${phone}`,
    phone,
    startedOn: '2025-01-01',
    timeZone: 'Europe/Moscow',
  })
  const campaign = await callCore<Campaign>(core, 'campaigns.save', {
    name: 'Декабрь',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name|друг}}!',
  })
  return { sender, campaign, ids }
}

describe('an opt-out while a task is open (assisted channel)', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  async function setup() {
    const dir = tempDir()
    const clock = new FakeClock(tuesdayMorning)
    const test = createTestCore(join(dir, 'data'), clock, seededRandom(5))
    writeFileSync(join(dir, 'book.csv'), book)
    await importFile(test.core, join(dir, 'book.csv'))
    const tasks: AssistedTask[] = []
    test.core.events.subscribe((m) => {
      if (m.name === 'campaigns.task') tasks.push(m.payload)
    })
    const made = await assistedCampaign(test.core)
    await callCore(test.core, 'campaigns.start', { id: made.campaign.id })
    return { ...test, ...made, clock, tasks, dataDir: join(dir, 'data') }
  }

  /** Every way a number can go off-limits from outside the open task. */
  const paths: [string, (core: Core, contactId: number) => Promise<unknown>][] = [
    [
      'the contact book (opt out the contact)',
      (core, id) => callCore(core, 'optOuts.addContacts', { ids: [id], note: '' }),
    ],
    [
      'the opt-out page (a pasted number, in another spelling)',
      (core) => callCore(core, 'optOuts.addNumbers', { text: '8 (916) 111-11-11', note: '' }),
    ],
    [
      'the contact card (consent withdrawn)',
      (core, id) => callCore(core, 'contacts.update', { id, consent: 'withdrawn' }),
    ],
  ]

  it.each(paths)('withdraws the task at once when it comes from %s', async (_, stopFrom) => {
    const { core, campaign, tasks, ids, clock, opened } = await setup()
    expect(tasks.map((t) => t.e164)).toEqual([anna])
    const task = tasks[0] as AssistedTask
    const changed: number[] = []
    core.events.subscribe((m) => {
      if (m.name === 'campaigns.changed') changed.push(m.payload.id)
    })
    const withdrawnAt = clock.now()
    await stopFrom(core, ids[0] ?? 0)

    const now = await detail(core, campaign.id)
    // The card: no open task, the withdrawn one with why; the campaign was told.
    expect(changed).toContain(campaign.id)
    expect(now.task).toBeNull()
    expect(now.withdrawn).toEqual([
      expect.objectContaining({
        itemId: task.itemId,
        e164: anna,
        text: task.text,
        withdrawnBecause: expect.stringMatching(/^(opted_out|ineligible)$/) as unknown,
      }),
    ])
    // "Open WhatsApp again" is refused, with the reason the page translates.
    const openedBefore = opened.length
    await expect(callCore(core, 'campaigns.reopenChat', { id: campaign.id })).rejects.toMatchObject(
      { error: { code: 'wrong_state', details: { state: 'withdrawn' } } },
    )
    expect(opened).toHaveLength(openedBefore)
    // The sender goes on after a fresh gap: the next person, never Anna again.
    expect(now.waitReason).toBe('gap')
    expect(now.nextDueAt).toBeGreaterThanOrEqual(withdrawnAt + 30_000)
    clock.advance(6 * minute)
    expect(tasks.map((t) => t.e164)).toEqual([anna, '+79162222222'])
    expect(tasks[1]?.claimedAt).toBeGreaterThanOrEqual(withdrawnAt + 30_000)
  })

  it('says which it was: an opt-out, or another reason the person may not be messaged', async () => {
    const optedOut = await setup()
    await callCore(optedOut.core, 'optOuts.addContacts', { ids: [optedOut.ids[0]], note: '' })
    expect((await detail(optedOut.core, optedOut.campaign.id)).withdrawn[0]).toMatchObject({
      withdrawnBecause: 'opted_out',
    })
    expect(await itemsOf(optedOut.core, optedOut.campaign.id)).toMatchObject({
      'Анна Петрова': { state: 'skipped', reason: 'withdrawn_opted_out' },
    })
    const withdrawn = await setup()
    await callCore(withdrawn.core, 'contacts.update', {
      id: withdrawn.ids[0],
      consent: 'withdrawn',
    })
    expect((await detail(withdrawn.core, withdrawn.campaign.id)).withdrawn[0]).toMatchObject({
      withdrawnBecause: 'ineligible',
    })
  })

  it('records a late "Sent" as sent after opting out: counted in the limits, not as sent', async () => {
    const { core, campaign, tasks, ids, sender, clock } = await setup()
    const task = tasks[0] as AssistedTask
    await callCore(core, 'optOuts.addContacts', { ids: [ids[0]], note: '' })
    const usage = () => callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })
    // Until the owner says, the withdrawn message still counts (they may have pressed Send).
    expect((await usage()).sentLastHour).toBe(1)
    await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
    expect(await itemsOf(core, campaign.id)).toMatchObject({
      'Анна Петрова': { state: 'failed', reason: 'sent_after_opt_out' },
    })
    const after = await detail(core, campaign.id)
    expect(after.withdrawn).toEqual([])
    expect(after.counts.sent).toBe(0)
    expect((await usage()).sentLastHour).toBe(1)
    const results = await callCore<CampaignResults>(core, 'campaigns.results', { id: campaign.id })
    expect(results.counts.sent).toBe(0)
    expect(results.failedBy).toEqual([{ reason: 'sent_after_opt_out', count: 1 }])
    // It did go out: the number's totals count it.
    const totals = await callCore<SenderTotals[]>(core, 'senders.totals', { id: sender.id })
    expect(totals[0]?.sent).toBe(1)
    // Answered once: a second answer is refused.
    await expect(
      callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' }),
    ).rejects.toMatchObject({ error: { code: 'wrong_state' } })
    // The others are messaged and counted as usual.
    clock.advance(6 * minute)
    await callCore(core, 'campaigns.confirm', { itemId: tasks[1]?.itemId, outcome: 'sent' })
    expect((await detail(core, campaign.id)).counts.sent).toBe(1)
  })

  it('keeps a late "Sent" at the chat’s opening, where the next chats were counted against it', async () => {
    const { core, tasks, ids, clock, dataDir } = await setup()
    const task = tasks[0] as AssistedTask
    await callCore(core, 'optOuts.addContacts', { ids: [ids[0]], note: '' })
    // The number goes on: Boris's chat opens and is answered before the owner answers Anna's.
    clock.advance(6 * minute)
    const boris = tasks[1] as AssistedTask
    await callCore(core, 'campaigns.confirm', { itemId: boris.itemId, outcome: 'sent' })
    clock.advance(40 * minute)
    await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
    const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
    try {
      const row = db
        .prepare<[number], { at: number; state: string }>(
          'SELECT at, state FROM send_ledger WHERE item_id = ?',
        )
        .get(task.itemId)
      expect(row).toEqual({ at: task.claimedAt, state: 'sent' })
    } finally {
      db.close()
    }
  })

  it('frees the limits when the owner says it was not sent', async () => {
    const { core, campaign, tasks, ids, sender } = await setup()
    const task = tasks[0] as AssistedTask
    await callCore(core, 'optOuts.addContacts', { ids: [ids[0]], note: '' })
    await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'skipped' })
    expect(await itemsOf(core, campaign.id)).toMatchObject({
      'Анна Петрова': { state: 'skipped', reason: 'opted_out' },
    })
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })
    expect(usage.sentLastHour).toBe(0)
  })

  it('withdraws it when another campaign’s owner answer puts the number on the list', async () => {
    const { core, campaign, tasks } = await setup()
    const other = await assistedCampaign(core, '8 903 000-00-01')
    await callCore(core, 'campaigns.start', { id: other.campaign.id })
    const otherTask = tasks.find((t) => t.campaignId === other.campaign.id) as AssistedTask
    expect(otherTask.e164).toBe(anna)
    await callCore(core, 'campaigns.confirm', {
      itemId: otherTask.itemId,
      outcome: 'asked_to_stop',
    })
    const now = await detail(core, campaign.id)
    expect(now.task).toBeNull()
    expect(now.withdrawn.map((t) => t.e164)).toEqual([anna])
  })
})

describe('an opt-out from the Cloud API while an assisted task is open', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('withdraws the task when a relay’s file brings Anna’s "СТОП"', async () => {
    const { core, server, sender: cloudSender } = await setUpCloudCore(tempDir(), servers)
    const { campaign } = await assistedCampaign(core)
    await callCore(core, 'campaigns.start', { id: campaign.id })
    expect((await detail(core, campaign.id)).task?.e164).toBe(anna)
    server.inboundText('79161111111', 'СТОП')
    const base64 = Buffer.from(
      server
        .webhookEvents()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    ).toString('base64')
    await callCore(core, 'cloud.importEvents', { senderId: cloudSender.id, base64 })
    const now = await detail(core, campaign.id)
    expect(now.task).toBeNull()
    expect(now.withdrawn).toEqual([expect.objectContaining({ withdrawnBecause: 'opted_out' })])
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { CampaignResults } from '../../../shared/campaign-results'
import type { Campaign, CampaignDetail, CampaignItemsPage } from '../../../shared/campaigns'
import type { ContactPage, DownloadFile } from '../../../shared/contacts'
import type { ListMessagePlan } from '../../../shared/list-message'
import type { ListDetail } from '../../../shared/lists'
import type { Sender, SenderUsage } from '../../../shared/senders'
import { databaseFileName, type Core } from '../create-core'
import { dispatch } from '../dispatch'
import { seededRandom } from '../scheduler/pacing'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const book = [
  'Name,Phone,Consent',
  'Анна Смирнова,+7 916 111-11-11,да',
  'Борис Петров,+7 916 222-22-22,да',
  'Вера Кузнецова,+7 916 333-33-33,да',
  'Галина Орлова,+7 916 444-44-44,да',
].join('\n')

/** Tuesday 1 December 2026, 14:00 in Moscow. */
const tuesday = DateTime.fromISO('2026-12-01T14:00', { zone: 'Europe/Moscow' }).toMillis()
const minute = 60_000

async function failure(core: Core, name: string, input: unknown) {
  const result = await dispatch(core.handlers, name, input)
  if (result.ok) throw new Error(`${name} succeeded`)
  return result.error
}

describe('a phone broadcast campaign (one list message from the phone)', () => {
  const tempDir = useTempDir()

  async function setup(
    text = 'Весенние тюльпаны уже в «{{shop|магазине}}»: https://shop.example/',
  ) {
    const dir = tempDir()
    const clock = new FakeClock(tuesday)
    const test = createTestCore(join(dir, 'data'), clock, seededRandom(7))
    const { core } = test
    await callCore(core, 'settings.update', { shopName: 'Цветы на Садовой' })
    writeFileSync(join(dir, 'book.csv'), book)
    await importFile(core, join(dir, 'book.csv'))
    const contacts = (await callCore<ContactPage>(core, 'contacts.query', {})).rows
    const idOf = (name: string) => contacts.find((c) => c.name === name)?.id ?? 0
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Весна',
      contactIds: contacts.map((c) => c.id),
    })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '8 903 000-00-00',
      startedOn: '2024-01-01',
      timeZone: 'Europe/Moscow',
    })
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Весна',
      senderId: sender.id,
      listIds: [list.id],
      text,
      utm: false,
      way: 'phone_broadcast',
    })
    // The phone's list as H2's «На телефоне» records it: written straight in, everyone saved
    // the number, Анна, Борис and Вера are on the phone's list (Галина is not yet).
    const db = new Sqlite(join(dir, 'data', databaseFileName))
    db.prepare("UPDATE contacts SET saved_number = 'yes'").run()
    const phoneListId = Number(
      db
        .prepare(
          `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
           VALUES (?, ?, 'Весна', ?, ?, ?)`,
        )
        .run(list.id, sender.id, tuesday - 60 * minute, tuesday, tuesday).lastInsertRowid,
    )
    const onPhone = ['Анна Смирнова', 'Борис Петров', 'Вера Кузнецова']
    for (const name of onPhone) {
      db.prepare(
        `INSERT INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
         SELECT ?, primary_phone, id, name, ? FROM contacts WHERE id = ?`,
      ).run(phoneListId, tuesday, idOf(name))
    }
    return { ...test, dir, clock, sender, campaign, list, db, idOf, phoneListId }
  }
  const plan = (core: Core, id: number) =>
    callCore<ListMessagePlan>(core, 'campaigns.listMessage', { id })
  const items = (core: Core, id: number) =>
    callCore<CampaignItemsPage>(core, 'campaigns.items', { id })

  it('keeps its way, on one list, and is never started: not by the owner, not by the scheduler', async () => {
    const { core, campaign, list, sender, clock, db } = await setup()
    expect(campaign.way).toBe('phone_broadcast')
    const renamed = await callCore<Campaign>(core, 'campaigns.save', {
      id: campaign.id,
      name: 'Весна 2',
      senderId: sender.id,
      listIds: [list.id],
      text: campaign.text,
      way: 'phone_broadcast',
    })
    expect(renamed.way).toBe('phone_broadcast')
    expect((await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })).way).toBe(
      'phone_broadcast',
    )
    // A paced campaign stays paced by default.
    const paced = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'По одному',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Привет',
    })
    expect(paced.way).toBe('paced')

    const other = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Ещё',
      contactIds: [1, 2],
    })
    const twoLists = await failure(core, 'campaigns.save', {
      name: 'Две',
      senderId: sender.id,
      listIds: [list.id, other.id],
      text: 'Привет',
      way: 'phone_broadcast',
    })
    expect(twoLists.code).toBe('invalid_input')
    expect(twoLists.issues?.[0]?.message).toBe('one_list')

    const start = await failure(core, 'campaigns.start', { id: campaign.id })
    expect(start).toMatchObject({ code: 'wrong_state', details: { state: 'phone_broadcast' } })

    // Even forced to running with a queue in the database, the scheduler never claims anyone.
    db.prepare("UPDATE campaigns SET state = 'running' WHERE id = ?").run(campaign.id)
    db.prepare(
      `INSERT INTO campaign_items (campaign_id, contact_id, name, e164, position, state)
       SELECT ?, id, name, primary_phone, id, 'planned' FROM contacts`,
    ).run(campaign.id)
    core.scheduler.kick(sender.id, false)
    clock.advance(30 * minute)
    expect(db.prepare('SELECT count(*) FROM send_ledger').pluck().get()).toBe(0)
    expect((await items(core, campaign.id)).rows.map((r) => r.state)).toEqual(
      Array(4).fill('planned'),
    )
  })

  it('records the list message: one sent item and one phone_broadcast ledger row per person on the phone', async () => {
    const { core, campaign, clock, db, sender, idOf } = await setup()
    const before = await plan(core, campaign.id)
    expect(before.refusals).toEqual([])
    expect(before.personal).toEqual([])
    expect(before.phoneList).toMatchObject({ name: 'Весна', people: 3 })
    expect(before.text).toBe(
      'Весенние тюльпаны уже в «Цветы на Садовой»: https://shop.example/\n\nОтветьте СТОП, чтобы не получать сообщения',
    )
    // Борис already chats with the shop: not a new chat.
    db.prepare('UPDATE contacts SET chats_with_shop = 1 WHERE id = ?').run(idOf('Борис Петров'))

    const future = await failure(core, 'campaigns.recordListMessage', {
      id: campaign.id,
      sentAt: tuesday + 10 * minute,
    })
    expect(future.code).toBe('invalid_input')

    clock.advance(10 * minute)
    const sentAt = tuesday + 5 * minute
    const after = await callCore<ListMessagePlan>(core, 'campaigns.recordListMessage', {
      id: campaign.id,
      sentAt,
    })
    expect(after.sentAt).toBe(sentAt)
    const rows = db
      .prepare(
        'SELECT e164, at, state, channel, new_chat, sender_id FROM send_ledger ORDER BY e164',
      )
      .all()
    expect(rows).toEqual([
      {
        e164: '+79161111111',
        at: sentAt,
        state: 'sent',
        channel: 'phone_broadcast',
        new_chat: 1,
        sender_id: sender.id,
      },
      {
        e164: '+79162222222',
        at: sentAt,
        state: 'sent',
        channel: 'phone_broadcast',
        new_chat: 0,
        sender_id: sender.id,
      },
      {
        e164: '+79163333333',
        at: sentAt,
        state: 'sent',
        channel: 'phone_broadcast',
        new_chat: 1,
        sender_id: sender.id,
      },
    ])
    const page = await items(core, campaign.id)
    expect(page.rows.map((r) => [r.name, r.state, r.doneAt])).toEqual([
      ['Анна Смирнова', 'sent', sentAt],
      ['Борис Петров', 'sent', sentAt],
      ['Вера Кузнецова', 'sent', sentAt],
    ])
    const done = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(done.state).toBe('finished')
    expect(done.counts).toMatchObject({ total: 3, sent: 3 })

    // Twice: refused, and nothing more is written.
    const twice = await failure(core, 'campaigns.recordListMessage', { id: campaign.id, sentAt })
    expect(twice.code).toBe('wrong_state')
    expect(db.prepare('SELECT count(*) FROM send_ledger').pluck().get()).toBe(3)

    // The gauges read the ledger: three chats, two of them new.
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })
    expect(usage).toMatchObject({ activeChats: 3, newChatsLast24h: 2 })

    // Results and their CSV say by which channel it went.
    const results = await callCore<CampaignResults>(core, 'campaigns.results', { id: campaign.id })
    expect(results.channels).toEqual([{ channel: 'phone_broadcast', count: 3 }])
    const csv = await callCore<DownloadFile>(core, 'campaigns.itemsCsv', {
      id: campaign.id,
      language: 'en',
    })
    expect(csv.content).toContain('Channel')
    expect(csv.content).toContain('phone_broadcast')
  })

  it('refuses while someone must come off the phone’s list, naming them, and writes nothing', async () => {
    const { core, campaign, clock } = await setup()
    await callCore(core, 'optOuts.addNumbers', { text: '+7 916 111-11-11', note: '' })
    clock.advance(minute)
    const refusedPlan = await plan(core, campaign.id)
    expect(refusedPlan.refusals).toContainEqual(
      expect.objectContaining({ key: 'removals_pending', names: ['Анна Смирнова'] }),
    )
    const error = await failure(core, 'campaigns.recordListMessage', {
      id: campaign.id,
      sentAt: clock.now(),
    })
    expect(error.code).toBe('list_message_refused')
    expect(error.details?.reasons).toContain('removals_pending')
    expect((await items(core, campaign.id)).total).toBe(0)
  })

  it('says so when the list has no phone list, and refuses a text with a person’s fields', async () => {
    const { core, campaign, db, phoneListId, clock } = await setup(
      'Здравствуйте, {{first_name|друг}}! {{ name }} и {{shop}}',
    )
    const withFields = await plan(core, campaign.id)
    expect(withFields.personal).toEqual(['first_name', 'name'])
    const error = await failure(core, 'campaigns.recordListMessage', {
      id: campaign.id,
      sentAt: clock.now(),
    })
    expect(error.code).toBe('invalid_input')
    expect(error.issues?.map((i) => i.message)).toContain('personal_placeholder')

    db.prepare('DELETE FROM phone_lists WHERE id = ?').run(phoneListId)
    const none = await plan(core, campaign.id)
    expect(none.phoneList).toBeNull()
    expect(none.refusals.map((r) => r.key)).toContain('no_phone_list')
  })

  it('keeps what each person answered: replied chats with the shop, asked to stop is opted out for good', async () => {
    const { core, campaign, clock, db, idOf } = await setup()
    await callCore(core, 'campaigns.recordListMessage', { id: campaign.id, sentAt: clock.now() })
    const rows = (await items(core, campaign.id)).rows
    const item = (name: string) => rows.find((r) => r.name === name)?.id ?? 0

    await callCore(core, 'campaigns.markReply', { itemId: item('Анна Смирнова'), reply: 'replied' })
    expect(
      db
        .prepare('SELECT chats_with_shop FROM contacts WHERE id = ?')
        .pluck()
        .get(idOf('Анна Смирнова')),
    ).toBe(1)
    // A mark may be changed…
    await callCore(core, 'campaigns.markReply', {
      itemId: item('Анна Смирнова'),
      reply: 'wrong_number',
    })
    await callCore(core, 'campaigns.markReply', {
      itemId: item('Борис Петров'),
      reply: 'asked_to_stop',
    })
    const opted = db
      .prepare('SELECT source FROM opt_outs WHERE e164 = ?')
      .pluck()
      .get('+79162222222')
    expect(opted).toBe('assisted_send')
    // …but an opt-out is for good.
    const change = await failure(core, 'campaigns.markReply', {
      itemId: item('Борис Петров'),
      reply: 'replied',
    })
    expect(change.code).toBe('wrong_state')
    const marks = (await items(core, campaign.id)).rows.map((r) => [r.name, r.reply])
    expect(marks).toEqual([
      ['Анна Смирнова', 'wrong_number'],
      ['Борис Петров', 'asked_to_stop'],
      ['Вера Кузнецова', null],
    ])
    // The results count Борис as opted out during the campaign.
    clock.advance(minute)
    const results = await callCore<CampaignResults>(core, 'campaigns.results', { id: campaign.id })
    expect(results.optedOutDuring).toBe(1)
  })
})

// A phone broadcast campaign: one list message the owner sends from the phone's WhatsApp Business
// broadcast list. Rupor shows the text as it will go, refuses it while the phone's list is out of
// step (or a limit says no), records it once it went — one item and one ledger row per person on
// the phone's list — and keeps what each person answered on the phone.
import type { Database } from 'better-sqlite3'
import type { ListMessageReply } from '../../../shared/campaigns'
import { personalPlaceholdersIn, type ListMessagePlan } from '../../../shared/list-message'
import type { ListMessageRefusal, PhoneList, PhoneListMember } from '../../../shared/phone-lists'
import { shopNameMissing } from '../../../shared/shop-placeholder'
import { CoreError, invalidInput, notFound } from '../errors'
import type { CampaignRow } from '../scheduler/send-store'
import { createSendStore } from '../scheduler/send-store'
import type { Clock } from '../time/clock'
import { templateOf, type Composer } from './compose-message'
import { messageIssues } from './message'

/** How far ahead of the computer's clock a "sent at" may be (a phone's clock a little ahead). */
const futureSlackMs = 60 * 1000

export interface ListMessageOptions {
  db: Database
  clock: Clock
  compose: Composer
  shopName: () => string
  /** H2's phone-list-state.ts: the phone's list of a Rupor list, compared with who may get it now. */
  readPhoneList: (db: Database, listId: number) => PhoneList | null
  /** H5's list-message-check.ts: why a list message may not go at `at` (empty: it may). */
  checkListMessage: (
    db: Database,
    input: { senderId: number; listId: number; at: number },
  ) => ListMessageRefusal[]
  /** The assisted "asked to stop" path: the number goes onto the opt-out list now. */
  optOut: (e164: string) => void
}

const wrongState = (state: string): CoreError =>
  new CoreError('wrong_state', `Not possible while the campaign is ${state}.`, undefined, { state })

/** Refused: the reasons are on the campaign's page (listMessage), said in words there. */
const refused = (refusals: readonly ListMessageRefusal[]): CoreError =>
  new CoreError('list_message_refused', 'This list message may not be recorded now.', undefined, {
    reasons: refusals.map((r) => r.key).join(','),
  })

export function createListMessages(options: ListMessageOptions) {
  const { db, clock, compose } = options
  const store = createSendStore(db)
  const campaignRow = db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
  const listIdOf = db
    .prepare<[number], number>(
      'SELECT list_id FROM campaign_lists WHERE campaign_id = ? ORDER BY position LIMIT 1',
    )
    .pluck()
  const listName = db.prepare<[number], string>('SELECT name FROM lists WHERE id = ?').pluck()
  const sentAtOf = db
    .prepare<[number], number | null>(
      "SELECT max(at) FROM send_ledger WHERE campaign_id = ? AND channel = 'phone_broadcast'",
    )
    .pluck()
  const optedOutBy = db
    .prepare<[string, number], 1>('SELECT 1 FROM opt_outs WHERE e164 = ? AND created_at <= ?')
    .pluck()
  const insertItem = db.prepare<
    [number, number | null, string, string, number, string, number, number]
  >(
    `INSERT INTO campaign_items (campaign_id, contact_id, name, e164, position, state, sent_text,
       claimed_at, done_at) VALUES (?, ?, ?, ?, ?, 'sent', ?, ?, ?)`,
  )
  const insertLedger = db.prepare<[number, number, number, string, number, number]>(
    `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state, channel)
     VALUES (?, ?, ?, ?, ?, ?, 'sent', 'phone_broadcast')`,
  )
  const finish = db.prepare<[number, number, number]>(
    "UPDATE campaigns SET state = 'finished', last_served_at = ?, updated_at = ? WHERE id = ?",
  )
  const itemOf = db.prepare<
    [number],
    {
      id: number
      campaign_id: number
      contact_id: number | null
      e164: string | null
      reply: ListMessageReply | null
      way: string
    }
  >(
    `SELECT i.id, i.campaign_id, i.contact_id, i.e164, i.reply, c.way FROM campaign_items i
     JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ?`,
  )
  const setReply = db.prepare<[ListMessageReply | null, number]>(
    'UPDATE campaign_items SET reply = ? WHERE id = ?',
  )
  const chatsWithShop = db.prepare<[number, number]>(
    'UPDATE contacts SET chats_with_shop = 1, updated_at = ? WHERE id = ?',
  )

  function requirePhoneBroadcast(id: number): CampaignRow {
    const r = campaignRow.get(id)
    if (!r) throw notFound(`There is no campaign ${String(id)}.`)
    if (r.way !== 'phone_broadcast') throw wrongState('paced')
    return r
  }

  /** The text exactly as it goes: the same for all, so no person's fields are filled in. */
  const textOf = (r: CampaignRow): string =>
    compose.text(templateOf(r), { contactId: null, name: '', e164: '' })

  /** What the text itself lacks: an empty or broken text, a person's field, a missing shop name. */
  function textProblems(r: CampaignRow): string[] {
    const problems: string[] = messageIssues({ text: r.text }).map((issue) => issue.code)
    if (personalPlaceholdersIn(r.text).length > 0) problems.push('personal_placeholder')
    if (shopNameMissing(r.text, options.shopName())) problems.push('shop_name_missing')
    return problems
  }

  function refusalsAt(r: CampaignRow, listId: number | null, at: number): ListMessageRefusal[] {
    if (listId === null) return [{ key: 'no_phone_list' }]
    return options.checkListMessage(db, { senderId: r.sender_id, listId, at })
  }

  /** Who a list message reaches: on the phone's list, less who must come off it, less opt-outs. */
  function reached(phoneList: PhoneList, at: number): PhoneListMember[] {
    const leaving = new Set(phoneList.toRemove.map((m) => m.e164))
    const seen = new Set<string>()
    return phoneList.onPhone.filter((m) => {
      if (leaving.has(m.e164) || seen.has(m.e164)) return false
      seen.add(m.e164)
      // The database refuses these too (0120); left out here so one never sinks the others.
      return optedOutBy.get(m.e164, at) === undefined
    })
  }

  /** The campaign's page: whether it may go now, why not, and the text as it will go. */
  function plan(id: number): ListMessagePlan {
    const r = requirePhoneBroadcast(id)
    const listId = listIdOf.get(id) ?? null
    const phoneList = listId === null ? null : options.readPhoneList(db, listId)
    const sentAt = sentAtOf.get(id) ?? null
    return {
      campaignId: id,
      listId,
      listName: listId === null ? '' : (listName.get(listId) ?? ''),
      phoneList:
        phoneList === null
          ? null
          : {
              name: phoneList.name,
              madeAt: phoneList.madeAt,
              people: reached(phoneList, clock.now()).length,
            },
      refusals: r.state === 'draft' ? refusalsAt(r, listId, clock.now()) : [],
      personal: personalPlaceholdersIn(r.text),
      text: textOf(r),
      sentAt,
    }
  }

  return {
    plan,

    /**
     * The owner sent it from the phone at `sentAt`: everything is checked again as of then, and
     * in one transaction each person on the phone's list gets a sent item and a ledger row
     * (channel phone_broadcast); the campaign is finished, so a second recording is refused.
     */
    record(id: number, sentAt: number): ListMessagePlan {
      const now = clock.now()
      const r = requirePhoneBroadcast(id)
      if (r.state !== 'draft') throw wrongState(r.state)
      if (sentAt > now + futureSlackMs)
        throw invalidInput('It cannot have gone in the future.', [
          { path: 'sentAt', message: 'in_future' },
        ])
      const problems = textProblems(r)
      if (problems.length > 0)
        throw invalidInput(
          'The text cannot go as a list message.',
          problems.map((message) => ({ path: 'text', message })),
        )
      const listId = listIdOf.get(id) ?? null
      const refusals = refusalsAt(r, listId, sentAt)
      const phoneList = listId === null ? null : options.readPhoneList(db, listId)
      if (phoneList === null || listId === null) throw refused([{ key: 'no_phone_list' }])
      if (refusals.length > 0) throw refused(refusals)
      const people = reached(phoneList, sentAt)
      if (people.length === 0) throw refused([{ key: 'no_phone_list' }])
      const text = textOf(r)
      db.transaction(() => {
        // Read again inside: a second recording racing this one finds it finished.
        const current = campaignRow.get(id)
        if (current?.state !== 'draft') throw wrongState(current?.state ?? 'deleted')
        people.forEach((person, position) => {
          // New chat by the scheduler's rule, decided before this message's own rows exist.
          const newChat = store.isNewChat(r.sender_id, {
            e164: person.e164,
            contact_id: person.contactId,
          })
          const itemId = Number(
            insertItem.run(
              id,
              person.contactId,
              person.name,
              person.e164,
              position,
              text,
              sentAt,
              sentAt,
            ).lastInsertRowid,
          )
          insertLedger.run(r.sender_id, id, itemId, person.e164, sentAt, newChat ? 1 : 0)
        })
        finish.run(sentAt, now, id)
      })()
      return plan(id)
    },

    /**
     * What a person answered on the phone. «Ответил(а)»: they chat with the shop now. «Просит
     * больше не писать»: onto the opt-out list at once, as the assisted answer does — and for
     * good, so that mark is never changed. «Неверный номер»: kept on the item, as the assisted
     * answer keeps it. Returns the campaign's id.
     */
    markReply(itemId: number, reply: ListMessageReply | null): { campaignId: number } {
      const item = itemOf.get(itemId)
      if (!item) throw notFound(`There is no campaign item ${String(itemId)}.`)
      if (item.way !== 'phone_broadcast') throw wrongState('paced')
      if (item.reply === reply) return { campaignId: item.campaign_id }
      if (item.reply === 'asked_to_stop') throw wrongState('opted_out')
      const now = clock.now()
      // The opt-out first: should the mark fail after it, the number is still never messaged.
      if (reply === 'asked_to_stop' && item.e164 !== null) options.optOut(item.e164)
      db.transaction(() => {
        setReply.run(reply, itemId)
        if (reply === 'replied' && item.contact_id !== null) chatsWithShop.run(now, item.contact_id)
      })()
      return { campaignId: item.campaign_id }
    },
  }
}
export type ListMessages = ReturnType<typeof createListMessages>

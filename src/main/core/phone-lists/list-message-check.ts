// Whether a list message may go now (or may be recorded as gone at a time): the facts read from
// the database, the decision made by list-message-rules.ts. The composer asks it before showing
// the text for the phone, and the recording asks it again.
import type { Database } from 'better-sqlite3'
import type { ListMessageRefusal, PhoneList } from '../../../shared/phone-lists'
import { effectiveLimits } from '../scheduler/effective-limits'
import type { LedgerSend } from '../scheduler/limits'
import { createSendersService } from '../senders/senders-service'
import { rowsOfNumber } from '../senders/rows-of-number'
import {
  decideListMessage,
  type ListMessageFacts,
  type ListMessagePerson,
  type PastListMessage,
} from './list-message-rules'
import { readPhoneList } from './phone-list-state'

const dayMs = 24 * 60 * 60 * 1000

/**
 * Which list message is checked. `phoneList` is the list's phone list when the caller has read it
 * already (readPhoneList(db, listId)), so it is not read twice; left out, it is read here.
 */
export interface ListMessageQuery {
  senderId: number
  listId: number
  at: number
  phoneList?: PhoneList | null
}

/** Empty: the list message may go. */
export function checkListMessage(db: Database, input: ListMessageQuery): ListMessageRefusal[] {
  return decideListMessage(listMessageFacts(db, input))
}

/** What the decision looks at, read from the database (every sender row of the number counts). */
export function listMessageFacts(db: Database, input: ListMessageQuery): ListMessageFacts {
  const { senderId, listId, at } = input
  const senders = createSendersService({
    db,
    clock: { now: () => at, setTimeout: () => ({ cancel: () => undefined }) },
    defaultCountry: () => 'RU',
    cloudOf: () => null,
  })
  const sender = senders.get(senderId)
  const limits = effectiveLimits(sender, at)
  // A phone list lives on one number's phone: another number's list is not this one's to send.
  const found = input.phoneList === undefined ? readPhoneList(db, listId) : input.phoneList
  const sameNumber = db
    .prepare<[number, number], { n: number }>(
      `SELECT 1 AS n FROM senders WHERE id = ? AND id IN ${rowsOfNumber('?')}`,
    )
    .get(found?.senderId ?? 0, senderId)

  const messagedBefore = db.prepare<[number, string, number], { n: number }>(
    `SELECT 1 AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')} AND e164 = ?
       AND state <> 'not_sent' AND at < ? LIMIT 1`,
  )
  const chatsWithShop = db
    .prepare<[number], number>('SELECT chats_with_shop FROM contacts WHERE id = ?')
    .pluck()

  const list = sameNumber === undefined ? null : found
  const leaving = new Set(list?.toRemove.map((r) => r.e164) ?? [])
  const people: ListMessagePerson[] = (list?.onPhone ?? [])
    .filter((p) => !leaving.has(p.e164))
    .map((p) => ({
      e164: p.e164,
      name: p.name,
      newChat:
        (p.contactId === null || chatsWithShop.get(p.contactId) !== 1) &&
        messagedBefore.get(senderId, p.e164, at) === undefined,
    }))

  const ledger = db
    .prepare<[number, number, number], { at: number; e164: string; new_chat: number }>(
      `SELECT at, e164, new_chat FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')}
         AND at > ? AND at < ? AND state <> 'not_sent' ORDER BY at`,
    )
    .all(senderId, at - dayMs, at + dayMs)
    .map((r): LedgerSend => ({ at: r.at, e164: r.e164, newChat: r.new_chat === 1 }))

  return {
    at,
    block: sender.block === null ? null : { until: sender.block.until },
    phoneList: list === null ? null : { people, removals: list.toRemove.map((r) => r.name) },
    ledger,
    listMessages: listMessagesNear(db, { senderId, listId, from: at - dayMs, to: at + dayMs }),
    limits: { activeChats: limits.activeChats, newChatsPerDay: limits.newChatsPerDay },
  }
}

/**
 * The number's list messages between two moments (exclusive): its phone_broadcast ledger rows,
 * one message per campaign and time, and whether each went to this Rupor list.
 */
export function listMessagesNear(
  db: Database,
  range: { senderId: number; listId: number; from: number; to: number },
): PastListMessage[] {
  const rows = db
    .prepare<
      [{ sender: number; list: number; from: number; to: number }],
      { campaign_id: number | null; at: number; e164: string; same_list: number }
    >(
      `SELECT l.campaign_id, l.at, l.e164,
         EXISTS (SELECT 1 FROM campaign_lists cl
                 WHERE cl.campaign_id = l.campaign_id AND cl.list_id = @list) AS same_list
       FROM send_ledger l WHERE l.sender_id IN ${rowsOfNumber('@sender')}
         AND l.channel = 'phone_broadcast' AND l.state <> 'not_sent'
         AND l.at > @from AND l.at < @to`,
    )
    .all({ sender: range.senderId, list: range.listId, from: range.from, to: range.to })
  const messages = new Map<string, PastListMessage>()
  for (const r of rows) {
    const key = `${String(r.campaign_id)} ${String(r.at)}`
    const message = messages.get(key) ?? { at: r.at, sameList: r.same_list === 1, e164s: [] }
    message.e164s.push(r.e164)
    messages.set(key, message)
  }
  return [...messages.values()]
}

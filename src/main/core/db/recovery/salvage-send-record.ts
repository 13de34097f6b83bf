import type { Database } from 'better-sqlite3'
import { consentStates, type ConsentState } from '../../../../shared/contact-choices'
import {
  itemStates,
  ledgerStates,
  type BlockRow,
  type ItemRow,
  type ItemState,
  type LedgerRow,
  type LedgerState,
  type SenderRow,
  type WithdrawnRow,
} from '../../backups/carry-source'
import {
  phoneListMembersSql,
  type MemberRow,
  type PhoneListRow,
} from '../../backups/carry-phone-lists'
import { readDamagedFile } from './read-damaged-file'
import { readIdsAroundDamage, type TolerantRead } from './tolerant-read'

/** A ledger or block row before its sender's number is known (the senders may be unreadable). */
export type WithoutPhone<Row> = Omit<Row, 'phone'>

/** What a damaged file still tells of its sends, blocks and withdrawals. */
export interface SalvagedSendRecord {
  /** False: SQLite could not read the file at all (nothing below was read). */
  readable: boolean
  senders: TolerantRead<SenderRow>
  ledger: TolerantRead<WithoutPhone<LedgerRow>>
  campaigns: TolerantRead<{ id: number; created_at: number; state: string }>
  /** Items in any state: a planned one read here is known not to have been claimed. */
  items: TolerantRead<ItemRow>
  blocks: TolerantRead<WithoutPhone<BlockRow>>
  withdrawals: TolerantRead<WithdrawnRow>
  lists: TolerantRead<{ id: number; created_at: number }>
  /**
   * Each phone list read, with its members; `members` undefined when they could not be read.
   * `complete` says whether every phone list was read, not whether each one's members were.
   */
  phoneLists: TolerantRead<SalvagedPhoneList>
}

export interface SalvagedPhoneList {
  row: PhoneListRow
  members: MemberRow[] | undefined
}

const nothing = { rows: [], complete: false }
const unreadable: SalvagedSendRecord = {
  readable: false,
  senders: nothing,
  ledger: nothing,
  campaigns: nothing,
  items: nothing,
  blocks: nothing,
  withdrawals: nothing,
  lists: nothing,
  phoneLists: nothing,
}

/**
 * Reads, around damaged pages, what a restore carries besides the opt-out list (see
 * backups/carry-sends.ts). Each table on its own: a table that cannot be read (or a row that does
 * not look like what Rupor wrote) is left out, and its read says it is not complete.
 */
export function salvageSendRecord(file: string, nativeBinding?: string): SalvagedSendRecord {
  return readDamagedFile(file, nativeBinding, readSendRecord, unreadable)
}

function readSendRecord(db: Database): SalvagedSendRecord {
  try {
    db.pragma('table_info(send_ledger)')
  } catch {
    return unreadable // the schema itself is unreadable (a broken header or first page)
  }
  return {
    readable: true,
    senders: readById(db, 'senders', '*', senderOf),
    ledger: readById(db, 'send_ledger', '*', ledgerOf),
    campaigns: readById(db, 'campaigns', 'id, created_at, state', campaignOf),
    items: readById(
      db,
      'campaign_items',
      'id, campaign_id, e164, state, sent_text, claimed_at, done_at',
      itemOf,
    ),
    blocks: readById(db, 'sender_blocks', '*', blockOf),
    withdrawals: readWithdrawals(db),
    lists: readById(db, 'lists', 'id, created_at', listOf),
    phoneLists: readPhoneLists(db),
  }
}

type Raw = Record<string, unknown>

/**
 * A table keyed by `id`, read around damaged pages; a table the schema lacks reads as none.
 * `parse` gives undefined for a row that does not look like what Rupor wrote (a value damaged
 * where the page still reads): it is left out and the read is not complete. null: a sound row
 * the caller does not want.
 */
function readById<Row extends { id: number }>(
  db: Database,
  table: string,
  columns: string,
  parse: (row: Raw) => Row | null | undefined,
): TolerantRead<Row> {
  const from = `SELECT ${columns} FROM ${table}`
  try {
    db.prepare(`${from} LIMIT 0`)
  } catch {
    return nothing
  }
  const found = { malformed: false }
  const valid = function* (rows: Iterable<Raw | undefined>) {
    for (const raw of rows) {
      if (raw === undefined) continue
      const row = parse(raw)
      if (row === undefined) found.malformed = true
      else if (row !== null) yield row
    }
  }
  const select = (sql: string) => db.prepare<unknown[], Raw>(sql)
  const read = readIdsAroundDamage<Row>(
    {
      range: (first, last) => [
        ...valid(select(`${from} WHERE id BETWEEN ? AND ? ORDER BY id`).iterate(first, last)),
      ],
      one: (id) => [...valid([select(`${from} WHERE id = ?`).get(id)])][0],
      idOf: (row) => row.id,
    },
    () => valid(select(`${from} ORDER BY id`).iterate()),
    () => valid(select(`${from} ORDER BY id DESC`).iterate()),
  )
  return found.malformed ? { rows: read.rows, complete: false } : read
}

/** The numbers of contacts who withdrew consent: contacts read around the damage, then each one's phones. */
function readWithdrawals(db: Database): TolerantRead<WithdrawnRow> {
  const contacts = readById(db, 'contacts', 'id, consent, consent_source, consent_at', (row) => {
    if (!isId(row.id) || !consentStates.includes(row.consent as ConsentState)) return undefined
    return row.consent === 'withdrawn'
      ? {
          id: row.id,
          source: typeof row.consent_source === 'string' ? row.consent_source : '',
          at: isTime(row.consent_at) ? row.consent_at : null,
        }
      : null
  })
  let complete = contacts.complete
  let phones: ReturnType<Database['prepare']> | undefined
  try {
    phones = db.prepare('SELECT e164 FROM contact_phones WHERE contact_id = ?').pluck()
  } catch {
    return { rows: [], complete: false }
  }
  const rows: WithdrawnRow[] = []
  for (const contact of contacts.rows) {
    try {
      for (const e164 of phones.all(contact.id)) {
        if (isNumber(e164)) rows.push({ e164, source: contact.source, at: contact.at })
      }
    } catch {
      complete = false // this contact's phones are on a damaged page
    }
  }
  return { rows, complete }
}

/** The phone lists read around the damage, then each one's members (a damaged page: unknown). */
function readPhoneLists(db: Database): TolerantRead<SalvagedPhoneList> {
  const lists = readById(db, 'phone_lists', '*', phoneListOf)
  let members: ReturnType<Database['prepare']> | undefined
  try {
    members = db.prepare(phoneListMembersSql)
  } catch {
    members = undefined // an older file without phone lists, or an unreadable schema
  }
  const rows = lists.rows.map(({ id, ...row }) => {
    let read: MemberRow[] | undefined
    try {
      const raw = (members?.all(id) ?? []) as Raw[]
      const valid = raw.flatMap((member) => {
        const parsed = memberOf(member)
        return parsed ? [parsed] : []
      })
      read = valid.length === raw.length ? valid : undefined
    } catch {
      read = undefined // its members are on a damaged page
    }
    return { row, members: read }
  })
  return { rows, complete: lists.complete }
}

const e164Pattern = /^\+[1-9]\d{5,14}$/
const isNumber = (value: unknown): value is string =>
  typeof value === 'string' && e164Pattern.test(value)
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const idOrNull = (value: unknown): number | null => (isId(value) ? value : null)
const timeOrNull = (value: unknown): number | null => (isTime(value) ? value : null)
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)

function senderOf(row: Raw): SenderRow | undefined {
  return isId(row.id) && isNumber(row.phone)
    ? { ...row, id: row.id, phone: row.phone, block: row.block }
    : undefined
}

function ledgerOf(row: Raw): WithoutPhone<LedgerRow> | undefined {
  const { id, sender_id: senderId, e164, at, new_chat: newChat, state } = row
  if (!isId(id) || !isId(senderId) || !isNumber(e164) || !isTime(at)) return undefined
  if ((newChat !== 0 && newChat !== 1) || !ledgerStates.includes(state as LedgerState))
    return undefined
  return {
    id,
    sender_id: senderId,
    campaign_id: idOrNull(row.campaign_id),
    item_id: idOrNull(row.item_id),
    e164,
    at,
    new_chat: newChat,
    state: state as LedgerState,
    wamid: textOrNull(row.wamid),
    wa_id: textOrNull(row.wa_id),
    delivery: textOrNull(row.delivery),
    delivery_at: timeOrNull(row.delivery_at),
    error_code: typeof row.error_code === 'number' ? row.error_code : null,
    channel: textOrNull(row.channel),
  }
}

function campaignOf(row: Raw) {
  const { id, created_at: createdAt, state } = row
  return isId(id) && isTime(createdAt) && typeof state === 'string'
    ? { id, created_at: createdAt, state }
    : undefined
}

function itemOf(row: Raw): ItemRow | null | undefined {
  const { id, campaign_id: campaignId, e164, state } = row
  if (!isId(id) || !isId(campaignId)) return undefined
  // A person without a number is skipped when the campaign is planned: never sent, nothing to carry.
  if (e164 === null && state === 'skipped') return null
  if (!isNumber(e164)) return undefined
  if (!itemStates.includes(state as ItemState)) return undefined
  return {
    id,
    campaign_id: campaignId,
    e164,
    state: state as ItemState,
    sent_text: textOrNull(row.sent_text),
    claimed_at: timeOrNull(row.claimed_at),
    done_at: timeOrNull(row.done_at),
  }
}

function blockOf(row: Raw): WithoutPhone<BlockRow> | undefined {
  const { id, sender_id: senderId, block, at } = row
  if (!isId(id) || !isId(senderId) || typeof block !== 'string' || !isTime(at)) return undefined
  return {
    id,
    sender_id: senderId,
    block,
    at,
    until: timeOrNull(row.until),
    lifted_at: timeOrNull(row.lifted_at),
  }
}

function listOf(row: Raw) {
  const { id, created_at: createdAt } = row
  return isId(id) && isTime(createdAt) ? { id, created_at: createdAt } : undefined
}

function phoneListOf(row: Raw): (PhoneListRow & { id: number }) | undefined {
  const { id, list_id: listId, sender_id: senderId, name, made_at: madeAt } = row
  if (!isId(id) || !isId(listId) || !isId(senderId) || typeof name !== 'string') return undefined
  if (!isTime(madeAt) || !isTime(row.created_at) || !isTime(row.updated_at)) return undefined
  return {
    id,
    list_id: listId,
    sender_id: senderId,
    name,
    made_at: madeAt,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

function memberOf(row: Raw): MemberRow | undefined {
  const { e164, name, added_at: addedAt } = row
  return isNumber(e164) && typeof name === 'string' && isTime(addedAt)
    ? { e164, name, added_at: addedAt }
    : undefined
}

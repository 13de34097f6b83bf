import Sqlite, { type Database } from 'better-sqlite3'
import { carryPhoneLists, type PhoneListSource } from '../../backups/carry-phone-lists'
import { carrySendRecord, type CarriedKind, type RowWriter } from '../../backups/carry-sends'
import type { CarrySource, SenderRow } from '../../backups/carry-source'
import type { SalvagedSendRecord } from './salvage-send-record'

/** What the recovery carried from the damaged file into the restored copy, besides opt-outs. */
export interface SendsCarried {
  /** Rows of the send ledger carried (the hourly and daily limits count them). */
  sends: number
  /** Campaign items marked sent or uncertain because the damaged file says they were claimed. */
  items: number
  /**
   * Items still queued in the copy marked uncertain because the damaged file could not tell
   * whether they were sent (see markUnknownSends): the owner says for each, nothing resends it.
   */
  unknown: number
  blocks: number
  withdrawals: number
  /**
   * The lists whose phone broadcast list's record in the copy was forgotten because the damaged
   * file could not tell what is on the phone now (carryPhoneLists): none is used until the owner
   * makes it again. The phone lists it could tell are carried, and not counted.
   */
  phoneListsForgotten: string[]
  /**
   * Rows read from the damaged file that the copy refused (a value damaged in a way the read could
   * not see, or a fact the copy's checks forbid): left out, and the carry is not complete.
   */
  refused: number
  /**
   * False: some of the damaged file's sends, items, blocks or withdrawals could not be read or
   * carried.
   */
  complete: boolean
  /**
   * False: some sends could not be read or carried, so the number's limits may count fewer
   * messages than it has sent.
   */
  sendsWhole: boolean
}

/**
 * Carries into the copy (open, in one transaction) what the damaged file still tells of its
 * sends, the items they were for, its blocks and consent withdrawals — with the same code as the
 * owner's own restore (backups/carry-sends.ts) — and then keeps "never twice" where it could not
 * be read (markUnknownSends). A row the copy refuses is left out and counted; should the carry
 * fail all the same, only the carry is undone and every queued item is held back instead
 * (holdBackEveryQueued): what the damaged file tells of its sends never fails the recovery.
 */
export function carrySalvagedSends(
  salvaged: SalvagedSendRecord,
  copy: Database,
  now: number,
  // console.warn goes to the log file (logging/install-log.ts).
  log: (message: string, error: unknown) => void = (message, error) => {
    console.warn(message, error)
  },
): SendsCarried {
  try {
    return copy.transaction(() => {
      const { source, dropped } = sourceOf(salvaged, copy)
      const { writeRow, refused } = skippingRefused(copy)
      const { carried, senders } = carrySendRecord(source, copy, now, writeRow)
      const phoneLists = carryPhoneLists(
        salvagedPhoneListSource(salvaged),
        copy,
        // A sender the copy refuses (a damaged value) leaves its phone list unknown, not the carry.
        (id) => (senders.knows(id) ? writeRow('phone_list', () => senders.of(id)) : undefined),
        writeRow,
      )
      const ledgerWhole = salvaged.ledger.complete && dropped === 0 && refused.ledger === 0
      const unknown = ledgerWhole ? 0 : markUnknownSends(salvaged, copy, now, true)
      const refusedRows = Object.values(refused).reduce((sum, n) => sum + n, 0)
      // A read matters only where this database has something it could change: withdrawals need
      // contacts, items need campaigns. An empty start has neither.
      const has = (table: 'contacts' | 'campaigns') =>
        copy.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1
      // The phone lists are not among them: what damage hid of those is said list by list.
      const reads = [
        salvaged.senders.complete,
        salvaged.blocks.complete,
        ...(has('contacts') ? [salvaged.withdrawals.complete] : []),
        ...(has('campaigns') ? [salvaged.campaigns.complete, salvaged.items.complete] : []),
      ]
      const complete = salvaged.readable && ledgerWhole && refusedRows === 0 && reads.every(Boolean)
      return {
        ...carried,
        unknown,
        phoneListsForgotten: phoneLists.forgotten,
        refused: refusedRows,
        complete,
        sendsWhole: salvaged.readable && ledgerWhole,
      }
    })()
  } catch (error) {
    log(
      'recovery: the sends of the damaged file could not be carried; queued items held back',
      error,
    )
    return holdBackEveryQueued(salvaged, copy, now)
  }
}

/**
 * Writes each row in a SAVEPOINT of its own (a nested transaction): a row the copy's checks or
 * triggers refuse is undone alone and counted. The refusals are SQLite's constraint errors (a
 * CHECK, a trigger's RAISE, a foreign key, a type); anything else fails the carry.
 */
function skippingRefused(copy: Database) {
  const refused: Record<CarriedKind, number> = {
    withdrawal: 0,
    ledger: 0,
    item: 0,
    block: 0,
    phone_list: 0,
  }
  const writeRow: RowWriter = (kind, write) => {
    try {
      return copy.transaction(write)()
    } catch (error) {
      if (!(error instanceof Sqlite.SqliteError) || !refusal.test(error.code)) throw error
      refused[kind] += 1
      return undefined
    }
  }
  return { writeRow, refused }
}
const refusal = /^SQLITE_(CONSTRAINT|MISMATCH)/

/**
 * The last resort, when carrying failed as a whole (and was undone): nothing of the damaged
 * file's sends is carried, so any item still queued in the copy may have been sent after it —
 * each is marked uncertain (campaigns the damaged file shows still a draft aside) — and what is
 * on the phone cannot be told: the copy's phone lists are forgotten.
 */
function holdBackEveryQueued(salvaged: SalvagedSendRecord, copy: Database, now: number) {
  return copy.transaction(() => {
    const unknown = markUnknownSends(salvaged, copy, now, false)
    const nothingKnown: PhoneListSource = {
      lists: new Map(),
      listsComplete: false,
      phoneListOf: () => undefined,
    }
    const phoneLists = carryPhoneLists(nothingKnown, copy, () => undefined)
    return {
      withdrawals: 0,
      sends: 0,
      items: 0,
      blocks: 0,
      unknown,
      phoneListsForgotten: phoneLists.forgotten,
      refused: 0,
      complete: false,
      sendsWhole: false,
    }
  })()
}

/**
 * The damaged file's lists and phone lists as carryPhoneLists reads them: a phone list, or its
 * members, that damage hid is unknown; so is a list's, when the phone lists were not read whole.
 */
function salvagedPhoneListSource(salvaged: SalvagedSendRecord): PhoneListSource {
  const byList = new Map(salvaged.phoneLists.rows.map((read) => [read.row.list_id, read]))
  return {
    lists: new Map(salvaged.lists.rows.map((list) => [list.id, list.created_at])),
    listsComplete: salvaged.lists.complete,
    phoneListOf(listId) {
      const read = byList.get(listId)
      if (!read) return salvaged.phoneLists.complete ? null : undefined
      return read.members === undefined ? undefined : { ...read.row, members: read.members }
    },
  }
}

/**
 * The salvaged rows as the carrying code takes them. A send or block whose sender's row was lost
 * is put on the copy's sender of the same id (the file had it: ids are not reused while a sender
 * has sends); one whose sender neither file has is dropped, and counted.
 */
function sourceOf(salvaged: SalvagedSendRecord, copy: Database) {
  const senders = new Map(salvaged.senders.rows.map((row) => [row.id, row]))
  const copySender = copy.prepare<[number], SenderRow>('SELECT * FROM senders WHERE id = ?')
  const phoneOf = (id: number): string | undefined => {
    const known = senders.get(id)
    if (known) return known.phone
    const ours = copySender.get(id)
    if (!ours) return undefined
    senders.set(id, ours)
    return ours.phone
  }
  let dropped = 0
  const withPhone = <Row extends { sender_id: number }>(rows: Row[]) =>
    rows.flatMap((row) => {
      const phone = phoneOf(row.sender_id)
      if (phone === undefined) dropped += 1
      return phone === undefined ? [] : [{ ...row, phone }]
    })
  const ledger = withPhone(salvaged.ledger.rows)
  const blocks = withPhone(salvaged.blocks.rows)
  const source: CarrySource = {
    senders: [...senders.values()],
    withdrawals: salvaged.withdrawals.rows,
    ledger,
    campaigns: new Map(salvaged.campaigns.rows.map((c) => [c.id, c.created_at])),
    campaignsComplete: salvaged.campaigns.complete,
    items: salvaged.items.rows,
    blocks,
  }
  return { source, dropped }
}

/**
 * "Never twice" where the damaged file's ledger could not be read whole. Every claim writes the
 * item ('sending') and its ledger row in one transaction, so a whole ledger knows every message
 * that may have gone, and the carrying above has marked them. Without it, an item still queued
 * (planned or sending) in the copy may have been sent after the copy was taken, its ledger row
 * lost. Such an item is marked uncertain — the owner says whether it went out; Resume never
 * sends it — unless the damaged file shows it was not sent:
 * - its own item row was read (a claimed one was carried above; one still planned was not sent);
 * - or its campaign's row was read and the campaign was still a draft (never started).
 * Campaigns that ended (finished, cancelled) in the copy send nothing more and are left alone.
 * A campaign whose row was read with another creation time is another campaign (the copy's was
 * deleted after the copy): nothing of it can be read, so its queued items are uncertain too.
 */
function markUnknownSends(
  salvaged: SalvagedSendRecord,
  copy: Database,
  now: number,
  itemsCarried: boolean,
): number {
  const theirCampaigns = new Map(salvaged.campaigns.rows.map((c) => [c.id, c]))
  // An item row read tells only once what it told was carried (a claimed one marked above).
  const itemRead = new Set(
    itemsCarried
      ? salvaged.items.rows.map((item) => `${String(item.campaign_id)}|${item.e164}`)
      : [],
  )
  const queued = copy
    .prepare<[], { id: number; campaign_id: number; e164: string; created_at: number }>(
      `SELECT i.id, i.campaign_id, i.e164, c.created_at FROM campaign_items i
       JOIN campaigns c ON c.id = i.campaign_id
       WHERE i.state IN ('planned', 'sending') AND i.e164 IS NOT NULL
         AND c.state NOT IN ('finished', 'cancelled')`,
    )
    .all()
  const mark = copy.prepare<[number, number]>(
    `UPDATE campaign_items SET state = 'uncertain', reason = NULL, done_at = ? WHERE id = ?`,
  )
  let marked = 0
  for (const item of queued) {
    const theirs = theirCampaigns.get(item.campaign_id)
    const same = theirs?.created_at === item.created_at
    if (same && theirs.state === 'draft') continue
    if (same && itemRead.has(`${String(item.campaign_id)}|${item.e164}`)) continue
    if (theirs === undefined && itemRead.has(`${String(item.campaign_id)}|${item.e164}`)) continue
    marked += mark.run(now, item.id).changes
  }
  return marked
}

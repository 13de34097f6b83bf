import Sqlite, { type Database } from 'better-sqlite3'
import type { CarriedForward } from '../../../shared/backups'
import { carryPhoneLists } from './carry-phone-lists'

/**
 * What protects people and the number is never undone by a restore: after the copy is readied
 * (migrated, its campaigns paused) and before it replaces the database, this carries forward from
 * the database in use into the copy, in one transaction on the copy:
 * - the opt-out list and its events (the union; the list follows each number's latest event, so an
 *   opt-out after the copy stays, and so does a confirmed re-subscription after it);
 * - consent withdrawals (by phone number);
 * - the send ledger (rows the copy lacks or has in an earlier state), so the limits count what was
 *   really sent, and the items of a campaign both files have that were sent (or may have been);
 * - the block history and each number's block in force;
 * - the phone's broadcast lists of the lists both files have (carry-phone-lists.ts).
 * Senders are matched by their number (E.164); one the copy lacks comes with its row.
 * The database in use is only read, through its own read-only connection.
 */
export function carryForward(options: {
  /** The database in use (open in WAL by the core, nothing in flight). */
  from: string
  /** The readied copy that will replace it. */
  into: string
  now: number
  nativeBinding?: string
}): CarriedForward {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const current = new Sqlite(options.from, { readonly: true, fileMustExist: true, ...binding })
  try {
    const copy = new Sqlite(options.into, { fileMustExist: true, ...binding })
    try {
      copy.pragma('foreign_keys = ON')
      // One snapshot of the database in use for everything read below.
      current.exec('BEGIN')
      try {
        return copy.transaction(() => carry(current, copy, options.now))()
      } finally {
        current.exec('COMMIT')
      }
    } finally {
      copy.close()
    }
  } finally {
    current.close()
  }
}

function carry(current: Database, copy: Database, now: number): CarriedForward {
  const senders = senderMap(current, copy)
  const { optOuts, resubscriptions } = carryOptOuts(current, copy)
  const withdrawals = carryWithdrawals(current, copy, now)
  const { sends, items } = carryLedger(current, copy, senders)
  const blocks = carryBlocks(current, copy, senders)
  // What is on the owner's phone did not go back in time with the file (not counted in the notice).
  carryPhoneLists(current, copy, (id) => senders.of(id))
  return { optOuts, resubscriptions, withdrawals, sends, items, blocks }
}

const columnsOf = (db: Database, table: string): string[] =>
  db.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table)

/** The copy's sender for each sender of the database in use, carrying one it lacks when asked. */
function senderMap(current: Database, copy: Database) {
  const copyByPhone = new Map<string, number>()
  // A live sender of the number before one deleted (migration 0080 marks them), then the oldest.
  const liveFirst = columnsOf(copy, 'senders').includes('deleted_at')
    ? 'deleted_at IS NOT NULL DESC, id DESC'
    : 'id DESC'
  for (const row of copy
    .prepare<[], { id: number; phone: string }>(
      `SELECT id, phone FROM senders ORDER BY ${liveFirst}`,
    )
    .all()) {
    copyByPhone.set(row.phone, row.id) // the last one set wins
  }
  const rows = new Map(
    current
      .prepare<[], Record<string, unknown> & { id: number; phone: string }>('SELECT * FROM senders')
      .all()
      .map((row) => [row.id, row]),
  )
  // Soft delete (deleted_at) and other columns: copied where both files have them.
  const copyColumns = new Set(columnsOf(copy, 'senders'))
  const shared = columnsOf(current, 'senders').filter((name) => copyColumns.has(name))
  const idTaken = copy.prepare<[number], number>('SELECT 1 FROM senders WHERE id = ?').pluck()
  const mapped = new Map<number, number>()

  /** The copy's sender with the same number, if it has one (never carried). */
  const existing = (currentId: number): number | undefined => {
    const row = rows.get(currentId)
    return row ? copyByPhone.get(row.phone) : undefined
  }

  return {
    existing,
    /** The copy's sender with the same number; one the copy lacks is carried with its row. */
    of(currentId: number): number {
      const known = mapped.get(currentId) ?? existing(currentId)
      if (known !== undefined) return known
      const row = rows.get(currentId)
      if (!row) throw new Error(`sender ${String(currentId)} is missing from the database in use`)
      const columns = shared.filter((name) => name !== 'id' || idTaken.get(currentId) === undefined)
      const id = Number(
        copy
          .prepare(
            `INSERT INTO senders (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
          )
          .run(Object.fromEntries(columns.map((c) => [c, row[c]]))).lastInsertRowid,
      )
      mapped.set(currentId, id)
      copyByPhone.set(row.phone, id)
      return id
    },
  }
}
type SenderMap = ReturnType<typeof senderMap>

interface OptOutEvent {
  e164: string
  action: 'opted_out' | 'resubscribed'
  at: number
  source: string
  note: string
}
interface OptOutRow {
  e164: string
  created_at: number
  source: string
  note: string
  linked_from: string | null
}

const eventKey = (event: OptOutEvent) => `${event.action}|${String(event.at)}|${event.source}`

function eventsByNumber(db: Database): Map<string, OptOutEvent[]> {
  const byNumber = new Map<string, OptOutEvent[]>()
  for (const event of db
    .prepare<[], OptOutEvent>(
      'SELECT e164, action, at, source, note FROM opt_out_events ORDER BY id',
    )
    .all()) {
    const list = byNumber.get(event.e164) ?? []
    list.push(event)
    byNumber.set(event.e164, list)
  }
  return byNumber
}

/**
 * The copy's events and the ones only the database in use has, each in its own order, merged
 * by time; at the same moment the database in use (the later knowledge) comes last.
 */
function mergeEvents(copyEvents: OptOutEvent[], missing: OptOutEvent[]): OptOutEvent[] {
  const merged: OptOutEvent[] = []
  let i = 0
  let j = 0
  while (i < copyEvents.length || j < missing.length) {
    const a = copyEvents[i]
    const b = missing[j]
    if (a && (!b || a.at <= b.at)) {
      merged.push(a)
      i += 1
    } else if (b) {
      merged.push(b)
      j += 1
    }
  }
  return merged
}

/**
 * The union of the opt-out events, without the ones both have (same number, action, time and
 * source), and the list made to agree with each number's latest event. A number's events are
 * rewritten in that order, so that migration 0030's guard (a delete needs a 'resubscribed' event
 * last) and its insert trigger (which records the 'opted_out' event itself) stay true.
 */
function carryOptOuts(current: Database, copy: Database) {
  const currentEvents = eventsByNumber(current)
  const copyEvents = eventsByNumber(copy)
  const rowsOf = (db: Database) =>
    new Map(
      db
        .prepare<[], OptOutRow>('SELECT e164, created_at, source, note, linked_from FROM opt_outs')
        .all()
        .map((row) => [row.e164, row]),
    )
  const currentRows = rowsOf(current)
  const copyRows = rowsOf(copy)
  const forget = copy.prepare<[string]>('DELETE FROM opt_out_events WHERE e164 = ?')
  const record = copy.prepare<[OptOutEvent]>(
    'INSERT INTO opt_out_events (e164, action, at, source, note) VALUES (@e164, @action, @at, @source, @note)',
  )
  const optOut = copy.prepare<[OptOutRow]>(
    `INSERT INTO opt_outs (e164, created_at, source, note, linked_from)
     VALUES (@e164, @created_at, @source, @note, @linked_from)`,
  )
  const takeOff = copy.prepare<[string]>('DELETE FROM opt_outs WHERE e164 = ?')
  let optOuts = 0
  let resubscriptions = 0

  for (const e164 of new Set([...currentEvents.keys(), ...currentRows.keys()])) {
    const theirs = currentEvents.get(e164) ?? []
    const ours = copyEvents.get(e164) ?? []
    const unmatched = new Map<string, number>()
    for (const event of ours)
      unmatched.set(eventKey(event), (unmatched.get(eventKey(event)) ?? 0) + 1)
    const missing = theirs.filter((event) => {
      const left = unmatched.get(eventKey(event)) ?? 0
      if (left === 0) return true
      unmatched.set(eventKey(event), left - 1)
      return false
    })
    const merged = mergeEvents(ours, missing)
    const latest = merged.at(-1)
    // On the list without any event (never written so, but on the safe side): it stays on.
    const optedOut =
      (currentRows.has(e164) && theirs.length === 0) ||
      (latest ? latest.action === 'opted_out' : currentRows.has(e164) || copyRows.has(e164))
    const inCopy = copyRows.has(e164)
    if (missing.length === 0 && optedOut === inCopy) continue

    const row =
      optedOut && !inCopy
        ? (currentRows.get(e164) ?? {
            e164,
            created_at: latest?.at ?? 0,
            source: latest?.source ?? 'manual_entry',
            note: latest?.note ?? '',
            linked_from: null,
          })
        : undefined
    let events = merged
    if (row) {
      // The insert below records this event itself, as the last one.
      const own = merged.findLastIndex(
        (event) =>
          event.action === 'opted_out' &&
          event.at === row.created_at &&
          event.source === row.source,
      )
      if (own >= 0) events = merged.filter((_, index) => index !== own)
    }
    forget.run(e164)
    for (const event of events) record.run(event)
    if (row) {
      optOut.run(row)
      optOuts += 1
    } else if (!optedOut && inCopy) {
      takeOff.run(e164)
      resubscriptions += 1
    }
  }
  return { optOuts, resubscriptions }
}

/** A person who withdrew consent after the copy: their contact in the copy (same number) too. */
function carryWithdrawals(current: Database, copy: Database, now: number): number {
  const withdrawn = current
    .prepare<[], { e164: string; source: string; at: number | null }>(
      `SELECT p.e164, c.consent_source AS source, c.consent_at AS at
       FROM contacts c JOIN contact_phones p ON p.contact_id = c.id WHERE c.consent = 'withdrawn'`,
    )
    .all()
  const withdraw = copy.prepare<[{ e164: string; source: string; at: number | null; now: number }]>(
    `UPDATE contacts SET consent = 'withdrawn', consent_source = @source, consent_at = @at,
       updated_at = @now
     WHERE id = (SELECT contact_id FROM contact_phones WHERE e164 = @e164) AND consent <> 'withdrawn'`,
  )
  let changed = 0
  for (const row of withdrawn) changed += withdraw.run({ ...row, now }).changes
  return changed
}

type LedgerState = 'sending' | 'uncertain' | 'sent' | 'not_sent'
interface LedgerRow {
  id: number
  sender_id: number
  phone: string
  campaign_id: number | null
  item_id: number | null
  e164: string
  at: number
  new_chat: number
  state: LedgerState
  wamid: string | null
  wa_id: string | null
  delivery: string | null
  delivery_at: number | null
  error_code: number | null
  channel: string | null
}

/** How far a send has got: a row never goes back to an earlier state. */
const progress: Record<LedgerState, number> = { sending: 0, uncertain: 1, sent: 2, not_sent: 2 }

/**
 * Every send of the database in use the copy lacks or has in an earlier state, so the limits
 * count what was really sent; a row still 'sending' is carried as 'uncertain' (its message may
 * have gone; never a claim). A campaign both files have (same id, created at the same moment)
 * gets its items marked as the ledger says, so resuming it never messages someone twice.
 */
function carryLedger(current: Database, copy: Database, senders: SenderMap) {
  const ledgerOf = (db: Database) =>
    db
      .prepare<[], LedgerRow>(
        'SELECT l.*, s.phone FROM send_ledger l JOIN senders s ON s.id = l.sender_id ORDER BY l.id',
      )
      .all()
  const theirs = ledgerOf(current)
  const ours = ledgerOf(copy)
  const byId = new Map(ours.map((row) => [row.id, row]))
  const byWamid = new Map(ours.flatMap((row) => (row.wamid ? [[row.wamid, row]] : [])))
  const keyOf = (row: LedgerRow) => `${row.phone}|${row.e164}|${String(row.at)}`
  const byKey = new Map(ours.map((row) => [keyOf(row), row]))
  const sameRow = (row: LedgerRow): LedgerRow | undefined => {
    const withId = byId.get(row.id)
    if (withId && withId.phone === row.phone && withId.e164 === row.e164) return withId
    return (row.wamid ? byWamid.get(row.wamid) : undefined) ?? byKey.get(keyOf(row))
  }

  const createdAt = (db: Database) =>
    new Map(
      db
        .prepare<[], { id: number; created_at: number }>('SELECT id, created_at FROM campaigns')
        .all()
        .map((c) => [c.id, c.created_at]),
    )
  const copyCampaigns = createdAt(copy)
  const currentCampaigns = createdAt(current)
  const bothHave = (id: number | null): id is number =>
    id !== null &&
    copyCampaigns.get(id) !== undefined &&
    copyCampaigns.get(id) === currentCampaigns.get(id)
  const itemOf = copy.prepare<[number, string], { id: number; state: string }>(
    'SELECT id, state FROM campaign_items WHERE campaign_id = ? AND e164 = ?',
  )
  const currentItem = current.prepare<
    [number],
    { sent_text: string | null; done_at: number | null }
  >('SELECT sent_text, done_at FROM campaign_items WHERE id = ?')

  const advance = copy.prepare(
    `UPDATE send_ledger SET state = @state, at = @at, wamid = @wamid, wa_id = @wa_id,
       delivery = @delivery, delivery_at = @delivery_at, error_code = @error_code WHERE id = @id`,
  )
  const insert = copy.prepare(
    `INSERT INTO send_ledger (sender_id, campaign_id, item_id, e164, at, new_chat, state, wamid,
       wa_id, delivery, delivery_at, error_code, channel)
     VALUES (@sender_id, @campaign_id, @item_id, @e164, @at, @new_chat, @state, @wamid, @wa_id,
       @delivery, @delivery_at, @error_code, @channel)`,
  )
  const markItem = copy.prepare(
    `UPDATE campaign_items SET state = @state, reason = NULL, done_at = @done_at,
       claimed_at = coalesce(claimed_at, @at), sent_text = coalesce(sent_text, @sent_text)
     WHERE id = @id`,
  )

  let sends = 0
  let items = 0
  for (const row of theirs) {
    const state: LedgerState = row.state === 'sending' ? 'uncertain' : row.state
    const settled = { ...row, state }
    const known = sameRow(row)
    if (known) {
      if (progress[state] > progress[known.state]) {
        advance.run({
          id: known.id,
          state,
          at: row.at,
          wamid: row.wamid,
          wa_id: row.wa_id,
          delivery: row.delivery,
          delivery_at: row.delivery_at,
          error_code: row.error_code,
        })
        sends += 1
      }
    } else {
      const campaignId = bothHave(row.campaign_id) ? row.campaign_id : null
      const item = campaignId === null ? undefined : itemOf.get(campaignId, row.e164)
      insert.run({
        sender_id: senders.of(row.sender_id),
        campaign_id: campaignId,
        item_id: item?.id ?? null,
        e164: row.e164,
        at: row.at,
        new_chat: row.new_chat,
        state,
        wamid: row.wamid,
        wa_id: row.wa_id,
        delivery: row.delivery,
        delivery_at: row.delivery_at,
        error_code: row.error_code,
        channel: row.channel,
      })
      sends += 1
    }

    if (settled.state === 'not_sent' || !bothHave(row.campaign_id)) continue
    const item = itemOf.get(row.campaign_id, row.e164)
    if (!item) continue
    const open = item.state === 'planned' || item.state === 'sending'
    if (!open && !(item.state === 'uncertain' && state === 'sent')) continue
    const theirItem = row.item_id === null ? undefined : currentItem.get(row.item_id)
    markItem.run({
      id: item.id,
      state,
      done_at: theirItem?.done_at ?? row.at,
      at: row.at,
      sent_text: theirItem?.sent_text ?? null,
    })
    items += 1
  }
  return { sends, items }
}

interface BlockRow {
  id: number
  sender_id: number
  phone: string
  block: string
  at: number
  until: number | null
  lifted_at: number | null
}

/**
 * The block history of the database in use (a record the copy lacks is added, one it has in an
 * earlier form — prolonged, lifted — is updated) and each number's block in force.
 */
function carryBlocks(current: Database, copy: Database, senders: SenderMap): number {
  const blocksOf = (db: Database) =>
    db
      .prepare<[], BlockRow>(
        'SELECT b.*, s.phone FROM sender_blocks b JOIN senders s ON s.id = b.sender_id ORDER BY b.id',
      )
      .all()
  const ours = blocksOf(copy)
  const byId = new Map(ours.map((row) => [row.id, row]))
  const byKey = new Map(ours.map((row) => [`${row.phone}|${String(row.at)}|${row.block}`, row]))
  const update = copy.prepare(
    'UPDATE sender_blocks SET block = @block, at = @at, until = @until, lifted_at = @lifted_at WHERE id = @id',
  )
  const insert = copy.prepare(
    `INSERT INTO sender_blocks (sender_id, block, at, until, lifted_at)
     VALUES (@sender_id, @block, @at, @until, @lifted_at)`,
  )
  let blocks = 0
  for (const row of blocksOf(current)) {
    const withId = byId.get(row.id)
    const known =
      withId && withId.phone === row.phone
        ? withId
        : byKey.get(`${row.phone}|${String(row.at)}|${row.block}`)
    if (known) {
      if (
        known.block !== row.block ||
        known.at !== row.at ||
        known.until !== row.until ||
        known.lifted_at !== row.lifted_at
      ) {
        update.run({
          id: known.id,
          block: row.block,
          at: row.at,
          until: row.until,
          lifted_at: row.lifted_at,
        })
        blocks += 1
      }
    } else {
      insert.run({
        sender_id: senders.of(row.sender_id),
        block: row.block,
        at: row.at,
        until: row.until,
        lifted_at: row.lifted_at,
      })
      blocks += 1
    }
  }
  // The block in force (or none, when it was lifted after the copy) is the current one.
  const setBlock = copy.prepare<[{ block: string | null; id: number }]>(
    'UPDATE senders SET block = @block WHERE id = @id AND block IS NOT @block',
  )
  for (const sender of current
    .prepare<[], { id: number; block: string | null }>('SELECT id, block FROM senders')
    .all()) {
    const ours = senders.existing(sender.id)
    if (ours !== undefined) setBlock.run({ block: sender.block, id: ours })
  }
  return blocks
}

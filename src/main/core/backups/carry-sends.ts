import type { Database } from 'better-sqlite3'
import type { BlockRow, CarrySource, ItemState, LedgerRow, LedgerState } from './carry-source'

/** What carrySendRecord carried into the copy. */
export interface CarriedSends {
  withdrawals: number
  sends: number
  items: number
  blocks: number
}

/** Which record of the source a row written into the copy carries. */
export type CarriedKind = 'withdrawal' | 'ledger' | 'item' | 'block' | 'phone_list'

/**
 * Writes one carried row (`write`), or answers undefined when the row was refused and left out.
 * The owner's restore writes every row as it is: a healthy file's rows fit the copy's schema. The
 * recovery reads rows around damage, and leaves out one the copy's checks refuse
 * (db/recovery/carry-salvaged-sends.ts).
 */
export type RowWriter = <T>(kind: CarriedKind, write: () => T) => T | undefined
export const writeEveryRow: RowWriter = (_kind, write) => write()

/**
 * Carries into the copy (inside the caller's transaction) what a restore must never undo besides
 * the opt-out list: consent withdrawals, the send ledger and the items it (or the items' own
 * state) shows were sent or may have been, and the block history. The source is the file that
 * was in use, read whole (carry-forward.ts) or around its damage (db/recovery): whatever the
 * source lacks is simply not carried. Each row goes through `writeRow`.
 */
export function carrySendRecord(
  source: CarrySource,
  copy: Database,
  now: number,
  writeRow: RowWriter = writeEveryRow,
) {
  const senders = senderMap(source, copy)
  const withdrawals = carryWithdrawals(source, copy, now, writeRow)
  const campaigns = sameCampaigns(source, copy)
  const ledger = carryLedger(source, copy, senders, campaigns, writeRow)
  const items = ledger.items + carryItemStates(source, copy, campaigns, writeRow)
  const blocks = carryBlocks(source, copy, senders, writeRow)
  return { carried: { withdrawals, sends: ledger.sends, items, blocks }, senders }
}

const columnsOf = (db: Database, table: string): string[] =>
  db.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table)

/** The copy's sender for each sender of the source, carrying one it lacks when asked. */
function senderMap(source: CarrySource, copy: Database) {
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
  const rows = new Map(source.senders.map((row) => [row.id, row]))
  // Soft delete (deleted_at) and other columns: copied where both files have them.
  const copyColumns = new Set(columnsOf(copy, 'senders'))
  const idTaken = copy.prepare<[number], number>('SELECT 1 FROM senders WHERE id = ?').pluck()
  const mapped = new Map<number, number>()

  /** The copy's sender with the same number, if it has one (never carried). */
  const existing = (sourceId: number): number | undefined => {
    const row = rows.get(sourceId)
    return row ? copyByPhone.get(row.phone) : undefined
  }

  return {
    existing,
    /** Whether `of` can answer: the source has the sender's row, or the copy its number. */
    knows: (sourceId: number): boolean =>
      mapped.has(sourceId) || existing(sourceId) !== undefined || rows.has(sourceId),
    /** The copy's sender with the same number; one the copy lacks is carried with its row. */
    of(sourceId: number): number {
      const known = mapped.get(sourceId) ?? existing(sourceId)
      if (known !== undefined) return known
      const row = rows.get(sourceId)
      if (!row) throw new Error(`sender ${String(sourceId)} is missing from the source`)
      const columns = Object.keys(row).filter(
        (name) => copyColumns.has(name) && (name !== 'id' || idTaken.get(sourceId) === undefined),
      )
      const id = Number(
        copy
          .prepare(
            `INSERT INTO senders (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
          )
          .run(Object.fromEntries(columns.map((c) => [c, row[c]]))).lastInsertRowid,
      )
      mapped.set(sourceId, id)
      copyByPhone.set(row.phone, id)
      return id
    },
  }
}
export type SenderMap = ReturnType<typeof senderMap>

/** A person who withdrew consent after the copy: their contact in the copy (same number) too. */
function carryWithdrawals(
  source: CarrySource,
  copy: Database,
  now: number,
  writeRow: RowWriter,
): number {
  const withdraw = copy.prepare<[{ e164: string; source: string; at: number | null; now: number }]>(
    `UPDATE contacts SET consent = 'withdrawn', consent_source = @source, consent_at = @at,
       updated_at = @now
     WHERE id = (SELECT contact_id FROM contact_phones WHERE e164 = @e164) AND consent <> 'withdrawn'`,
  )
  let changed = 0
  for (const row of source.withdrawals)
    changed += writeRow('withdrawal', () => withdraw.run({ ...row, now }).changes) ?? 0
  return changed
}

/**
 * Whether a campaign id of the source is a campaign the copy has too: the same id created at the
 * same moment; a campaign the source could not read counts as the same (the safe side).
 */
function sameCampaigns(source: CarrySource, copy: Database) {
  const copyCampaigns = new Map(
    copy
      .prepare<[], { id: number; created_at: number }>('SELECT id, created_at FROM campaigns')
      .all()
      .map((c) => [c.id, c.created_at]),
  )
  return (id: number | null): id is number => {
    if (id === null) return false
    const ours = copyCampaigns.get(id)
    if (ours === undefined) return false
    const theirs = source.campaigns.get(id)
    return theirs === undefined ? !source.campaignsComplete : theirs === ours
  }
}
type SameCampaign = ReturnType<typeof sameCampaigns>

/** How far a send has got: a row never goes back to an earlier state. */
const progress: Record<LedgerState, number> = { sending: 0, uncertain: 1, sent: 2, not_sent: 2 }

/**
 * Every send of the source the copy lacks or has in an earlier state, so the limits count what
 * was really sent; a row still 'sending' is carried as 'uncertain' (its message may have gone;
 * never a claim). A campaign both files have gets its items marked as the ledger says, so
 * resuming it never messages someone twice.
 */
function carryLedger(
  source: CarrySource,
  copy: Database,
  senders: SenderMap,
  bothHave: SameCampaign,
  writeRow: RowWriter,
) {
  const ours = copy
    .prepare<[], LedgerRow>(
      'SELECT l.*, s.phone FROM send_ledger l JOIN senders s ON s.id = l.sender_id ORDER BY l.id',
    )
    .all()
  const byId = new Map(ours.map((row) => [row.id, row]))
  const byWamid = new Map(ours.flatMap((row) => (row.wamid ? [[row.wamid, row]] : [])))
  const keyOf = (row: LedgerRow) => `${row.phone}|${row.e164}|${String(row.at)}`
  const byKey = new Map(ours.map((row) => [keyOf(row), row]))
  const sameRow = (row: LedgerRow): LedgerRow | undefined => {
    const withId = byId.get(row.id)
    if (withId && withId.phone === row.phone && withId.e164 === row.e164) return withId
    return (row.wamid ? byWamid.get(row.wamid) : undefined) ?? byKey.get(keyOf(row))
  }

  const itemOf = copy.prepare<[number, string], { id: number; state: string }>(
    'SELECT id, state FROM campaign_items WHERE campaign_id = ? AND e164 = ?',
  )
  const theirItems = new Map(source.items.map((item) => [item.id, item]))

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
  const markItem = markItemIn(copy)

  let sends = 0
  let items = 0
  for (const row of source.ledger) {
    const state: LedgerState = row.state === 'sending' ? 'uncertain' : row.state
    const known = sameRow(row)
    if (known) {
      if (progress[state] > progress[known.state]) {
        const advanced = writeRow('ledger', () =>
          advance.run({
            id: known.id,
            state,
            at: row.at,
            wamid: row.wamid,
            wa_id: row.wa_id,
            delivery: row.delivery,
            delivery_at: row.delivery_at,
            error_code: row.error_code,
          }),
        )
        if (advanced) sends += 1
      }
    } else {
      const campaignId = bothHave(row.campaign_id) ? row.campaign_id : null
      const item = campaignId === null ? undefined : itemOf.get(campaignId, row.e164)
      // The sender on its own: a row refused below must not take back a sender other rows use.
      const senderId = writeRow('ledger', () => senders.of(row.sender_id))
      const inserted =
        senderId !== undefined &&
        writeRow('ledger', () =>
          insert.run({
            sender_id: senderId,
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
          }),
        )
      if (inserted) sends += 1
    }

    if (state === 'not_sent' || !bothHave(row.campaign_id)) continue
    const item = itemOf.get(row.campaign_id, row.e164)
    if (!item || !opensTo(item.state, state)) continue
    const theirItem = row.item_id === null ? undefined : theirItems.get(row.item_id)
    // Even when its ledger row was refused above: the row says the message went.
    const marked = writeRow('item', () =>
      markItem.run({
        id: item.id,
        state,
        done_at: theirItem?.done_at ?? row.at,
        at: row.at,
        sent_text: theirItem?.sent_text ?? null,
      }),
    )
    if (marked) items += 1
  }
  return { sends, items }
}

/** Whether an item of the copy in `ours` state is to be marked `theirs` (sent or may have been). */
const opensTo = (ours: string, theirs: 'sent' | 'uncertain'): boolean =>
  ours === 'planned' || ours === 'sending' || (ours === 'uncertain' && theirs === 'sent')

const markItemIn = (copy: Database) =>
  copy.prepare(
    `UPDATE campaign_items SET state = @state, reason = NULL, done_at = @done_at,
       claimed_at = coalesce(claimed_at, @at), sent_text = coalesce(sent_text, @sent_text)
     WHERE id = @id`,
  )

/**
 * The items' own states, for what the ledger did not say (its row lost to damage): an item the
 * source had claimed is sent or uncertain in the copy too. The claim writes the item and its
 * ledger row in one transaction, so with a whole ledger this adds nothing.
 */
function carryItemStates(
  source: CarrySource,
  copy: Database,
  bothHave: SameCampaign,
  writeRow: RowWriter,
): number {
  const itemOf = copy.prepare<[number, string], { id: number; state: string }>(
    'SELECT id, state FROM campaign_items WHERE campaign_id = ? AND e164 = ?',
  )
  const markItem = markItemIn(copy)
  const claimed: Partial<Record<ItemState, 'sent' | 'uncertain'>> = {
    sent: 'sent',
    sending: 'uncertain',
    uncertain: 'uncertain',
  }
  let items = 0
  for (const theirs of source.items) {
    const state = claimed[theirs.state]
    if (!state || !bothHave(theirs.campaign_id)) continue
    const item = itemOf.get(theirs.campaign_id, theirs.e164)
    if (!item || !opensTo(item.state, state)) continue
    const at = theirs.claimed_at ?? theirs.done_at ?? 0
    const marked = writeRow('item', () =>
      markItem.run({
        id: item.id,
        state,
        done_at: theirs.done_at ?? at,
        at,
        sent_text: theirs.sent_text,
      }),
    )
    if (marked) items += 1
  }
  return items
}

/**
 * The block history of the source (a record the copy lacks is added, one it has in an earlier
 * form — prolonged, lifted — is updated) and each number's block in force.
 */
function carryBlocks(
  source: CarrySource,
  copy: Database,
  senders: SenderMap,
  writeRow: RowWriter,
): number {
  const ours = copy
    .prepare<[], BlockRow>(
      'SELECT b.*, s.phone FROM sender_blocks b JOIN senders s ON s.id = b.sender_id ORDER BY b.id',
    )
    .all()
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
  for (const row of source.blocks) {
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
        const updated = writeRow('block', () =>
          update.run({
            id: known.id,
            block: row.block,
            at: row.at,
            until: row.until,
            lifted_at: row.lifted_at,
          }),
        )
        if (updated) blocks += 1
      }
    } else {
      const senderId = writeRow('block', () => senders.of(row.sender_id))
      const inserted =
        senderId !== undefined &&
        writeRow('block', () =>
          insert.run({
            sender_id: senderId,
            block: row.block,
            at: row.at,
            until: row.until,
            lifted_at: row.lifted_at,
          }),
        )
      if (inserted) blocks += 1
    }
  }
  // The block in force (or none, when it was lifted after the copy) is the current one.
  const setBlock = copy.prepare<[{ block: unknown; id: number }]>(
    'UPDATE senders SET block = @block WHERE id = @id AND block IS NOT @block',
  )
  for (const sender of source.senders) {
    const ours = senders.existing(sender.id)
    if (ours !== undefined) writeRow('block', () => setBlock.run({ block: sender.block, id: ours }))
  }
  return blocks
}

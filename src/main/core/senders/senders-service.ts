import type { Database } from 'better-sqlite3'
import { DateTime } from 'luxon'
import type { z } from 'zod'
import type {
  AssistedOpener,
  SavedSender,
  Sender,
  SenderChannel,
  senderInputSchema,
  SenderLimits,
  SendingWindow,
  WarmUpStep,
} from '../../../shared/senders'
import type { CountryCode } from '../../../shared/settings'
import type { CloudConnection } from '../../../shared/cloud-api'
import type { SenderBlock } from '../../../shared/cloud-errors'
import { normalizePhone } from '../contacts/phone/normalize-phone'
import { CoreError, invalidInput, notFound } from '../errors'
import { looserWarmUpDays } from '../scheduler/warm-up'
import { blockInForce } from './block-history'
import { rowsOfNumber } from './rows-of-number'
import type { Clock } from '../time/clock'

type SenderInput = z.output<typeof senderInputSchema>

interface SenderRow {
  id: number
  label: string
  channel: SenderChannel
  phone: string
  started_on: string
  time_zone: string
  sending_window: string
  limits: string
  warm_up: string
  assisted_opener: AssistedOpener
  next_gap_ends_at: number | null
  block: string | null
  created_at: number
  updated_at: number
  /** Set when the owner deleted it: gone from every list, its history kept for the limits. */
  deleted_at: number | null
}

/**
 * The day the warm-up counts from: the number's start, or the local day its latest block ended,
 * whichever is later. A number back from a block is treated as a young one again.
 */
function warmUpFromOf(row: SenderRow, latestEnd: number | null): string {
  if (latestEnd === null) return row.started_on
  const ended =
    DateTime.fromMillis(latestEnd, { zone: row.time_zone }).toISODate() ?? row.started_on
  return ended > row.started_on ? ended : row.started_on
}

const toSender = (
  row: SenderRow,
  cloud: CloudConnection | null,
  now: number,
  latestEnd: number | null,
): Sender => ({
  id: row.id,
  label: row.label,
  channel: row.channel,
  phone: row.phone,
  startedOn: row.started_on,
  timeZone: row.time_zone,
  warmUpFrom: warmUpFromOf(row, latestEnd),
  window: JSON.parse(row.sending_window) as SendingWindow,
  limits: JSON.parse(row.limits) as SenderLimits,
  warmUp: JSON.parse(row.warm_up) as WarmUpStep[],
  assistedOpener: row.assisted_opener,
  cloud,
  block: blockInForce(row.block === null ? null : (JSON.parse(row.block) as SenderBlock), now),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

/**
 * Another sender already has this number: the form says which (details.label), on the phone field.
 */
const phoneTaken = (existing: { id: number; label: string }): CoreError =>
  new CoreError(
    'invalid_input',
    `This number is already added as “${existing.label}”.`,
    [{ path: 'phone', message: 'phone_taken' }],
    { label: existing.label, senderId: existing.id },
  )

/** The shop's numbers: their windows and limits (stricter than WhatsApp's rules, never looser). */
export function createSendersService(options: {
  db: Database
  clock: Clock
  defaultCountry: () => CountryCode
  /** The sender's Cloud API connection, without its token. */
  cloudOf: (senderId: number) => CloudConnection | null
}) {
  const { db, clock, defaultCountry, cloudOf } = options
  const byId = db.prepare<[number], SenderRow>(
    'SELECT * FROM senders WHERE id = ? AND deleted_at IS NULL',
  )
  // Another live sender with this number (an older database may hold two: the first is named).
  const liveWithPhone = db.prepare<[string, number], { id: number; label: string }>(
    `SELECT id, label FROM senders WHERE phone = ? AND deleted_at IS NULL AND id <> ?
     ORDER BY id LIMIT 1`,
  )
  // The latest deleted sender of this number: adding the number again brings it back.
  const deletedWithPhone = db.prepare<[string], { id: number }>(
    `SELECT id FROM senders WHERE phone = ? AND deleted_at IS NOT NULL
     ORDER BY deleted_at DESC, id DESC LIMIT 1`,
  )
  const pastSends = db.prepare<[number], { n: number }>(
    `SELECT 1 AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')}
       AND state <> 'not_sent' LIMIT 1`,
  )
  const unblock = db.prepare<[number, number]>(
    'UPDATE senders SET block = NULL, updated_at = ? WHERE id = ?',
  )
  const liftInHistory = db.prepare<[{ sender: number; now: number }]>(
    `UPDATE sender_blocks SET lifted_at = @now WHERE sender_id = @sender AND lifted_at IS NULL
       AND (until IS NULL OR until > @now)`,
  )
  // The latest moment a block of the number ended (any of its rows): lifted, or its time ran out.
  const latestEnd = db.prepare<[{ sender: number; now: number }], { ended: number | null }>(
    `SELECT max(CASE WHEN lifted_at IS NOT NULL THEN lifted_at ELSE until END) AS ended
     FROM sender_blocks WHERE sender_id IN ${rowsOfNumber('@sender')}
       AND (lifted_at IS NOT NULL OR (until IS NOT NULL AND until <= @now))`,
  )
  const withCloud = (row: SenderRow): Sender => {
    const now = clock.now()
    return toSender(
      row,
      cloudOf(row.id),
      now,
      latestEnd.get({ sender: row.id, now })?.ended ?? null,
    )
  }

  function get(id: number): Sender {
    const row = byId.get(id)
    if (!row) throw notFound(`There is no sender ${String(id)}.`)
    return withCloud(row)
  }

  return {
    get,
    list: (): Sender[] =>
      db
        .prepare<[], SenderRow>('SELECT * FROM senders WHERE deleted_at IS NULL ORDER BY label, id')
        .all()
        .map(withCloud),

    /** The owner has dealt with a block: campaigns of this number may start again. */
    liftBlock(id: number): Sender {
      get(id)
      const now = clock.now()
      db.transaction(() => {
        unblock.run(now, id)
        liftInHistory.run({ sender: id, now })
      })()
      return get(id)
    },

    /**
     * A new sender, or an edit. A number is one sender: a number another sender has is refused,
     * naming that sender; a number a deleted sender had brings that sender back (same id, the new
     * settings), so its ledger and block history count again. `inheritsPastSends`: the number
     * comes with messages sent before, which its limits count.
     */
    save(input: SenderInput): SavedSender {
      const phone = normalizePhone(input.phone, defaultCountry())
      if (!phone.ok)
        throw invalidInput('The shop’s number cannot be read.', [
          { path: 'phone', message: phone.reason },
        ])
      const looser = looserWarmUpDays(input.warmUp)
      if (looser.length > 0) {
        throw invalidInput('A warm-up step may only lower the default allowance.', [
          { path: 'warmUp', message: `looser_than_default_from_day_${String(looser[0])}` },
        ])
      }
      const numberChanges = input.id === undefined || get(input.id).phone !== phone.e164
      const taken = numberChanges ? liveWithPhone.get(phone.e164, input.id ?? 0) : undefined
      if (taken) throw phoneTaken(taken)
      const now = clock.now()
      const columns = [
        input.label,
        input.channel,
        phone.e164,
        input.startedOn,
        input.timeZone,
        JSON.stringify(input.window),
        JSON.stringify(input.limits),
        JSON.stringify(input.warmUp),
        input.assistedOpener,
      ] as const
      const update = db.prepare(
        `UPDATE senders SET label = ?, channel = ?, phone = ?, started_on = ?, time_zone = ?,
           sending_window = ?, limits = ?, warm_up = ?, assisted_opener = ?, updated_at = ?,
           deleted_at = NULL
         WHERE id = ?`,
      )
      const id = db.transaction((): number => {
        const existing = input.id ?? deletedWithPhone.get(phone.e164)?.id
        if (existing !== undefined) {
          update.run(...columns, now, existing)
          return existing
        }
        const inserted = db
          .prepare(
            `INSERT INTO senders (label, channel, phone, started_on, time_zone, sending_window, limits,
               warm_up, assisted_opener, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...columns, now, now).lastInsertRowid
        return Number(inserted)
      })()
      return {
        ...get(id),
        inheritsPastSends: numberChanges && pastSends.get(id) !== undefined,
      }
    },

    /**
     * Only a sender no campaign uses. It is marked deleted, not removed: its ledger and block
     * history stay, so the number's limits still count what it sent. Its Cloud API connection
     * goes (the caller takes the token out of the secret store).
     */
    delete(id: number): { deleted: number } {
      get(id)
      const used = db
        .prepare<[number], { n: number }>('SELECT count(*) AS n FROM campaigns WHERE sender_id = ?')
        .get(id)
      if ((used?.n ?? 0) > 0) {
        throw new CoreError('wrong_state', 'Campaigns use this sender.', undefined, {
          state: 'in_use',
        })
      }
      const now = clock.now()
      return db.transaction(() => {
        db.prepare('DELETE FROM cloud_connections WHERE sender_id = ?').run(id)
        const marked = db
          .prepare('UPDATE senders SET deleted_at = ?, updated_at = ? WHERE id = ?')
          .run(now, now, id)
        return { deleted: marked.changes }
      })()
    },
  }
}
export type SendersService = ReturnType<typeof createSendersService>

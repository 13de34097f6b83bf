import Sqlite, { type Database } from 'better-sqlite3'
import type { CarriedForward } from '../../../shared/backups'
import { carryPhoneLists, phoneListSourceOf } from './carry-phone-lists'
import { carrySendRecord } from './carry-sends'
import { readCarrySource } from './carry-source'

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
 * The database in use is only read, through its own read-only connection. The sends, blocks and
 * withdrawals are carried by carry-sends.ts, which the recovery from a damaged file shares.
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
  const { optOuts, resubscriptions } = carryOptOuts(current, copy)
  const { carried, senders } = carrySendRecord(readCarrySource(current), copy, now)
  // What is on the owner's phone did not go back in time with the file (not counted in the notice).
  carryPhoneLists(phoneListSourceOf(current), copy, (id) =>
    senders.knows(id) ? senders.of(id) : undefined,
  )
  return { optOuts, resubscriptions, ...carried }
}

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

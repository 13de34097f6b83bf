import type { Database } from 'better-sqlite3'
import {
  noOptOuts,
  type OptOutAction,
  type OptOutEvent,
  type OptOutRow,
  type SalvagedOptOuts,
} from './opt-out-history'
import { readDamagedFile } from './read-damaged-file'
import { readFromBothEnds, readIdsAroundDamage } from './tolerant-read'

const e164Pattern = /^\+[1-9]\d{5,14}$/
const actions: readonly OptOutAction[] = ['opted_out', 'resubscribed']

/**
 * Reads the opt-out list and its events from a database file, damaged or not, reading around
 * damaged pages. Opens it read-only (with its own WAL, which holds the latest commits): the file
 * and its WAL are not written, and the empty sidecars a read-only open leaves are removed.
 * Anything that does not look like what Rupor wrote is left out.
 */
export function salvageOptOuts(file: string, nativeBinding?: string): SalvagedOptOuts {
  return readDamagedFile(file, nativeBinding, readOptOutHistory, noOptOuts)
}

/** The same reading on a database already open (a healthy one reads whole). */
export function readOptOutHistory(db: Database): SalvagedOptOuts {
  let rowColumns: Set<string>
  try {
    rowColumns = new Set(
      (db.pragma('table_info(opt_outs)') as { name: string }[]).map((column) => column.name),
    )
  } catch {
    return noOptOuts // the schema itself is unreadable (a broken header or first page)
  }
  // Asked of the schema SQLite loaded, never by scanning sqlite_schema: a schema page lost to
  // the damage (after the cut of a file cut short) would fail the scan, not the loading.
  const known = (sql: string): boolean => {
    try {
      db.prepare(sql)
      return true
    } catch {
      return false
    }
  }
  const probes = {
    opt_outs: 'SELECT 1 FROM opt_outs LIMIT 0',
    opt_out_events: 'SELECT 1 FROM opt_out_events LIMIT 0',
    opt_outs_by_time: 'SELECT 1 FROM opt_outs INDEXED BY opt_outs_by_time LIMIT 0',
  }
  const schema = new Set(
    Object.entries(probes)
      .filter(([, sql]) => known(sql))
      .map(([name]) => name),
  )
  const events = schema.has('opt_out_events') ? readEvents(db) : { rows: [], complete: true }
  const rows = schema.has('opt_outs')
    ? readRows(db, schema, rowColumns, events.rows)
    : { rows: [], complete: true }
  return {
    rows: rows.rows,
    events: events.rows.map(({ id: _id, ...event }) => event),
    readable: true,
    complete: rows.complete && events.complete,
  }
}

type EventWithId = OptOutEvent & { id: number }

function readEvents(db: Database) {
  const columns = 'id, e164, action, at, source, note FROM opt_out_events'
  const select = (sql: string) => db.prepare<unknown[], Record<string, unknown>>(sql)
  const valid = (rows: Iterable<Record<string, unknown>>) => keepValid(rows, eventOf)
  const read = readIdsAroundDamage<EventWithId>(
    {
      range: (from, to) => [
        ...valid(
          select(`SELECT ${columns} WHERE id BETWEEN ? AND ? ORDER BY id`).iterate(from, to),
        ),
      ],
      one: (id) => [...valid([select(`SELECT ${columns} WHERE id = ?`).get(id) ?? {}])][0],
      idOf: (event) => event.id,
    },
    () => valid(select(`SELECT ${columns} ORDER BY id`).iterate()),
    () => valid(select(`SELECT ${columns} ORDER BY id DESC`).iterate()),
  )
  return read
}

function readRows(
  db: Database,
  schema: Set<string>,
  rowColumns: Set<string>,
  events: readonly OptOutEvent[],
) {
  const linked = rowColumns.has('linked_from') ? 'linked_from' : 'NULL AS linked_from'
  const columns = `e164, created_at, source, note, ${linked} FROM opt_outs`
  const select = (sql: string) => db.prepare<unknown[], Record<string, unknown>>(sql)
  const valid = (rows: Iterable<Record<string, unknown>>) => keepValid(rows, rowOf)
  const read = readFromBothEnds(
    () => valid(select(`SELECT ${columns} ORDER BY e164`).iterate()),
    () => valid(select(`SELECT ${columns} ORDER BY e164 DESC`).iterate()),
    (row) => row.e164,
  )
  if (read.complete) return read

  // The numbers the scans could not reach: known from the events and the indexes (other
  // pages), each looked up on its own.
  const found = new Map(read.rows.map((row) => [row.e164, row]))
  const onIndex = schema.has('opt_outs_by_time')
    ? numbersOnTimeIndex(db)
    : new Map<string, number>()
  const candidates = new Set([...events.map((event) => event.e164), ...onIndex.keys()])
  const lookup = select(`SELECT ${columns} WHERE e164 = ?`)
  for (const e164 of candidates) {
    if (found.has(e164)) continue
    try {
      const [row] = [...valid([lookup.get(e164)].filter((r) => r !== undefined))]
      if (row) found.set(e164, row)
    } catch {
      // Its row is on a damaged page; the index entry below still says it is on the list.
      const createdAt = onIndex.get(e164)
      if (createdAt !== undefined) found.set(e164, rowKnownFromIndex(e164, createdAt, events))
    }
  }
  return { rows: [...found.values()], complete: false }
}

/** The index `opt_outs_by_time` (created_at, e164) lives on its own pages. */
function numbersOnTimeIndex(db: Database): Map<string, number> {
  const sql = (order: string) =>
    `SELECT e164, created_at FROM opt_outs INDEXED BY opt_outs_by_time ORDER BY created_at ${order}, e164 ${order}`
  const entry = (row: Record<string, unknown>) =>
    typeof row.e164 === 'string' && e164Pattern.test(row.e164) && isTime(row.created_at)
      ? { e164: row.e164, createdAt: row.created_at }
      : undefined
  const read = readFromBothEnds(
    () => keepValid(db.prepare<[], Record<string, unknown>>(sql('ASC')).iterate(), entry),
    () => keepValid(db.prepare<[], Record<string, unknown>>(sql('DESC')).iterate(), entry),
    (row) => row.e164,
  )
  return new Map(read.rows.map((row) => [row.e164, row.createdAt]))
}

/** A number whose row is unreadable but whose index entry says it is on the list. */
function rowKnownFromIndex(e164: string, createdAt: number, events: readonly OptOutEvent[]) {
  const event = events
    .filter((e) => e.e164 === e164 && e.action === 'opted_out' && e.at <= createdAt)
    .at(-1)
  return {
    e164,
    createdAt,
    source: event?.source ?? 'manual_entry',
    note: event?.note ?? '',
    linkedFrom: null,
  }
}

function* keepValid<Row>(
  rows: Iterable<Record<string, unknown>>,
  parse: (row: Record<string, unknown>) => Row | undefined,
): Generator<Row> {
  for (const raw of rows) {
    const row = parse(raw)
    if (row) yield row
  }
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function eventOf(row: Record<string, unknown>): EventWithId | undefined {
  const { id, e164, action, at, source, note } = row
  if (typeof id !== 'number' || typeof e164 !== 'string' || !e164Pattern.test(e164))
    return undefined
  if (!actions.includes(action as OptOutAction) || !isTime(at)) return undefined
  if (typeof source !== 'string' || typeof note !== 'string') return undefined
  return { id, e164, action: action as OptOutAction, at, source, note }
}

function rowOf(row: Record<string, unknown>): OptOutRow | undefined {
  const { e164, created_at: createdAt, source, note, linked_from: linkedFrom } = row
  if (typeof e164 !== 'string' || !e164Pattern.test(e164) || !isTime(createdAt)) return undefined
  if (typeof source !== 'string' || typeof note !== 'string') return undefined
  const link = typeof linkedFrom === 'string' && e164Pattern.test(linkedFrom) ? linkedFrom : null
  return { e164, createdAt, source, note, linkedFrom: link }
}

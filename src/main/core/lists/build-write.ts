import type { Database } from 'better-sqlite3'
import { listMinimum, type ListFilter, type ParsedListSelection } from '../../../shared/lists'
import { foldText } from '../contacts/search-text'
import { recipientColumnsAtOnce, type RecipientRow } from '../eligibility/recipient-check'
import { listFull, listTooSmall, nameTaken } from '../errors'
import { selectionSlices, selectionWhere, type Where } from './list-slices'
import { everyKind } from './same-judgement'
import { partNames, splitEvenly } from './split-evenly'

/**
 * A list build's one write: the re-check of whoever changed since the build began and the
 * INSERT … SELECT of every list. Both paths run exactly this: on the core's connection (no
 * worker), or in the import worker on its own connection (lists-service.ts `build`).
 */

/** Whether a person with these facts goes into a list that takes only those who may be messaged. */
export type Placeable = (row: RecipientRow) => boolean

/** What the build decided before its write, and what the write needs to re-check. */
export interface BuildSpec {
  selection: ParsedListSelection
  onlyEligible: boolean
  name: string
  description: string
  split: boolean
  /** The build's start: contacts edited since are judged again. */
  startedAt: number
  /** The last opt-out event before the start: numbers opted out after it are judged again. */
  lastOptOut: number
  /** The write's time (lists' created_at, members' added_at). */
  now: number
  sliceSize: number
}

export const nameKeyOf = (name: string): string => foldText(name).trim()

export function assertNameFree(db: Database, name: string, exceptId?: number): void {
  const owner = db
    .prepare<[string], { id: number }>('SELECT id FROM lists WHERE name_key = ?')
    .get(nameKeyOf(name))
  if (owner && owner.id !== exceptId) throw nameTaken(name)
}

export function insertNewList(
  db: Database,
  name: string,
  description: string,
  filter: ListFilter | null,
  now: number,
): number {
  assertNameFree(db, name)
  return Number(
    db
      .prepare<[string, string, string, string | null, number, number]>(
        `INSERT INTO lists (name, name_key, description, filter, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(name, nameKeyOf(name), description, filter ? JSON.stringify(filter) : null, now, now)
      .lastInsertRowid,
  )
}

/** The build's private TEMP tables on a connection (a unique name per build). */
export function createBuildTables(db: Database, n: number): { table: string; parts: string } {
  const table = `temp.list_build_${String(n)}`
  const parts = `temp.list_build_parts_${String(n)}`
  db.exec(`CREATE TABLE ${table} (contact_id INTEGER PRIMARY KEY);
    CREATE TABLE ${parts} (part INTEGER PRIMARY KEY, list_id INTEGER NOT NULL)`)
  return { table, parts }
}

export function dropBuildTables(db: Database, { table, parts }: { table: string; parts: string }) {
  db.exec(`DROP TABLE IF EXISTS ${table}; DROP TABLE IF EXISTS ${parts}`)
}

/** Facts of the people `where` finds; those a list would take are kept in `table`. */
export function pickInto(
  db: Database,
  table: string,
  where: Where,
  onlyEligible: boolean,
  placeable: Placeable,
): void {
  const rows = db
    .prepare<unknown[], RecipientRow & { id: number }>(
      `SELECT c.id, ${recipientColumnsAtOnce} FROM contacts c ${where.sql}`,
    )
    .all(...where.params)
  const placed = rows.filter((row) => !onlyEligible || placeable(row)).map((row) => row.id)
  db.prepare(`INSERT OR IGNORE INTO ${table} (contact_id) SELECT value FROM json_each(?)`).run(
    JSON.stringify(placed),
  )
}

/** A kind of person by the facts a verdict reads (the number only as "has one"). */
const kindKey = (row: RecipientRow): string =>
  JSON.stringify([
    row.r_e164 === null ? 0 : 1,
    row.r_kind,
    row.r_has_numbers,
    row.r_opted_out,
    row.r_consent,
  ])

/** The kinds of person a judge lets be messaged: a verdict that can cross to another thread. */
export const placeableKinds = (placeable: Placeable): string[] =>
  everyKind.filter(placeable).map(kindKey)

export function placeableOf(kinds: readonly string[]): Placeable {
  const placed = new Set(kinds)
  return (row) => placed.has(kindKey(row))
}

/**
 * Inside the write's transaction: re-checks, counts, names and writes the lists; returns their
 * ids. `rejudgeAll`: the Settings changed the verdict for some kind of person since the build
 * began, so everyone is judged again by `placeable` (the verdict now).
 */
export function writeBuild(
  db: Database,
  { table, parts }: { table: string; parts: string },
  spec: BuildSpec,
  placeable: Placeable,
  rejudgeAll: boolean,
): number[] {
  const { selection, onlyEligible, name, description, split, now } = spec
  if (rejudgeAll) {
    db.exec(`DELETE FROM ${table}`)
    for (const where of selectionSlices(db, selection, spec.sliceSize)) {
      pickInto(db, table, where, onlyEligible, placeable)
    }
  } else {
    // Contacts edited since the start, or with a number opted out after it.
    const touched = db
      .prepare<[number, number], number>(
        `SELECT id FROM contacts WHERE updated_at >= ?
         UNION
         SELECT p.contact_id FROM opt_out_events e JOIN contact_phones p ON p.e164 = e.e164
         WHERE e.id > ? AND e.action = 'opted_out'`,
      )
      .pluck()
      .all(spec.startedAt, spec.lastOptOut)
    if (touched.length > 0) {
      const list = JSON.stringify(touched)
      db.prepare(`DELETE FROM ${table} WHERE contact_id IN (SELECT value FROM json_each(?))`).run(
        list,
      )
      const chosen = selectionWhere(selection)
      pickInto(
        db,
        table,
        {
          sql: `WHERE c.id IN (SELECT value FROM json_each(?))${chosen.sql === '' ? '' : ` AND ${chosen.sql.replace(/^WHERE /, '')}`}`,
          params: [list, ...chosen.params],
        },
        onlyEligible,
        placeable,
      )
    }
  }
  // A contact deleted meanwhile is left out by the join.
  const count =
    db
      .prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM ${table} t JOIN contacts c ON c.id = t.contact_id`,
      )
      .get()?.n ?? 0
  if (count < listMinimum) throw listTooSmall(count)
  const sizes = splitEvenly(count)
  if (sizes.length > 1 && !split) throw listFull(0, count)
  const names = partNames(name, sizes.length)
  for (const partName of names) assertNameFree(db, partName)
  const filter = 'filter' in selection ? selection.filter : null
  const addPart = db.prepare<[number, number]>(`INSERT INTO ${parts} VALUES (?, ?)`)
  const listIds = sizes.map((_, index) => {
    const listId = insertNewList(db, names[index] ?? name, description, filter, now)
    addPart.run(index, listId)
    return listId
  })
  // splitEvenly: the first `larger` lists hold `base + 1`, the rest `base`.
  const base = Math.floor(count / sizes.length)
  const larger = count % sizes.length
  const cut = larger * (base + 1)
  // Whole numbers written in (a bound JavaScript number is a REAL: `rn / 3.0` is no part).
  const [big, small] = [String(base + 1), String(base)]
  db.prepare(
    `INSERT INTO list_members (list_id, contact_id, position, added_at)
     SELECT p.list_id, x.id, x.position, ?
     FROM (SELECT id,
             CASE WHEN rn < ${String(cut)} THEN rn / ${big}
               ELSE ${String(larger)} + (rn - ${String(cut)}) / ${small} END AS part,
             CASE WHEN rn < ${String(cut)} THEN rn % ${big}
               ELSE (rn - ${String(cut)}) % ${small} END AS position
           FROM (SELECT c.id, row_number() OVER (ORDER BY c.sort_key, c.id) - 1 AS rn
                 FROM contacts c JOIN ${table} t ON t.contact_id = c.id)) x
     JOIN ${parts} p ON p.part = x.part`,
  ).run(now)
  return listIds
}

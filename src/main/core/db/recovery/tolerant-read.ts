// Reading a table whose file has damaged pages. SQLite stops a scan with SQLITE_CORRUPT at the
// first damaged page it reaches, but pages elsewhere still read: a corrupt file is not
// all-or-nothing, so these read around the damage instead of giving up at the first error.

/** What could be read; `complete` is false when some read hit a damaged page. */
export interface TolerantRead<Row> {
  rows: Row[]
  complete: boolean
}

/**
 * Reads in key order from the start until a damaged page stops the scan, then from the end
 * backwards until one stops it there: a damaged stretch costs only the rows on it.
 */
export function readFromBothEnds<Row>(
  forward: () => Iterable<Row>,
  backward: () => Iterable<Row>,
  keyOf: (row: Row) => string | number,
): TolerantRead<Row> {
  const rows: Row[] = []
  const seen = new Set<string | number>()
  try {
    for (const row of forward()) {
      rows.push(row)
      seen.add(keyOf(row))
    }
    return { rows, complete: true }
  } catch {
    // A damaged page: what was read before it stands.
  }
  try {
    for (const row of backward()) {
      if (seen.has(keyOf(row))) break // met the forward scan: nothing between was damaged
      rows.push(row)
      seen.add(keyOf(row))
    }
  } catch {
    // The other end of the damage.
  }
  return { rows, complete: false }
}

export interface IdRangeReader<Row> {
  /** Rows with `from <= id <= to`; throws when a page it needs is damaged. */
  range: (from: number, to: number) => Row[]
  /** The row with this id, if any: one seek, so only its own page can make it throw. */
  one: (id: number) => Row | undefined
  idOf: (row: Row) => number
}

/** Ids read in one go between the ends; a range that throws is read one id at a time. */
const chunk = 64
/**
 * With the end unreadable, this many ids past the last row found end the walk (a seek past the
 * last id lands on the last page, so a damaged last page looks the same as more damage).
 */
const emptyRun = 256 * chunk
/** A gap wider than this is not walked id by id (ids are dense: a wider one is not a real table). */
const widestGap = 1_000_000

/**
 * For a table keyed by an integer id handed out in order (no deletes, so ids are dense): both
 * ends first, then the gap between them walked in short ranges, each range that meets a damaged
 * page read id by id, so the rows beside a damaged page are read too.
 */
export function readIdsAroundDamage<Row>(
  reader: IdRangeReader<Row>,
  forward: () => Iterable<Row>,
  backward: () => Iterable<Row>,
): TolerantRead<Row> {
  const ends = readFromBothEnds(forward, backward, reader.idOf)
  if (ends.complete) return ends
  const rows = [...ends.rows]
  const ids = rows.map(reader.idOf).sort((a, b) => a - b)
  // The gap starts after the last id of the unbroken run from the start (if any) ...
  let from = firstGapStart(ids)
  // ... and ends before the first id the backward scan reached, if it reached any past the gap.
  const after = ids.find((id) => id > from)
  const to = Math.min(after === undefined ? Number.POSITIVE_INFINITY : after - 1, from + widestGap)
  const endKnown = after !== undefined
  const known = new Set(ids)
  let lastFound = from - 1
  while (from <= to && (endKnown || from - lastFound <= emptyRun)) {
    const upTo = Math.min(from + chunk - 1, to)
    for (const row of readRangeOrEach(reader, from, upTo)) {
      const id = reader.idOf(row)
      lastFound = Math.max(lastFound, id)
      if (known.has(id)) continue
      known.add(id)
      rows.push(row)
    }
    from = upTo + 1
  }
  return { rows, complete: false }
}

function firstGapStart(sortedIds: number[]): number {
  let next = sortedIds[0] === undefined || sortedIds[0] > 1 ? 1 : sortedIds[0]
  for (const id of sortedIds) {
    if (id > next) break
    next = id + 1
  }
  return next
}

function readRangeOrEach<Row>(reader: IdRangeReader<Row>, from: number, to: number): Row[] {
  try {
    return reader.range(from, to)
  } catch {
    const rows: Row[] = []
    for (let id = from; id <= to; id += 1) {
      try {
        const row = reader.one(id)
        if (row !== undefined) rows.push(row)
      } catch {
        // This id's page is damaged.
      }
    }
    return rows
  }
}

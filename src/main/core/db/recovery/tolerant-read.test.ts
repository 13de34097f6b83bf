import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readFromBothEnds, readIdsAroundDamage } from './tolerant-read'

/**
 * A table as SQLite lays it out: ids in order on leaf pages of a few rows each. Reading touches
 * the leaves a range spans and throws at a damaged one, as SQLITE_CORRUPT does; a scan yields
 * the rows before the damaged leaf first.
 */
function pagedTable(ids: number[], perLeaf: number, damagedLeaves: Set<number>) {
  const leafOf = (index: number) => Math.floor(index / perLeaf)
  const rows = ids.map((id, index) => ({ id, leaf: leafOf(index) }))
  const corrupt = () => new Error('database disk image is malformed')
  function* scan(ordered: typeof rows) {
    for (const row of ordered) {
      if (damagedLeaves.has(row.leaf)) throw corrupt()
      yield row
    }
  }
  const range = (from: number, to: number) => {
    // The seek lands on the leaf holding the first id >= from (or the last leaf).
    let start = rows.findIndex((row) => row.id >= from)
    if (start < 0) start = rows.length - 1
    const found: typeof rows = []
    for (const row of rows.slice(Math.max(start, 0))) {
      if (damagedLeaves.has(row.leaf)) throw corrupt()
      if (row.id > to) break
      found.push(row)
    }
    return found
  }
  const one = (id: number) => {
    const row = rows.find((r) => r.id === id)
    if (row && damagedLeaves.has(row.leaf)) throw corrupt()
    return row
  }
  return {
    reader: { range, one, idOf: (row: { id: number }) => row.id },
    forward: () => scan(rows),
    backward: () => scan([...rows].reverse()),
    readable: rows.filter((row) => !damagedLeaves.has(row.leaf)).map((row) => row.id),
  }
}

describe('reading a table with damaged pages', () => {
  it('reads every row on an undamaged page, whatever pages are damaged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 90 }),
        fc.uniqueArray(fc.nat(40), { maxLength: 8 }),
        (count, perLeaf, damaged) => {
          const ids = Array.from({ length: count }, (_, i) => i + 1)
          const table = pagedTable(ids, perLeaf, new Set(damaged))
          const read = readIdsAroundDamage(table.reader, table.forward, table.backward)
          expect(read.rows.map((row) => row.id).sort((a, b) => a - b)).toEqual(table.readable)
          const anyDamage = table.readable.length < count
          expect(read.complete).toBe(!anyDamage)
        },
      ),
    )
  })

  it('reads both sides of one damaged stretch by scanning from each end', () => {
    const ids = Array.from({ length: 100 }, (_, i) => i + 1)
    const table = pagedTable(ids, 10, new Set([4, 5]))
    const read = readFromBothEnds(table.forward, table.backward, (row) => row.id)
    expect(read.complete).toBe(false)
    expect(read.rows.map((row) => row.id).sort((a, b) => a - b)).toEqual(table.readable)
  })

  it('says so when nothing was damaged', () => {
    const table = pagedTable([1, 2, 3], 2, new Set())
    expect(readFromBothEnds(table.forward, table.backward, (row) => row.id)).toMatchObject({
      complete: true,
    })
  })
})

import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  bytesOf,
  cutShort,
  optedOutIn,
  pagesOf,
  scribbleOverHeader,
  scribbleOverPages,
  writeShopDatabase,
} from '../../test-support/damaged-database'
import { useTempDir } from '../../test-support/temp-dir'
import { numbersOnList } from './opt-out-history'
import { salvageOptOuts } from './salvage-opt-outs'

/** The numbers a damaged file still answers for when asked one at a time. */
function readableOneByOne(file: string, numbers: readonly string[]): string[] {
  const db = new Sqlite(file, { readonly: true })
  db.unsafeMode(true)
  db.pragma('writable_schema = ON') // or a file cut short is refused whole
  try {
    const get = db.prepare('SELECT e164 FROM opt_outs WHERE e164 = ?')
    return numbers.filter((e164) => {
      try {
        return get.get(e164) !== undefined
      } catch {
        return false
      }
    })
  } finally {
    db.close()
  }
}

const middle = <T>(items: readonly T[], count: number): T[] => {
  const start = Math.floor((items.length - count) / 2)
  return items.slice(start, start + count)
}

describe('salvaging the opt-out list of a damaged file', () => {
  const tempDir = useTempDir()

  it('reads the whole list of a file whose damage is elsewhere (the contacts)', () => {
    const file = join(tempDir(), 'rupor.db')
    writeShopDatabase(file, { contacts: 3000 })
    const list = optedOutIn(file)
    scribbleOverPages(file, middle(pagesOf(file, 'contacts'), 5))
    const salvaged = salvageOptOuts(file)
    expect(salvaged).toMatchObject({ readable: true, complete: true })
    expect([...numbersOnList(salvaged)].sort()).toEqual(list)
    expect(list).toHaveLength(300 - Math.floor(300 / 7))
  })

  it('reads around damaged pages of the list and of its events: every number on a whole page is kept', () => {
    const file = join(tempDir(), 'rupor.db')
    writeShopDatabase(file, { optOuts: 3000 })
    const list = optedOutIn(file)
    const rowLeaves = pagesOf(file, 'opt_outs')
    const eventLeaves = pagesOf(file, 'opt_out_events')
    expect(rowLeaves.length).toBeGreaterThan(10)
    // A stretch of the list's pages and, elsewhere in number order, of its events' pages.
    const damagedRows = rowLeaves.slice(3, 6)
    const damagedEvents = eventLeaves.slice(-8, -5)
    scribbleOverPages(file, [...damagedRows, ...damagedEvents])

    const onWholePages = readableOneByOne(file, list)
    expect(onWholePages.length).toBeLessThan(list.length) // the damage did hit the list
    const salvaged = salvageOptOuts(file)
    expect(salvaged).toMatchObject({ readable: true, complete: false })
    const kept = numbersOnList(salvaged)
    expect(onWholePages.filter((e164) => !kept.has(e164))).toEqual([])
    // The events tell about numbers whose row was lost: more than the whole pages hold.
    expect(kept.size).toBeGreaterThan(onWholePages.length)
    // Nothing made up: every number kept was on the list.
    expect([...kept].filter((e164) => !list.includes(e164))).toEqual([])
  })

  it('reads what lies before the cut of a file cut short', () => {
    const file = join(tempDir(), 'rupor.db')
    writeShopDatabase(file, { optOuts: 3000 })
    const list = optedOutIn(file)
    const rowLeaves = pagesOf(file, 'opt_outs').sort((a, b) => a - b)
    cutShort(file, rowLeaves[Math.floor(rowLeaves.length / 2)] ?? 1)
    const onWholePages = readableOneByOne(file, list)
    const kept = numbersOnList(salvageOptOuts(file))
    expect(onWholePages.length).toBeGreaterThan(0)
    expect(onWholePages.length).toBeLessThan(list.length)
    expect(onWholePages.filter((e164) => !kept.has(e164))).toEqual([])
  })

  it('finds nothing in a file whose header is garbage, and says it could not be read', () => {
    const file = join(tempDir(), 'rupor.db')
    writeShopDatabase(file)
    scribbleOverHeader(file)
    expect(salvageOptOuts(file)).toMatchObject({ readable: false, rows: [], events: [] })
  })

  it("reads the commits still in the file's own WAL, and leaves the file and its WAL as they were", () => {
    const dir = tempDir()
    const file = join(dir, 'rupor.db')
    writeShopDatabase(file, { optOuts: 10 })
    // A crash: the last opt-outs were committed to the WAL, never checkpointed into the file.
    const live = new Sqlite(file)
    live.pragma('wal_autocheckpoint = 0')
    live
      .prepare(
        "INSERT INTO opt_outs (e164, created_at, source, note) VALUES (?, 1, 'manual_entry', '')",
      )
      .run('+79035550001')
    const crashed = join(dir, 'crashed')
    copyFileSync(file, `${crashed}.db`)
    copyFileSync(`${file}-wal`, `${crashed}.db-wal`)
    live.close()
    const before = { db: bytesOf(`${crashed}.db`), wal: bytesOf(`${crashed}.db-wal`) }

    expect(numbersOnList(salvageOptOuts(`${crashed}.db`)).has('+79035550001')).toBe(true)
    expect(bytesOf(`${crashed}.db`).equals(before.db)).toBe(true)
    expect(bytesOf(`${crashed}.db-wal`).equals(before.wal)).toBe(true)
    expect(existsSync(`${crashed}.db-shm`)).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['crashed.db', 'crashed.db-wal', 'rupor.db'])
  })
})

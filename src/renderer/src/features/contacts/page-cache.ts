// The rows of the virtual table, fetched in pages as the user scrolls. Pages are kept while they
// are near what is on screen; a refresh marks them stale, so the old rows stay visible (no flicker)
// until their fresh copy arrives.
import type { ContactRow } from '../../../../shared/contacts'

export const pageSize = 200

interface CachedPage {
  rows: readonly ContactRow[]
  fresh: boolean
}

export interface RowRange {
  /** First row index, inclusive. */
  start: number
  /** Last row index, inclusive. */
  end: number
}

export class PageCache {
  private readonly pages = new Map<number, CachedPage>()
  private readonly loading = new Set<number>()

  constructor(
    readonly size = pageSize,
    /** At most this many pages are kept; the farthest from the screen go first. */
    readonly maxPages = 100,
  ) {}

  pageOf(index: number): number {
    return Math.floor(index / this.size)
  }

  rowAt(index: number): ContactRow | undefined {
    return this.pages.get(this.pageOf(index))?.rows[index % this.size]
  }

  /** Pages the range needs that are neither fresh nor already asked for, nearest the start first. */
  missing(range: RowRange, total: number): number[] {
    const last = Math.min(range.end, total - 1)
    if (last < 0 || range.start > last) return []
    const wanted: number[] = []
    for (let page = this.pageOf(Math.max(0, range.start)); page <= this.pageOf(last); page++) {
      if (this.pages.get(page)?.fresh !== true && !this.loading.has(page)) wanted.push(page)
    }
    return wanted
  }

  isLoading(): boolean {
    return this.loading.size > 0
  }

  markLoading(page: number): void {
    this.loading.add(page)
  }

  /** A page arrived; pages far from `near` are dropped when there are too many. */
  put(page: number, rows: readonly ContactRow[], near: RowRange): void {
    this.loading.delete(page)
    this.pages.set(page, { rows, fresh: true })
    this.evict(near)
  }

  /** A page could not be fetched; it may be asked for again. */
  fail(page: number): void {
    this.loading.delete(page)
  }

  /** The data changed: keep showing what we have, but fetch every page again when needed. */
  markStale(): void {
    for (const page of this.pages.values()) page.fresh = false
    this.loading.clear()
  }

  /**
   * A new query: only the first page is kept, stale, so the top of the table shows the previous
   * answer until the new one arrives instead of flashing placeholders.
   */
  restart(): void {
    const first = this.pages.get(0)
    this.pages.clear()
    this.loading.clear()
    if (first) this.pages.set(0, { rows: first.rows, fresh: false })
  }

  /** Every row held, in table order (for "select all loaded"). */
  loadedRows(): ContactRow[] {
    return [...this.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, page]) => page.rows)
  }

  private evict(near: RowRange): void {
    if (this.pages.size <= this.maxPages) return
    const from = this.pageOf(near.start)
    const to = this.pageOf(near.end)
    const distance = (page: number) => (page < from ? from - page : page > to ? page - to : 0)
    const farthestFirst = [...this.pages.keys()].sort((a, b) => distance(b) - distance(a))
    for (const page of farthestFirst.slice(0, this.pages.size - this.maxPages)) {
      this.pages.delete(page)
    }
  }
}

// Feeds the virtual table: asks for the pages of rows on screen (and a margin around them), at
// most a few at a time and always for where the user is now, so dragging the scrollbar through
// 100 000 rows does not queue up pages nobody will look at. Plain TypeScript: React only listens.
import type { ContactPage } from '../../../../shared/contacts'
import { PageCache, type RowRange } from './page-cache'

/** Asks the core for rows [offset, offset + limit) of the current query. */
export type FetchRows = (offset: number, limit: number) => Promise<ContactPage>

/** Rows fetched beyond each edge of the screen, so that scrolling rarely shows placeholders. */
const margin = 60
const maxInFlight = 2

export class PageLoader {
  readonly cache: PageCache
  /** Rows matching the query; undefined until the first answer. */
  total: number | undefined
  /** `total` stopped at the core's cap (a one- or two-letter search): there are more. */
  capped = false
  /** Why the last page failed, until `retry`. */
  error: unknown
  private fetchRows: FetchRows | undefined
  /** Bumped whenever answers on their way stop being wanted (a new query, a refresh). */
  private generation = 0
  private inFlight = 0
  private range: RowRange = { start: 0, end: 0 }
  /** From a new query until its first answer: `total` is still the previous query's. */
  private pendingTotal = true

  constructor(
    /** Called after anything shown changed. */
    private readonly onChange: () => void,
    cache = new PageCache(),
  ) {
    this.cache = cache
  }

  /** A new search, filter or order: from the top, with the previous count until the new one. */
  query(fetchRows: FetchRows): void {
    this.fetchRows = fetchRows
    this.generation += 1
    this.inFlight = 0
    this.error = undefined
    this.cache.restart()
    this.range = { start: 0, end: this.range.end - this.range.start }
    this.pendingTotal = true
    this.onChange()
    this.pump()
  }

  /** The data changed: fetch again what is shown, keeping the old rows visible meanwhile. */
  refresh(): void {
    this.generation += 1
    this.inFlight = 0
    this.error = undefined
    this.cache.markStale()
    // Ask for the count again too: an empty book that an import filled has no rows to refetch.
    this.pendingTotal = true
    this.pump()
  }

  /** The rows on screen, first and last inclusive. */
  show(range: RowRange): void {
    this.range = range
    this.pump()
  }

  retry(): void {
    this.error = undefined
    this.onChange()
    this.pump()
  }

  private pump(): void {
    if (this.error !== undefined || !this.fetchRows) return
    const free = maxInFlight - this.inFlight
    if (free <= 0) return
    if (this.pendingTotal || this.total === undefined) {
      // The count comes with the first answer; until then ask only for where the screen is.
      if (this.inFlight === 0) this.fetch(this.cache.pageOf(this.range.start))
      return
    }
    const wanted = { start: Math.max(0, this.range.start - margin), end: this.range.end + margin }
    const visible = this.cache.missing(this.range, this.total)
    const around = this.cache.missing(wanted, this.total).filter((page) => !visible.includes(page))
    for (const page of [...visible, ...around].slice(0, free)) this.fetch(page)
  }

  private fetch(page: number): void {
    if (!this.fetchRows) return
    const generation = this.generation
    this.cache.markLoading(page)
    this.inFlight += 1
    this.fetchRows(page * this.cache.size, this.cache.size).then(
      (answer) => {
        if (generation !== this.generation) return
        this.inFlight -= 1
        this.total = answer.total
        this.capped = answer.totalCapped
        this.pendingTotal = false
        this.cache.put(page, answer.rows, this.range)
        this.onChange()
        this.pump()
      },
      (error: unknown) => {
        if (generation !== this.generation) return
        this.inFlight -= 1
        this.cache.fail(page)
        this.error = error
        this.onChange()
      },
    )
  }
}

// The opt-out list as the page holds it: the rows loaded so far for one search, a page at a time.
import type {
  OptOutEntry,
  OptOutPage,
  OptOutQuery,
  OptOutSource,
} from '../../../../shared/opt-outs'

/** Rows asked for at a time ("Show more" asks for the next page). */
export const optOutPageSize = 100

/** The core answers at most this many rows per call. */
const maxLimit = 500

export interface OptOutFilter {
  search: string
  source: OptOutSource | undefined
}

export const noFilter: OptOutFilter = { search: '', source: undefined }

/** The rows loaded for one filter, in the core's order. */
export interface LoadedRows {
  key: string
  total: number
  rows: OptOutEntry[]
}

export const filterKey = (filter: OptOutFilter): string =>
  JSON.stringify([filter.search.trim(), filter.source ?? ''])

export const isNarrowed = (filter: OptOutFilter): boolean =>
  filter.search.trim() !== '' || filter.source !== undefined

export function pageQuery(filter: OptOutFilter, offset: number, limit: number): OptOutQuery {
  const query: OptOutQuery = { search: filter.search.trim(), offset, limit }
  if (filter.source !== undefined) query.source = filter.source
  return query
}

/** How many rows a refresh asks for: as many as were shown, within what one call may return. */
export const refreshLimit = (loaded: LoadedRows | undefined): number =>
  Math.min(maxLimit, Math.max(optOutPageSize, loaded?.rows.length ?? 0))

/**
 * The rows after a page arrives: a first page (or another filter's) replaces them, the next page
 * is appended, and a page that no longer fits (an older answer) is ignored.
 */
export function withPage(
  loaded: LoadedRows | undefined,
  key: string,
  page: OptOutPage,
): LoadedRows | undefined {
  if (page.offset === 0 || loaded?.key !== key) {
    return page.offset === 0 ? { key, total: page.total, rows: page.rows } : loaded
  }
  if (page.offset !== loaded.rows.length) return loaded
  return { key, total: page.total, rows: [...loaded.rows, ...page.rows] }
}

export const hasMore = (loaded: LoadedRows | undefined): boolean =>
  loaded !== undefined && loaded.rows.length < loaded.total

// What the table is showing: the search, filters and order the user chose. Offsets and limits are
// the page cache's business, so they are added only when a page is asked for.
import type {
  ConsentState,
  ContactQuery,
  contactSortKeys,
  SavedNumberState,
} from '../../../../shared/contacts'
import type { MatchingQuery } from './selection'

export type ContactSort = (typeof contactSortKeys)[number]

export interface ContactFilter {
  search: string
  tag: string | undefined
  consent: ConsentState | undefined
  /** true: only people who opted out; undefined: everyone. */
  optedOut: boolean | undefined
  /** true: only flagged contacts; undefined: everyone. */
  flagged: boolean | undefined
  savedNumber: SavedNumberState | undefined
  /** Only the people of one list (opened from the list page), with its name for the chip. */
  list: { id: number; name: string } | undefined
  sort: ContactSort
  direction: 'asc' | 'desc'
}

export const defaultFilter: ContactFilter = {
  search: '',
  tag: undefined,
  consent: undefined,
  optedOut: undefined,
  flagged: undefined,
  savedNumber: undefined,
  list: undefined,
  sort: 'name',
  direction: 'asc',
}

type QueryFilter = Omit<ContactQuery, 'offset' | 'limit'>

/** The filter as the core reads it: blank search trimmed, unset filters left out. */
export function queryFilter(filter: ContactFilter): QueryFilter {
  const query: QueryFilter = {
    search: filter.search.trim(),
    sort: filter.sort,
    direction: filter.direction,
  }
  if (filter.tag !== undefined && filter.tag.trim() !== '') query.tag = filter.tag
  if (filter.consent !== undefined) query.consent = filter.consent
  if (filter.optedOut !== undefined) query.optedOut = filter.optedOut
  if (filter.flagged !== undefined) query.flagged = filter.flagged
  if (filter.savedNumber !== undefined) query.savedNumber = filter.savedNumber
  if (filter.list !== undefined) query.listId = filter.list.id
  return query
}

/** What «Выбрать всё» stands for: who the search and filters find (the order does not matter). */
export function matchingQuery(filter: ContactFilter): MatchingQuery {
  const { sort: _sort, direction: _direction, ...query } = queryFilter(filter)
  return query
}

/** One page of the table. */
export function pageQuery(filter: ContactFilter, offset: number, limit: number): ContactQuery {
  return { ...queryFilter(filter), offset, limit }
}

/** Equal for two filters that ask the core for the same rows in the same order. */
export function filterKey(filter: ContactFilter): string {
  return JSON.stringify(queryFilter(filter))
}

/** Whether anything narrows the book down (the order alone does not). */
export function isNarrowed(filter: ContactFilter): boolean {
  const { search, sort: _sort, direction: _direction, ...rest } = queryFilter(filter)
  return search !== '' || Object.keys(rest).length > 0
}

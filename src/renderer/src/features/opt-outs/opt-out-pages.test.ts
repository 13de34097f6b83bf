import { describe, expect, it } from 'vitest'
import type { OptOutEntry } from '../../../../shared/opt-outs'
import {
  filterKey,
  hasMore,
  isNarrowed,
  noFilter,
  pageQuery,
  refreshLimit,
  withPage,
  type LoadedRows,
} from './opt-out-pages'

const entry = (n: number): OptOutEntry => ({
  e164: `+7916000${String(n).padStart(4, '0')}`,
  createdAt: n,
  source: 'manual_entry',
  note: '',
  linkedFrom: null,
  contactId: null,
  contactName: null,
})
const entries = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => entry(from + i))

describe('pageQuery', () => {
  it('sends the trimmed search and leaves out an unset source', () => {
    expect(pageQuery({ search: ' 916 ', source: undefined }, 0, 100)).toEqual({
      search: '916',
      offset: 0,
      limit: 100,
    })
    expect(pageQuery({ search: '', source: 'imported_list' }, 100, 100)).toEqual({
      search: '',
      source: 'imported_list',
      offset: 100,
      limit: 100,
    })
  })
})

describe('filterKey and isNarrowed', () => {
  it('treat spaces around the search as nothing', () => {
    expect(filterKey({ search: ' 12 ', source: undefined })).toBe(
      filterKey({ search: '12', source: undefined }),
    )
    expect(isNarrowed({ search: '  ', source: undefined })).toBe(false)
    expect(isNarrowed(noFilter)).toBe(false)
    expect(isNarrowed({ search: '', source: 'contact_card' })).toBe(true)
  })
})

describe('withPage', () => {
  const key = filterKey(noFilter)
  const first: LoadedRows = { key, total: 250, rows: entries(0, 100) }

  it('starts afresh with a first page', () => {
    expect(withPage(undefined, key, { total: 250, offset: 0, rows: entries(0, 100) })).toEqual(
      first,
    )
    const other = filterKey({ search: '9', source: undefined })
    expect(withPage(first, other, { total: 1, offset: 0, rows: [entry(7)] })).toEqual({
      key: other,
      total: 1,
      rows: [entry(7)],
    })
  })

  it('appends the next page and takes its total', () => {
    const next = withPage(first, key, { total: 251, offset: 100, rows: entries(100, 100) })
    expect(next?.rows).toHaveLength(200)
    expect(next?.rows[150]).toEqual(entry(150))
    expect(next?.total).toBe(251)
  })

  it('ignores a page that does not follow the rows, or belongs to another search', () => {
    expect(withPage(first, key, { total: 250, offset: 200, rows: entries(200, 50) })).toBe(first)
    expect(withPage(first, 'other', { total: 250, offset: 100, rows: entries(100, 50) })).toBe(
      first,
    )
  })
})

describe('hasMore and refreshLimit', () => {
  it('know when rows remain and how many to ask for again', () => {
    expect(hasMore(undefined)).toBe(false)
    expect(hasMore({ key: '', total: 3, rows: entries(0, 3) })).toBe(false)
    expect(hasMore({ key: '', total: 300, rows: entries(0, 100) })).toBe(true)
    expect(refreshLimit(undefined)).toBe(100)
    expect(refreshLimit({ key: '', total: 300, rows: entries(0, 200) })).toBe(200)
    expect(refreshLimit({ key: '', total: 900, rows: entries(0, 800) })).toBe(500)
  })
})

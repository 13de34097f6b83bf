import { describe, expect, it } from 'vitest'
import type { ContactRow } from '../../../../shared/contacts'
import { PageCache } from './page-cache'

const row = (id: number): ContactRow => ({
  id,
  name: `Contact ${id}`,
  primaryPhone: null,
  otherPhones: 0,
  firstOtherPhone: null,
  phoneText: null,
  tags: [],
  consent: 'unknown',
  optedOut: false,
  flag: null,
})
const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from + i))

describe('page cache', () => {
  it('finds a row by its index in the whole table', () => {
    const cache = new PageCache(10)
    cache.put(2, rows(20, 10), { start: 20, end: 29 })
    expect(cache.rowAt(25)?.id).toBe(25)
    expect(cache.rowAt(5)).toBeUndefined()
  })

  it('asks only for pages the range needs, once, and never past the end', () => {
    const cache = new PageCache(10)
    expect(cache.missing({ start: 5, end: 34 }, 1000)).toEqual([0, 1, 2, 3])
    cache.markLoading(1)
    cache.put(2, rows(20, 10), { start: 5, end: 34 })
    expect(cache.missing({ start: 5, end: 34 }, 1000)).toEqual([0, 3])
    expect(cache.missing({ start: 5, end: 34 }, 25)).toEqual([0])
    expect(cache.missing({ start: 0, end: 10 }, 0)).toEqual([])
  })

  it('keeps stale rows visible but fetches them again', () => {
    const cache = new PageCache(10)
    cache.put(0, rows(0, 10), { start: 0, end: 9 })
    cache.markStale()
    expect(cache.rowAt(3)?.id).toBe(3)
    expect(cache.missing({ start: 0, end: 9 }, 100)).toEqual([0])
  })

  it('a failed page may be asked for again', () => {
    const cache = new PageCache(10)
    cache.markLoading(0)
    expect(cache.missing({ start: 0, end: 9 }, 100)).toEqual([])
    cache.fail(0)
    expect(cache.missing({ start: 0, end: 9 }, 100)).toEqual([0])
  })

  it('drops the pages farthest from the screen when over its limit', () => {
    const cache = new PageCache(10, 3)
    for (const page of [0, 1, 2, 3, 4]) cache.put(page, rows(page * 10, 10), { start: 40, end: 49 })
    expect(cache.rowAt(5)).toBeUndefined()
    expect(cache.rowAt(15)).toBeUndefined()
    expect(cache.rowAt(25)?.id).toBe(25)
    expect(cache.rowAt(45)?.id).toBe(45)
  })

  it('on a new query keeps only the first page, stale, so the top never flashes empty', () => {
    const cache = new PageCache(10)
    cache.put(0, rows(0, 10), { start: 0, end: 9 })
    cache.put(1, rows(10, 10), { start: 0, end: 9 })
    cache.restart()
    expect(cache.rowAt(0)?.id).toBe(0)
    expect(cache.rowAt(10)).toBeUndefined()
    expect(cache.missing({ start: 0, end: 9 }, 100)).toEqual([0])
  })

  it('lists loaded rows in table order', () => {
    const cache = new PageCache(2)
    cache.put(1, rows(2, 2), { start: 0, end: 3 })
    cache.put(0, rows(0, 2), { start: 0, end: 3 })
    expect(cache.loadedRows().map((r) => r.id)).toEqual([0, 1, 2, 3])
  })
})

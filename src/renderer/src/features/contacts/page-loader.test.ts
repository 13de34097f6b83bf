import { describe, expect, it } from 'vitest'
import type { ContactPage, ContactRow } from '../../../../shared/contacts'
import { PageCache } from './page-cache'
import { PageLoader } from './page-loader'

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

/** A fake core holding `total` rows, answering only when told to. */
function fakeCore(total: number, idBase = 0) {
  const asked: { offset: number; answer: () => void; fail: () => void }[] = []
  const fetchRows = (offset: number, limit: number) =>
    new Promise<ContactPage>((resolve, reject) => {
      const count = Math.max(0, Math.min(limit, total - offset))
      asked.push({
        offset,
        answer: () => {
          resolve({
            total,
            totalCapped: false,
            offset,
            rows: Array.from({ length: count }, (_, i) => row(idBase + offset + i)),
          })
        },
        fail: () => {
          reject(new Error('unreachable'))
        },
      })
    })
  return { asked, fetchRows }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('page loader', () => {
  it('asks for the first page, then for the pages on screen and around them', async () => {
    const core = fakeCore(100_000)
    const loader = new PageLoader(() => undefined, new PageCache(200))
    loader.query(core.fetchRows)
    expect(core.asked.map((a) => a.offset)).toEqual([0])
    core.asked[0]?.answer()
    await settle()
    expect(loader.total).toBe(100_000)
    expect(loader.cache.rowAt(199)?.id).toBe(199)

    loader.show({ start: 50_000, end: 50_020 })
    expect(core.asked.map((a) => a.offset).slice(1)).toEqual([50_000, 49_800])
  })

  it('never has more than two pages on the way, and follows the screen when they arrive', async () => {
    const core = fakeCore(100_000)
    const loader = new PageLoader(() => undefined, new PageCache(200))
    loader.query(core.fetchRows)
    core.asked[0]?.answer()
    await settle()
    // A fast drag of the scrollbar: many positions, only the first two are asked for at once.
    loader.show({ start: 10_000, end: 10_020 })
    loader.show({ start: 30_000, end: 30_020 })
    loader.show({ start: 90_000, end: 90_020 })
    expect(core.asked).toHaveLength(3)
    core.asked[1]?.answer()
    await settle()
    expect(core.asked.at(-1)?.offset).toBe(90_000)
  })

  it('drops answers for an old query', async () => {
    const old = fakeCore(500, 0)
    const fresh = fakeCore(3, 1000)
    const loader = new PageLoader(() => undefined, new PageCache(200))
    loader.query(old.fetchRows)
    loader.query(fresh.fetchRows)
    old.asked[0]?.answer()
    fresh.asked[0]?.answer()
    await settle()
    expect(loader.total).toBe(3)
    expect(loader.cache.rowAt(0)?.id).toBe(1000)
  })

  it('refreshes the rows on screen without blanking them', async () => {
    const core = fakeCore(10)
    const loader = new PageLoader(() => undefined, new PageCache(200))
    loader.query(core.fetchRows)
    loader.show({ start: 0, end: 9 })
    core.asked[0]?.answer()
    await settle()
    loader.refresh()
    expect(loader.cache.rowAt(0)?.id).toBe(0)
    expect(core.asked.map((a) => a.offset)).toEqual([0, 0])
  })

  it('stops on a failure until retried', async () => {
    const core = fakeCore(1000)
    let changes = 0
    const loader = new PageLoader(() => (changes += 1), new PageCache(200))
    loader.query(core.fetchRows)
    core.asked[0]?.fail()
    await settle()
    expect(loader.error).toBeInstanceOf(Error)
    loader.show({ start: 0, end: 10 })
    expect(core.asked).toHaveLength(1)
    loader.retry()
    expect(loader.error).toBeUndefined()
    expect(core.asked).toHaveLength(2)
    expect(changes).toBeGreaterThan(1)
  })

  it('learns the new count on a refresh, even when the book was empty', async () => {
    let total = 0
    const fetchRows = (offset: number, limit: number) =>
      Promise.resolve<ContactPage>({
        total,
        totalCapped: false,
        offset,
        rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
          row(offset + i),
        ),
      })
    const loader = new PageLoader(() => undefined, new PageCache(200))
    loader.query(fetchRows)
    await settle()
    expect(loader.total).toBe(0)
    total = 3 // an import filled the book
    loader.refresh()
    await settle()
    expect(loader.total).toBe(3)
  })
})

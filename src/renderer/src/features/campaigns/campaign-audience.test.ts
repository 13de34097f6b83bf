import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { audienceOf } from './campaign-audience'
import { quotedListNames, shortListNames, namesOf } from './campaign-lists-text'

const member = (contactId: number, eligible = true) => ({ contactId, eligible }) as never

describe('a campaign’s audience over several lists', () => {
  it('counts someone in two lists once', () => {
    const a = { members: [member(1), member(2), member(3, false)] }
    const b = { members: [member(3, false), member(4)] }
    expect(audienceOf([a, b])).toEqual({ people: 4, eligible: 3 })
    expect(audienceOf([])).toEqual({ people: 0, eligible: 0 })
  })

  it('is never more than the lists’ sizes added up, nor less than the largest list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 30 })), { maxLength: 5 }),
        (lists) => {
          const { people } = audienceOf(
            lists.map((ids) => ({ members: ids.map((i) => member(i)) })),
          )
          expect(people).toBe(new Set(lists.flat()).size)
          expect(people).toBeLessThanOrEqual(lists.reduce((n, ids) => n + ids.length, 0))
          expect(people).toBeGreaterThanOrEqual(Math.max(0, ...lists.map((ids) => ids.length)))
        },
      ),
    )
  })
})

describe('a campaign’s lists in words', () => {
  it('quotes every name as the language does', () => {
    expect(quotedListNames(['Весна 1/2', 'Весна 2/2'], 'ru')).toBe('«Весна 1/2» и «Весна 2/2»')
    expect(quotedListNames(['A', 'B', 'C'], 'en')).toBe('“A”, “B”, and “C”')
  })

  it('keeps the campaign’s order and leaves out a deleted list', () => {
    const lists = [
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
    ]
    expect(namesOf([2, 9, 1], lists)).toEqual(['B', 'A'])
  })

  it('says the first name and how many more when room is short', () => {
    const t = ((key: string, values?: Record<string, unknown>) =>
      `${key}:${JSON.stringify(values ?? {})}`) as never
    expect(shortListNames(['Весна 1/5'], t)).toBe('Весна 1/5')
    expect(shortListNames(['Весна 1/5', 'Весна 2/5', 'Весна 3/5'], t)).toBe(
      'campaigns.detail.listsShort:{"first":"Весна 1/5","count":2}',
    )
    expect(shortListNames([], t)).toBe('campaigns.detail.noList:{}')
  })
})

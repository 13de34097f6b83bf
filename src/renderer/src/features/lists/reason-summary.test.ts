import { describe, expect, it } from 'vitest'
import { excludedTotal, reasonSummary } from './reason-summary'

describe('reasonSummary', () => {
  it('lists reasons in the shown order, main reasons first, whatever the counts object order', () => {
    expect(reasonSummary({ no_consent: 12, not_mobile: 1, opted_out: 3 })).toEqual([
      { reason: 'opted_out', count: 3 },
      { reason: 'not_mobile', count: 1 },
      { reason: 'no_consent', count: 12 },
    ])
  })

  it('leaves out reasons nobody has', () => {
    expect(reasonSummary({ opted_out: 0, no_number: 2 })).toEqual([
      { reason: 'no_number', count: 2 },
    ])
    expect(reasonSummary({})).toEqual([])
  })
})

describe('excludedTotal', () => {
  it('adds every reason up', () => {
    expect(excludedTotal({ opted_out: 3, no_consent: 12 })).toBe(15)
    expect(excludedTotal({})).toBe(0)
  })
})

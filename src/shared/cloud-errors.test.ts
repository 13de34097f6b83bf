import { describe, expect, it } from 'vitest'
import { metaWords } from './cloud-errors'

describe('metaWords', () => {
  it('quotes Meta’s words without the code it starts them with, which the card names already', () => {
    expect(metaWords({ code: 368, message: ' (#368) Temporarily blocked ' })).toBe(
      'Temporarily blocked',
    )
    expect(metaWords({ code: 131031, message: 'Account locked' })).toBe('Account locked')
    expect(metaWords({ code: 368, message: '(#100) Invalid parameter' })).toBe(
      '(#100) Invalid parameter',
    )
    expect(metaWords({ code: null, message: '(#368) Blocked' })).toBe('(#368) Blocked')
  })
})

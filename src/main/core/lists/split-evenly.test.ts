import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { partNames, splitEvenly } from './split-evenly'

describe('splitEvenly', () => {
  it.each([
    [0, []],
    [2, [2]],
    [256, [256]],
    [257, [129, 128]],
    [513, [171, 171, 171]],
    [600, [200, 200, 200]],
  ])('%i people → %j', (count, sizes) => {
    expect(splitEvenly(count)).toEqual(sizes)
  })

  it('places everyone, in the fewest lists, none over 256, sizes within one of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (count) => {
        const sizes = splitEvenly(count)
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count)
        expect(sizes.length).toBe(Math.ceil(count / 256))
        expect(Math.max(...sizes)).toBeLessThanOrEqual(256)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('names the parts "1/3", "2/3"…', () => {
    expect(partNames('Клиенты VIP', 3)).toEqual([
      'Клиенты VIP 1/3',
      'Клиенты VIP 2/3',
      'Клиенты VIP 3/3',
    ])
    expect(partNames('Клиенты VIP', 1)).toEqual(['Клиенты VIP'])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { needsShopName, shopNameMissing } from './shop-placeholder'

describe('needsShopName', () => {
  it.each([
    ['{{shop}}', true],
    ['Это {{ shop }}!', true],
    ['{{shop|}}', true],
    ['{{shop| }}', true],
    ['{{shop|наш магазин}}', false],
    ['{{Shop}}', false],
    ['{{shops}}', false],
    ['{{first_name|друг}}', false],
    ['{{shop\n}}', false],
    ['Без подстановок', false],
    ['{{first_name}}, {{shop|мы}} и {{shop}}', true],
  ])('%j: %s', (text, needed) => {
    expect(needsShopName(text)).toBe(needed)
  })
})

describe('shopNameMissing', () => {
  it('only when Settings has no name (spaces are no name)', () => {
    expect(shopNameMissing('Это {{shop}}', '')).toBe(true)
    expect(shopNameMissing('Это {{shop}}', '   ')).toBe(true)
    expect(shopNameMissing('Это {{shop}}', 'Цветы')).toBe(false)
    expect(shopNameMissing('Привет', '')).toBe(false)
  })

  it('never with a shop name, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (text, name) => {
          expect(shopNameMissing(text, name)).toBe(false)
        },
      ),
    )
  })
})

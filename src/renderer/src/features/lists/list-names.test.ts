import { describe, expect, it } from 'vitest'
import { copyName, listNameMax, splitPreview } from './list-names'

describe('splitPreview', () => {
  it('keeps the name for a single list', () => {
    expect(splitPreview(' Клиенты VIP ', [120])).toEqual([{ name: 'Клиенты VIP', size: 120 }])
  })

  it('numbers the parts of a split list "1/3", "2/3"…', () => {
    expect(splitPreview('Клиенты VIP', [86, 85, 85])).toEqual([
      { name: 'Клиенты VIP 1/3', size: 86 },
      { name: 'Клиенты VIP 2/3', size: 85 },
      { name: 'Клиенты VIP 3/3', size: 85 },
    ])
  })

  it('makes nothing of nothing', () => {
    expect(splitPreview('A', [])).toEqual([])
  })
})

describe('copyName', () => {
  it('adds the suffix', () => {
    expect(copyName('Постоянные', '(копия)')).toBe('Постоянные (копия)')
  })

  it('shortens a long name so the copy still fits', () => {
    const name = copyName('Я'.repeat(listNameMax), '(copy)')
    expect(name.length).toBe(listNameMax)
    expect(name.endsWith(' (copy)')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { downloadName } from './download-name'

describe('downloadName', () => {
  it.each([
    ['Декабрь', 'Декабрь'],
    ['Клиенты: март', 'Клиенты_ март'],
    ['Акция 1/2 <VIP>', 'Акция 1_2 _VIP_'],
    ['tab\there', 'tab_here'],
    ['Итоги...', 'Итоги'],
    ['  ', 'campaign'],
    ['???', '_'],
  ])('%j → %j', (name, expected) => {
    expect(downloadName(name, 'campaign')).toBe(expected)
  })
})

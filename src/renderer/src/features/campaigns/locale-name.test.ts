import { describe, expect, it } from 'vitest'
import { localeName } from './locale-name'

describe('locale name', () => {
  it("names Meta's locales in the UI's language", () => {
    expect(localeName('ru', 'ru')).toBe('русский')
    expect(localeName('en_US', 'en')).toBe('American English')
  })

  it('falls back to the code for what is not a locale', () => {
    expect(localeName('not a locale!', 'ru')).toBe('not a locale!')
  })
})

import { describe, expect, it } from 'vitest'
import { effectiveLanguage, fileLanguage, systemLanguage } from './language'

describe('systemLanguage', () => {
  it('takes the host hint first', () => {
    expect(systemLanguage('en', 'ru-RU')).toBe('en')
  })

  it('is Russian for any Russian locale and English otherwise', () => {
    expect(systemLanguage(undefined, 'ru')).toBe('ru')
    expect(systemLanguage(undefined, 'RU-ru')).toBe('ru')
    expect(systemLanguage(undefined, 'uk-UA')).toBe('en')
    expect(systemLanguage(undefined, '')).toBe('en')
  })
})

describe('effectiveLanguage', () => {
  it('follows the setting, or the system when the setting is null', () => {
    expect(effectiveLanguage('en', 'ru')).toBe('en')
    expect(effectiveLanguage(null, 'ru')).toBe('ru')
  })
})

describe('fileLanguage', () => {
  it('writes files in the UI’s language, Russian unless it is English', () => {
    expect(fileLanguage('en')).toBe('en')
    expect(fileLanguage('en-GB')).toBe('en')
    expect(fileLanguage('ru')).toBe('ru')
    expect(fileLanguage('')).toBe('ru')
  })
})

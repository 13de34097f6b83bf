// For tests of translated texts: an i18next instance with both languages, Russian to begin with,
// initialised before the file's tests run.
import i18next, { type i18n } from 'i18next'
import { beforeAll } from 'vitest'
import { en } from './en'
import { ru } from './ru'

export function testI18n(): i18n {
  const instance = i18next.createInstance()
  beforeAll(async () => {
    await instance.init({
      resources: { ru: { translation: ru }, en: { translation: en } },
      lng: 'ru',
      interpolation: { escapeValue: false },
    })
  })
  return instance
}

import i18next from 'i18next'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The English texts as a module that fails to arrive the first time, then arrives.
let englishFails = true
vi.mock('./en-first', async (original) => {
  if (englishFails) throw new Error('the English chunk could not be fetched')
  return original()
})

describe('loading a language', () => {
  beforeEach(() => {
    vi.stubGlobal('document', { documentElement: { lang: '' }, title: '' })
  })

  it('starts at once in Russian, reports English texts that fail, and fetches them when asked again', async () => {
    const { initI18n, systemTextsReady, wantedLanguage, applyLanguageSetting } =
      await import('./index')
    initI18n('en')
    // The first frame does not wait: Russian is there at once, English is wanted.
    expect(i18next.language).toBe('ru')
    expect(wantedLanguage()).toBe('en')
    await expect(systemTextsReady()).rejects.toThrow()
    // Not shown in English, and the caller is told (the boot then says the texts did not load).
    expect(i18next.language).toBe('ru')
    await expect(applyLanguageSetting('en')).rejects.toThrow()

    englishFails = false
    vi.resetModules()
    const again = await import('./index')
    await again.applyLanguageSetting('en')
    expect(i18next.language).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('shows the rest of the texts, in both languages, once the rest of the app asked for them', async () => {
    vi.resetModules()
    const { en } = await import('./en')
    const { ru } = await import('./ru')
    const texts = await import('./index')
    texts.initI18n('ru')
    // A section's text before the rest is here: nothing, never the raw key.
    expect(i18next.t('lists.emptyTitle')).toBe('')
    expect(i18next.t('contacts.column.phone')).toBe('Телефон')
    await texts.loadRestTexts()
    expect(i18next.t('lists.emptyTitle')).toBe(ru.lists.emptyTitle)
    // A namespace split between the parts keeps the keys of both.
    expect(i18next.t('campaigns.task.open')).toBe(ru.campaigns.task.open)
    expect(i18next.t('campaigns.task.sent')).toBe(ru.campaigns.task.sent)
    // English asked for after the rest: it comes whole.
    await texts.applyLanguageSetting('en')
    expect(i18next.t('lists.emptyTitle')).toBe(en.lists.emptyTitle)
    expect(i18next.t('contacts.column.phone')).toBe(en.contacts.column.phone)
  })
})

// i18next set up once at start-up, before the first render, so even the "cannot reach Rupor"
// page speaks the user's language.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/settings'
import { en } from './en'
import { effectiveLanguage } from './language'
import { ru } from './ru'

let system: Language = 'ru'

export function initI18n(systemLanguage: Language): void {
  system = systemLanguage
  void i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: systemLanguage,
    fallbackLng: 'ru',
    // Resources are bundled, so initialising synchronously avoids a blank first frame.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  })
  setDocumentLanguage(systemLanguage)
}

/** Applies the Settings' language (null: as in the system) to the whole UI at once. */
export function applyLanguageSetting(setting: Language | null): void {
  const language = effectiveLanguage(setting, system)
  if (i18next.language !== language) void i18next.changeLanguage(language)
  setDocumentLanguage(language)
}

function setDocumentLanguage(language: Language) {
  document.documentElement.lang = language
  document.title = i18next.t('app.name', { lng: language })
}

// i18next set up once at start-up, before the first render. Russian comes with the app (the source
// of truth, and the fallback); English is fetched only when it is the language shown, so the first
// screen carries one language's texts, not both. Until the wanted language's texts are here the
// app shows a loader without words (the boot waits for them, so even the "cannot reach Rupor" page
// speaks the user's language); if they cannot be fetched, it says so (texts-unavailable.ts).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/settings'
import { effectiveLanguage } from './language'
import { ru } from './ru'

let system: Language = 'ru'
let englishTexts: Promise<void> | undefined

/** Makes sure `language`'s texts are here; Russian always is. A failed fetch is tried again next time. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'ru' || i18next.hasResourceBundle('en', 'translation')) return Promise.resolve()
  englishTexts ??= import('./en').then(
    ({ en }) => {
      i18next.addResourceBundle('en', 'translation', en)
    },
    (error: unknown) => {
      englishTexts = undefined
      throw error
    },
  )
  return englishTexts
}

/**
 * Starts i18next at once, in Russian, and starts fetching the system language's texts: the first
 * frame does not wait for them. `systemTextsReady` tells when they are here.
 */
export function initI18n(systemLanguage: Language): void {
  system = systemLanguage
  void i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru } },
    lng: 'ru',
    fallbackLng: 'ru',
    // Russian is bundled, so initialising synchronously avoids a blank first frame.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  })
  setDocumentLanguage('ru')
  systemTexts = applyLanguageSetting(null)
  systemTexts.catch(() => undefined)
}

let systemTexts: Promise<void> = Promise.resolve()

/** Resolves once the system language is shown; rejects if its texts could not be fetched. */
export const systemTextsReady = (): Promise<void> => systemTexts

/** The language last asked for (shown once its texts are here). */
export const wantedLanguage = (): Language => wanted

/** The language `setting` means here (null: the system's). */
export const languageFor = (setting: Language | null): Language =>
  effectiveLanguage(setting, system)

let wanted: Language = 'ru'

/** Counts the languages asked for: only the last one asked is applied when texts arrive late. */
let asked = 0

/**
 * Applies the Settings' language (null: as in the system) to the whole UI at once, once its
 * texts are here; rejects (keeping the language shown) if they could not be fetched.
 */
export async function applyLanguageSetting(setting: Language | null): Promise<void> {
  const language = effectiveLanguage(setting, system)
  wanted = language
  asked += 1
  const ask = asked
  await loadLanguage(language)
  if (ask !== asked) return
  if (i18next.language !== language) await i18next.changeLanguage(language)
  setDocumentLanguage(language)
}

function setDocumentLanguage(language: Language) {
  document.documentElement.lang = language
  document.title = i18next.t('app.name', { lng: language })
}

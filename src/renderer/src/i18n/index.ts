// i18next set up once at start-up, before the first render. Russian comes with the app (the source
// of truth, and the fallback); English is fetched only when it is the language shown, so the first
// screen carries one language's texts, not both. Until the wanted language's texts are here the
// app shows a loader without words (the boot waits for them, so even the "cannot reach Rupor" page
// speaks the user's language); if they cannot be fetched, it says so (texts-unavailable.ts).
// Each language comes in two parts: the first screen's texts (ru-first.ts) and the rest
// (ru-rest.ts), fetched with the first lazy section or part (app/rest-of-app.ts).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/settings'
import { effectiveLanguage } from './language'
import { ruFirst } from './ru-first'

let system: Language = 'ru'
let englishTexts: Promise<void> | undefined
/** Set once the rest of the app asked for its texts: from then on, each language comes whole. */
let restWanted = false
/** Set once Russian's rest (the fallback of every key) is here. */
let restHere = false
const restTexts = new Map<Language, Promise<void>>()

/** Adds a part's texts to what `language` already has, keeping the keys of both. */
function addTexts(language: Language, texts: object) {
  i18next.addResourceBundle(language, 'translation', texts, true, true)
}

/** Fetches `language`'s rest texts once; a failed fetch is tried again next time. */
function loadRestOf(language: Language): Promise<void> {
  let loading = restTexts.get(language)
  if (!loading) {
    const part =
      language === 'ru'
        ? import('./ru-rest').then(({ ruRest }) => ruRest)
        : import('./en-rest').then(({ enRest }) => enRest)
    loading = part.then(
      (texts) => {
        addTexts(language, texts)
        if (language === 'ru') restHere = true
      },
      (error: unknown) => {
        restTexts.delete(language)
        throw error
      },
    )
    restTexts.set(language, loading)
  }
  return loading
}

/**
 * The texts of everything past the first screen, in Russian (the fallback) and, when it is shown
 * or on its way, English; rejects if they cannot be fetched.
 */
export async function loadRestTexts(): Promise<void> {
  restWanted = true
  const languages: Language[] = ['ru']
  if (englishTexts || i18next.hasResourceBundle('en', 'translation')) languages.push('en')
  await Promise.all(languages.map(loadRestOf))
}

/** Makes sure `language`'s texts are here; Russian's first part always is. A failed fetch is tried again next time. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'ru') {
    if (restWanted) await loadRestOf('ru')
    return
  }
  englishTexts ??= import('./en-first').then(
    ({ enFirst }) => {
      addTexts('en', enFirst)
    },
    (error: unknown) => {
      englishTexts = undefined
      throw error
    },
  )
  await Promise.all([englishTexts, restWanted ? loadRestOf('en') : undefined])
}

/** What a key missing from the loaded parts shows: nothing until the rest is here, not the key. */
function missingKeyText(key: string): string {
  return restHere ? key : ''
}

/**
 * Starts i18next at once, in Russian, and starts fetching the system language's texts: the first
 * frame does not wait for them. `systemTextsReady` tells when they are here.
 */
export function initI18n(systemLanguage: Language): void {
  system = systemLanguage
  void i18next.use(initReactI18next).init({
    resources: { ru: { translation: ruFirst } },
    lng: 'ru',
    fallbackLng: 'ru',
    // Russian is bundled, so initialising synchronously avoids a blank first frame.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    // keys.test.ts keeps every first-screen key in the first part; should one slip through, it
    // shows as nothing (not as a raw key) until the rest arrives and re-renders the UI.
    parseMissingKeyHandler: missingKeyText,
    react: { bindI18nStore: 'added' },
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

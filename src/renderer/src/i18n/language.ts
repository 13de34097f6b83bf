import type { Language } from '../../../shared/settings'

/** The system language: the host's hint if it gave one, else the browser's; Russian or English. */
export function systemLanguage(hint: Language | undefined, navigatorLanguage: string): Language {
  if (hint) return hint
  return navigatorLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** The setting wins; null means "as in the system". */
export const effectiveLanguage = (setting: Language | null, system: Language): Language =>
  setting ?? system

/**
 * The language of a file the owner downloads: the UI's. A CSV's separator follows it, as Excel's
 * does the system's (";" in Russian), so a double-clicked export opens in columns.
 */
export const fileLanguage = (uiLanguage: string): Language =>
  uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'ru'

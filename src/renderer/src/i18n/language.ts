import type { Language } from '../../../shared/settings'

/** The system language: the host's hint if it gave one, else the browser's; Russian or English. */
export function systemLanguage(hint: Language | undefined, navigatorLanguage: string): Language {
  if (hint) return hint
  return navigatorLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** The setting wins; null means "as in the system". */
export const effectiveLanguage = (setting: Language | null, system: Language): Language =>
  setting ?? system

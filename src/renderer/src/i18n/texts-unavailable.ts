// What to say when a language's texts cannot be fetched. These few words cannot come from the
// texts that failed to arrive, so they are written here in both languages.
import type { Language } from '../../../shared/settings'

/** The texts of `language` could not be fetched (the browser host stopped, or a broken install). */
export class TextsUnavailable extends Error {
  constructor(
    readonly language: Language,
    cause: unknown,
  ) {
    super(`The ${language} texts could not be loaded.`, { cause })
  }
}

export const textsUnavailable = {
  ru: {
    title: 'Не удалось загрузить тексты интерфейса',
    text: 'Тексты на выбранном языке не загрузились. Проверьте, что приложение запущено, и попробуйте ещё раз.',
    retry: 'Попробовать ещё раз',
  },
  en: {
    title: 'Could not load the app’s texts',
    text: 'The texts in the chosen language did not load. Check that the app is running and try again.',
    retry: 'Try again',
  },
} as const satisfies Record<Language, { title: string; text: string; retry: string }>

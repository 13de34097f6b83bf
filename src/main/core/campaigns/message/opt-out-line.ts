// The line that tells a recipient how to stop the messages; the reply keyword channel listens for
// the same word.

const lines = {
  ru: 'Ответьте СТОП, чтобы не получать сообщения',
  en: 'Reply STOP to stop receiving these messages',
} as const

export function defaultOptOutLine(language: 'ru' | 'en'): string {
  return lines[language]
}

// Dates and times as the app's language writes them, whatever the computer's own locale is:
// 15.01.2024 and 18:30 in Russian, 01/15/2024 and 6:30 PM in English. The forms keep the
// browser's own value formats ("YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM") so nothing else changes.

export interface DateFieldStyle {
  fieldsOrder: ('day' | 'month' | 'year')[]
  dateSeparator: string
  format: '24h' | '12h'
  /** 1 = Monday. */
  firstDayOfWeek: 0 | 1
}

export function dateFieldStyle(language: string): DateFieldStyle {
  return language.startsWith('en')
    ? {
        fieldsOrder: ['month', 'day', 'year'],
        dateSeparator: '/',
        format: '12h',
        firstDayOfWeek: 0,
      }
    : {
        fieldsOrder: ['day', 'month', 'year'],
        dateSeparator: '.',
        format: '24h',
        firstDayOfWeek: 1,
      }
}

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?$/

/** "YYYY-MM-DDTHH:MM" (a form's value) → "YYYY-MM-DD HH:mm:ss" (the picker's); null when empty. */
export function toPickerDateTime(value: string): string | null {
  const match = dateTimePattern.exec(value)
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}:00` : null
}

/** The picker's "YYYY-MM-DD HH:mm:ss" → the form's "YYYY-MM-DDTHH:MM"; '' while incomplete. */
export function fromPickerDateTime(value: string | null): string {
  const match = value === null ? null : dateTimePattern.exec(value)
  return match ? `${match[1] ?? ''}T${match[2] ?? ''}` : ''
}

/** "HH:MM" or "HH:MM:SS" → "HH:MM"; '' while incomplete. */
export function toFormTime(value: string): string {
  return /^\d{2}:\d{2}/.test(value) ? value.slice(0, 5) : ''
}

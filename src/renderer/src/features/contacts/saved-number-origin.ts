// Where a contact's "saved our number" answer came from, in words: «отметили вы, 5 дек.».
import type { TFunction } from 'i18next'
import type { Contact } from '../../../../shared/contacts'

type Origin = Pick<
  Contact,
  'savedNumber' | 'savedNumberSource' | 'savedNumberAt' | 'consentSource' | 'consentAt'
>

/** «5 дек.», with the year when it is not this year's. */
export function shortDate(at: number, language: string, now = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear()
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at)
}

/**
 * The source and date in words, or undefined while nobody said anything. The import's file name
 * is known when the same import also recorded the consent (same moment): «из файла clients.csv».
 */
export function savedNumberOrigin(
  contact: Origin,
  t: TFunction,
  language: string,
  now = Date.now(),
): string | undefined {
  const { savedNumberSource: source, savedNumberAt: at } = contact
  if (source === null || at === null || contact.savedNumber === 'unknown') return undefined
  const when = shortDate(at, language, now)
  if (source === 'import') {
    const consentSource = contact.consentSource.trim()
    if (consentSource.startsWith('import:') && contact.consentAt === at) {
      const file = consentSource.slice('import:'.length).trim()
      return t('savedNumber.field.source.importFile', { file, when })
    }
  }
  return t(`savedNumber.field.source.${source}`, { when })
}

import type { ContactRecord } from './contact-record'

/** Folds case and ё so "Семён", "СЕМЕН" and "семен" find each other. */
export function foldText(text: string): string {
  // toLowerCase folds Cyrillic exactly as the Russian locale does, several times faster.
  return text.toLowerCase().replace(/ё/g, 'е')
}

/** The name as the table sorts it: folded, surrounding spaces gone. */
export function sortKeyOf(record: Pick<ContactRecord, 'name'>): string {
  return foldText(record.name).trim()
}

/**
 * What search looks through: the folded name parts and e-mail, then every number as digits, both
 * in international form and as the file wrote it (so "8916…" finds "+7916…").
 */
export function searchTextOf(record: ContactRecord): string {
  const words = [
    record.name,
    record.firstName,
    record.middleName,
    record.lastName,
    record.email,
  ].map(foldText)
  const digits = record.phones.flatMap((p) => [p.e164.replace(/\D/g, ''), p.raw.replace(/\D/g, '')])
  return [...new Set([...words, ...digits].filter((part) => part !== ''))].join(' ')
}

import type { ContactRecord } from './contact-record'

/** Folds case and ё so "Семён", "СЕМЕН" and "семен" find each other. */
export function foldText(text: string): string {
  // toLowerCase folds Cyrillic exactly as the Russian locale does, several times faster.
  const lower = text.toLowerCase()
  // Most text has no ё: the replace is skipped rather than run over every name of an import.
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower
}

/** The name as the table sorts it: folded, surrounding spaces gone. */
export function sortKeyOf(record: Pick<ContactRecord, 'name'>): string {
  return foldText(record.name).trim()
}

/** What the keys are made of: the names, the e-mail and the numbers, nothing else of a contact. */
export type SearchedFacts = Pick<
  ContactRecord,
  'name' | 'firstName' | 'middleName' | 'lastName' | 'email'
> & { phones: readonly Pick<ContactRecord['phones'][number], 'e164' | 'raw'>[] }

const nonDigits = /\D/g

/**
 * What search looks through: the folded name parts and e-mail, then every number as digits, both
 * in international form and as the file wrote it (so "8916…" finds "+7916…"). A part already
 * inside an earlier one (the first name in the name, `9161234567` in `79161234567`) is left out:
 * search looks for each typed word, which has no spaces, anywhere in the text, so it finds the
 * same contacts, and the search index has that much less to hold.
 */
export function searchTextOf(record: SearchedFacts, foldedName = foldText(record.name)): string {
  // A plain loop over a handful of parts: this runs for every contact an import adds.
  const parts: string[] = []
  const add = (part: string): void => {
    if (part !== '' && !parts.some((earlier) => earlier.includes(part))) parts.push(part)
  }
  add(foldedName)
  add(foldText(record.firstName))
  add(foldText(record.middleName))
  add(foldText(record.lastName))
  add(foldText(record.email))
  for (const phone of record.phones) {
    add(phone.e164.replace(nonDigits, ''))
    add(phone.raw.replace(nonDigits, ''))
  }
  return parts.join(' ')
}

/** What the contacts table sorts and searches a contact by, kept in its row. */
export interface ContactKeys {
  sortKey: string
  searchText: string
}

export function keysOf(record: SearchedFacts): ContactKeys {
  // The name folded once for both: this runs for every row of an import.
  const foldedName = foldText(record.name)
  return { sortKey: foldedName.trim(), searchText: searchTextOf(record, foldedName) }
}

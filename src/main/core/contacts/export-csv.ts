import type { Contact } from '../../../shared/contacts'
import type { Language } from '../../../shared/settings'
import { csvPieces } from '../export/csv-writer'

export const exportHeaders = [
  'Name',
  'First Name',
  'Middle Name',
  'Last Name',
  'Phone',
  'Other Phones',
  'E-mail',
  'Tags',
  'Consent',
  'Opted Out',
  'Notes',
  // Read back by the import's "saved our number" column (guess-mapping.ts).
  'Saved Our Number',
] as const

/** What a contact's row is made of (the export of everything reads it without a Contact). */
export type ContactCells = Pick<
  Contact,
  | 'name'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'email'
  | 'notes'
  | 'consent'
  | 'optedOut'
  | 'tags'
  | 'savedNumber'
> & { phones: readonly { e164: string; primary: boolean }[] }

export function contactToCells(contact: ContactCells): string[] {
  const primary = contact.phones.find((p) => p.primary) ?? contact.phones[0]
  return [
    contact.name,
    contact.firstName,
    contact.middleName,
    contact.lastName,
    primary?.e164 ?? '',
    contact.phones
      .filter((p) => p !== primary)
      .map((p) => p.e164)
      .join(' ::: '),
    contact.email,
    contact.tags.join(' ::: '),
    contact.consent === 'granted' ? 'yes' : contact.consent === 'withdrawn' ? 'no' : '',
    contact.optedOut ? 'yes' : '',
    contact.notes,
    contact.savedNumber === 'unknown' ? '' : contact.savedNumber,
  ]
}

/** The contacts CSV in pieces, so a large book is never one string (see csv-writer.ts). */
export function* contactCsvPieces(
  contacts: Iterable<ContactCells>,
  language: Language,
): Generator<string> {
  yield* csvPieces(exportHeaders, cellsOf(contacts), language)
}

function* cellsOf(contacts: Iterable<ContactCells>): Generator<string[]> {
  for (const contact of contacts) yield contactToCells(contact)
}

/** The contacts as the owner's Excel opens them (csv-writer.ts). */
export function contactsToCsv(contacts: Iterable<ContactCells>, language: Language): string {
  return Array.from(contactCsvPieces(contacts, language)).join('')
}

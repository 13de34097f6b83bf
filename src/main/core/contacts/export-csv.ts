import Papa from 'papaparse'
import type { Contact } from '../../../shared/contacts'
import { neutraliseCell } from '../../../shared/csv-safety'

export const exportHeaders = [
  'Name',
  'First Name',
  'Last Name',
  'Phone',
  'Other Phones',
  'E-mail',
  'Tags',
  'Consent',
  'Opted Out',
  'Notes',
] as const

/** What a contact's row is made of (the export of everything reads it without a Contact). */
export type ContactCells = Pick<
  Contact,
  'name' | 'firstName' | 'lastName' | 'email' | 'notes' | 'consent' | 'optedOut' | 'tags'
> & { phones: readonly { e164: string; primary: boolean }[] }

export function contactToCells(contact: ContactCells): string[] {
  const primary = contact.phones.find((p) => p.primary) ?? contact.phones[0]
  return [
    contact.name,
    contact.firstName,
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
  ].map(neutraliseCell)
}

/** UTF-8 with a BOM, so Excel shows Cyrillic correctly; CRLF, as Excel writes. */
export function contactsToCsv(contacts: Iterable<Contact>): string {
  const rows: string[][] = [[...exportHeaders]]
  for (const contact of contacts) rows.push(contactToCells(contact))
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`
}

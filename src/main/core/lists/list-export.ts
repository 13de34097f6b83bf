import type { ListDetail, ListMember } from '../../../shared/lists'
import type { Language } from '../../../shared/settings'
import { csvText } from '../export/csv-writer'

export interface ExportedMember extends ListMember {
  firstName: string
  middleName: string
  lastName: string
}

/** Every member with whether they may be messaged now and why not: the list as the shop sees it. */
export function listToCsv(
  list: ListDetail,
  members: readonly ExportedMember[],
  language: Language,
): string {
  return csvText(
    ['Name', 'First Name', 'Middle Name', 'Last Name', 'Phone', 'Eligible', 'Reasons'],
    members.map((m) => [
      m.name,
      m.firstName,
      m.middleName,
      m.lastName,
      m.e164 ?? '',
      m.eligible ? 'yes' : 'no',
      m.reasons.join(' ::: '),
    ]),
    language,
  )
}

/** vCard 3.0 text values escape backslash, comma, semicolon and line breaks (RFC 2426 §4). */
const escapeValue = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')

/**
 * The people of a list as contacts for a phone, so the owner can also use the WhatsApp Business
 * app's own broadcast lists. Only people who may be messaged now are written: a phone does not
 * know about opt-outs, so anyone else in the file could be messaged from it by mistake.
 */
export function listToVcards(members: readonly ExportedMember[]): string {
  const cards: string[] = []
  for (const m of members) {
    if (!m.eligible || m.e164 === null) continue
    const name = m.name.trim() === '' ? m.e164 : m.name
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${escapeValue(name)}`,
        // N: family; given; additional (the patronymic); prefixes; suffixes.
        `N:${escapeValue(m.lastName)};${escapeValue(m.firstName || (m.lastName ? '' : name))};${escapeValue(m.middleName)};;`,
        `TEL;TYPE=CELL:${m.e164}`,
        'END:VCARD',
      ].join('\r\n'),
    )
  }
  return cards.length ? `${cards.join('\r\n')}\r\n` : ''
}

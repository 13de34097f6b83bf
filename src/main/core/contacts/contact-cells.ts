import type { Database } from 'better-sqlite3'
import type { ConsentState, SavedNumberState } from '../../../shared/contacts'
import { orderOf, whereOf, type ContactFilter } from './contact-query'
import type { ContactCells } from './export-csv'

interface BookRow {
  id: number
  name: string
  first_name: string
  middle_name: string
  last_name: string
  email: string
  notes: string
  consent: ConsentState
  /** "+79161111111* +79162222222": every number in order, the primary one starred. */
  phones: string | null
  tags: string | null
  opted_out: number
  saved_number: SavedNumberState
}

const tagSeparator = '\u001f'
const wholeBook: ContactFilter = { search: '', sort: 'name', direction: 'asc' }

/**
 * The contacts a filter finds, in its order, as the CSV exports write them — read in one pass of
 * one statement. Loading each contact on its own (five queries apiece) took 18 s for 100 000
 * contacts, with every send waiting meanwhile; this takes about two.
 */
export function* contactCells(
  db: Database,
  filter: ContactFilter = wholeBook,
  only?: ReadonlySet<number>,
): Generator<ContactCells> {
  const where = whereOf(filter)
  const rows = db
    .prepare<unknown[], BookRow>(
      `SELECT c.id, c.name, c.first_name, c.middle_name, c.last_name, c.email, c.notes, c.consent,
         c.saved_number,
         (SELECT group_concat(p.e164 || iif(p.is_primary = 1, '*', ''), ' ' ORDER BY p.position)
          FROM contact_phones p WHERE p.contact_id = c.id) AS phones,
         (SELECT group_concat(t.tag, char(31) ORDER BY t.tag)
          FROM contact_tags t WHERE t.contact_id = c.id) AS tags,
         EXISTS (SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164
                 WHERE p.contact_id = c.id) AS opted_out
       FROM contacts c ${where.sql} ${orderOf(filter)}`,
    )
    .iterate(...where.params)
  for (const row of rows) {
    if (only && !only.has(row.id)) continue
    yield {
      name: row.name,
      firstName: row.first_name,
      middleName: row.middle_name,
      lastName: row.last_name,
      email: row.email,
      notes: row.notes,
      consent: row.consent,
      optedOut: row.opted_out === 1,
      savedNumber: row.saved_number,
      tags: row.tags === null ? [] : row.tags.split(tagSeparator),
      phones: (row.phones ?? '')
        .split(' ')
        .filter((phone) => phone !== '')
        .map((phone) => ({ e164: phone.replace(/\*$/, ''), primary: phone.endsWith('*') })),
    }
  }
}

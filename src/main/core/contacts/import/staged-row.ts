import type { ConsentState, ContactPhone, SavedNumberState } from '../../../../shared/contacts'
import type { ContactCandidate } from '../contact-record'

/**
 * One accepted row as the import keeps it between reading the file and applying it, as the
 * columns of the staging table: the flat facts as they are, the small lists as JSON, and the row's
 * cells as JSON text that is only parsed back when the apply finds a problem with the row (a
 * duplicate, a number of someone else) — most rows never need it. Writing and reading whole
 * candidates as JSON cost about as much as the inserts themselves.
 */
export type StagedRow = [
  line: number,
  name: string,
  firstName: string,
  middleName: string,
  lastName: string,
  email: string,
  notes: string,
  /** `[e164, raw, kind, label, primary (1/0)]` per number, in the candidate's order. */
  phones: string,
  tags: string,
  consent: ConsentState | null,
  /** null when the file has no "saved our number" column. */
  savedNumber: SavedNumberState | null,
  cells: string,
]

/** The staging table's columns, in the order of {@link StagedRow}. */
export const stagedColumns =
  'line, name, first_name, middle_name, last_name, email, notes, phones, tags, consent, saved_number, cells'

type PhoneTuple = [string, string, ContactPhone['kind'], string, 0 | 1]

/** `cells`: the row's cells as JSON text. */
export function stagedRowOf(candidate: ContactCandidate, cells: string): StagedRow {
  const phones: PhoneTuple[] = candidate.phones.map((p) => [
    p.e164,
    p.raw,
    p.kind,
    p.label,
    p.primary ? 1 : 0,
  ])
  return [
    candidate.line,
    candidate.name,
    candidate.firstName,
    candidate.middleName,
    candidate.lastName,
    candidate.email,
    candidate.notes,
    JSON.stringify(phones),
    JSON.stringify(candidate.tags),
    candidate.consent,
    candidate.savedNumber ?? null,
    cells,
  ]
}

/** The candidate a staged row was made from, and its cells, read only when asked for. */
export function candidateOfStagedRow(row: StagedRow): {
  candidate: ContactCandidate
  cells: () => string[]
} {
  const [line, name, firstName, middleName, lastName, email, notes, phones, tags] = row
  const [, , , , , , , , , consent, savedNumber, cells] = row
  const candidate: ContactCandidate = {
    line,
    name,
    firstName,
    middleName,
    lastName,
    email,
    notes,
    phones: (JSON.parse(phones) as PhoneTuple[]).map(([e164, raw, kind, label, primary]) => ({
      e164,
      raw,
      kind,
      label,
      primary: primary === 1,
    })),
    tags: JSON.parse(tags) as string[],
    consent,
    flag: null,
  }
  if (savedNumber !== null) candidate.savedNumber = savedNumber
  return { candidate, cells: () => JSON.parse(cells) as string[] }
}

import type {
  ConsentState,
  ContactFlag,
  ContactPhone,
  SavedNumberState,
} from '../../../shared/contacts'

/** A contact's own facts, as stored and merged. The opt-out list lives apart, keyed by number. */
export interface ContactRecord {
  name: string
  firstName: string
  /** The patronymic (отчество) or a middle name. */
  middleName: string
  lastName: string
  email: string
  notes: string
  /** At most one has `primary: true`; it is the number a broadcast goes to. */
  phones: ContactPhone[]
  tags: string[]
  consent: ConsentState
  consentSource: string
  consentAt: number | null
  flag: ContactFlag | null
}

/** A contact as read from one row of an import, before it meets the book. */
export interface ContactCandidate {
  line: number
  name: string
  firstName: string
  middleName: string
  lastName: string
  email: string
  notes: string
  phones: ContactPhone[]
  tags: string[]
  /** From the file's consent column; null when the file says nothing, so the import-wide choice applies. */
  consent: ConsentState | null
  flag: ContactFlag | null
  /**
   * From the file's "saved our number" column: yes, no or likely, or 'unknown' for an empty or
   * unreadable cell (never overwrites a known answer); absent when the file has no such column.
   */
  savedNumber?: SavedNumberState
}

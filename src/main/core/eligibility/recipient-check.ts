import type { Database } from 'better-sqlite3'
import type { ConsentState, PhoneKind } from '../../../shared/contacts'
import type { Eligibility } from '../../../shared/eligibility'
import type { CountryCode } from '../../../shared/settings'
import { normalizePhone, type NormalizedPhone } from '../contacts/phone/normalize-phone'
import { eligibilityOf, type RecipientFacts, type SendPolicy } from './eligibility'

/**
 * The columns a contact's facts are read from, for any query over `contacts c`. Lists and the
 * check below read them the same way, so they cannot disagree.
 */
const sharedColumns = `
  c.primary_phone AS r_e164,
  (SELECT kind FROM contact_phones p WHERE p.contact_id = c.id AND p.is_primary = 1) AS r_kind,
  EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id) AS r_has_numbers,
  c.consent AS r_consent`

export const recipientColumns = `${sharedColumns},
  EXISTS (SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164
          WHERE p.contact_id = c.id) AS r_opted_out`

/**
 * The same facts as {@link recipientColumns}, for reading many contacts at once: "any of the
 * contact's numbers is on the opt-out list" is asked of the (short) opt-out list once, not of each
 * contact's numbers — the same answer. CROSS JOIN keeps SQLite going from the opt-outs to the
 * numbers: left to choose, it scanned every number (~40 ms a statement on 100 000 contacts).
 */
export const recipientColumnsAtOnce = `${sharedColumns},
  c.id IN (SELECT p.contact_id FROM opt_outs o CROSS JOIN contact_phones p ON p.e164 = o.e164)
    AS r_opted_out`

export interface RecipientRow {
  r_e164: string | null
  r_kind: PhoneKind | null
  r_has_numbers: number
  r_opted_out: number
  r_consent: ConsentState
}

export function factsOfRow(row: RecipientRow): RecipientFacts {
  return {
    number:
      row.r_e164 !== null && row.r_kind !== null ? { e164: row.r_e164, kind: row.r_kind } : null,
    hasNumbers: row.r_has_numbers === 1,
    optedOut: row.r_opted_out === 1,
    consent: row.r_consent,
  }
}

/**
 * "May this number be messaged now, and if not, why" — asked by lists when they are shown and by
 * every sender inside the transaction that claims a send (better-sqlite3 is synchronous, so the
 * answer cannot go stale between the check and the claim).
 */
export function createRecipientCheck(
  db: Database,
  policy: () => SendPolicy,
  defaultCountry: () => CountryCode,
) {
  const numberRow = db.prepare<[string], { contact_id: number; kind: PhoneKind }>(
    'SELECT contact_id, kind FROM contact_phones WHERE e164 = ?',
  )
  const contactRow = db.prepare<[number], RecipientRow>(
    `SELECT ${recipientColumns} FROM contacts c WHERE c.id = ?`,
  )
  const numberOptedOut = db.prepare<[string], { e164: string }>(
    'SELECT e164 FROM opt_outs WHERE e164 = ?',
  )
  // Reading a number is pure and costs more than the queries: the scheduler asks about the same
  // person at each decision while a limit holds them, a forecast hundreds of times.
  const readings = new Map<string, NormalizedPhone>()
  const read = (number: string, country: CountryCode): NormalizedPhone => {
    const key = `${country} ${number}`
    let reading = readings.get(key)
    if (reading === undefined) {
      if (readings.size >= 4096) readings.clear()
      reading = normalizePhone(number, country)
      readings.set(key, reading)
    }
    return reading
  }

  return {
    /** A number in any spelling; in the book or not. */
    checkNumber(number: string): Eligibility {
      const normalized = read(number, defaultCountry())
      if (!normalized.ok) {
        return eligibilityOf(
          {
            number: null,
            hasNumbers: false,
            optedOut: false,
            consent: 'unknown',
            unreadable: true,
          },
          policy(),
        )
      }
      const { e164 } = normalized
      const owner = numberRow.get(e164)
      const contact = owner ? contactRow.get(owner.contact_id) : undefined
      return eligibilityOf(
        {
          number: { e164, kind: owner?.kind ?? normalized.kind },
          hasNumbers: true,
          optedOut: numberOptedOut.get(e164) !== undefined || contact?.r_opted_out === 1,
          consent: contact?.r_consent ?? 'unknown',
        },
        policy(),
      )
    },
    /** A contact: the number a broadcast goes to is its primary one. */
    checkContact(id: number): Eligibility | undefined {
      const row = contactRow.get(id)
      return row ? eligibilityOf(factsOfRow(row), policy()) : undefined
    },
    /** For many rows at once: Settings are read once, not per person. */
    rowJudge(): (row: RecipientRow) => Eligibility {
      const current = policy()
      return (row) => eligibilityOf(factsOfRow(row), current)
    },
  }
}
export type RecipientCheck = ReturnType<typeof createRecipientCheck>

// Marking those who wrote after scanning the poster: they asked for the news themselves, so their
// consent is given (source «QR-код»), they likely saved the shop's number (a 'yes' the owner saw
// stays 'yes'), and they chat with the shop. Numbers not in the book become new contacts. An
// opt-out is for good and a withdrawn consent is the person's own word: both are left as they are
// and named (the card can re-subscribe or change consent, one person at a time).
import type { Database } from 'better-sqlite3'
import type { ConsentState, SavedNumberState } from '../../../shared/contacts'
import type { OptInMarkPlan, WroteExisting, WrotePerson } from '../../../shared/opt-in'
import type { CountryCode, Language } from '../../../shared/settings'
import { createContactsRepository } from '../contacts/contacts-repository'
import type { ContactRecord } from '../contacts/contact-record'
import { choosePrimary, flagOf } from '../contacts/merge-contact'
import type { Clock } from '../time/clock'
import { qrConsentSource } from './opt-in-words'
import { wroteLines, type WroteNumber } from './wrote-lines'

interface Standing {
  id: number
  name: string
  consent: ConsentState
  saved_number: SavedNumberState
  chats_with_shop: number
  opted_out: number
}

interface Placed {
  plan: OptInMarkPlan
  /** The new contacts' numbers as read, to write them when applying. */
  toAdd: WroteNumber[]
}

/** Where each pasted number stands now: what marking would do. Reads only. */
function place(db: Database, text: string, country: CountryCode): Placed {
  const { numbers, rejected } = wroteLines(text, country)
  const standingOf = db.prepare<[string], Standing>(
    `SELECT c.id, c.name, c.consent, c.saved_number, c.chats_with_shop,
       EXISTS (SELECT 1 FROM contact_phones q JOIN opt_outs o ON o.e164 = q.e164
         WHERE q.contact_id = c.id) AS opted_out
     FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ?`,
  )
  const onOptOutList = db.prepare<[string], 1>('SELECT 1 FROM opt_outs WHERE e164 = ?').pluck()
  const plan: OptInMarkPlan = {
    existing: [],
    added: [],
    optedOut: [],
    consentWithdrawn: [],
    notNumbers: rejected,
  }
  const toAdd: WroteNumber[] = []
  const contactsSeen = new Set<number>()
  for (const number of numbers) {
    const standing = standingOf.get(number.e164)
    const person: WrotePerson = {
      e164: number.e164,
      name: standing?.name || number.name || number.e164,
      line: number.line,
    }
    // Two numbers of one contact on the paste: the contact is marked once.
    if (standing && contactsSeen.has(standing.id)) continue
    if (standing) contactsSeen.add(standing.id)
    if (onOptOutList.get(number.e164) !== undefined || standing?.opted_out === 1) {
      plan.optedOut.push(person)
    } else if (!standing) {
      plan.added.push(person)
      toAdd.push(number)
    } else if (standing.consent === 'withdrawn') {
      plan.consentWithdrawn.push(person)
    } else {
      const existing: WroteExisting = {
        ...person,
        contactId: standing.id,
        alreadyMarked:
          standing.consent === 'granted' &&
          (standing.saved_number === 'yes' || standing.saved_number === 'likely') &&
          standing.chats_with_shop === 1,
      }
      plan.existing.push(existing)
    }
  }
  return { plan, toAdd }
}

/** The preview: what marking these numbers would do, nothing written. */
export function planMarkWrote(db: Database, text: string, country: CountryCode): OptInMarkPlan {
  return place(db, text, country).plan
}

/** Marks them, in one transaction; answers what was done, in the preview's shape. */
export function markWrote(
  db: Database,
  clock: Clock,
  input: { text: string; country: CountryCode; language: Language },
): OptInMarkPlan {
  const now = clock.now()
  const source = qrConsentSource[input.language]
  const repository = createContactsRepository(db)
  // Consent: given where unknown (an existing consent keeps its own source and date). Saved the
  // number: 'likely' from the QR unless already 'yes' or 'likely'. Chats with the shop: yes.
  const markExisting = db.prepare<[string, number, number, number, number, number]>(
    `UPDATE contacts SET
       consent_source = CASE WHEN consent = 'unknown' THEN ? ELSE consent_source END,
       consent_at = CASE WHEN consent = 'unknown' THEN ? ELSE consent_at END,
       consent = CASE WHEN consent = 'unknown' THEN 'granted' ELSE consent END,
       saved_number_source = CASE WHEN saved_number IN ('yes', 'likely') THEN saved_number_source
         ELSE 'qr' END,
       saved_number_at = CASE WHEN saved_number IN ('yes', 'likely') THEN saved_number_at ELSE ? END,
       saved_number = CASE WHEN saved_number IN ('yes', 'likely') THEN saved_number ELSE 'likely' END,
       chats_with_shop = 1,
       updated_at = ?
     WHERE id = ? AND consent <> 'withdrawn'
       AND NOT EXISTS (SELECT 1 FROM contact_phones q JOIN opt_outs o ON o.e164 = q.e164
         WHERE q.contact_id = ?)`,
  )
  const markNew = db.prepare<[number, number]>(
    `UPDATE contacts SET saved_number = 'likely', saved_number_source = 'qr', saved_number_at = ?,
       chats_with_shop = 1
     WHERE id = ?`,
  )
  return db.transaction(() => {
    // Placed inside the transaction: what is applied is what the database holds now.
    const { plan, toAdd } = place(db, input.text, input.country)
    for (const person of plan.existing) {
      if (!person.alreadyMarked)
        markExisting.run(source, now, now, now, person.contactId, person.contactId)
    }
    for (const number of toAdd) {
      const phones = choosePrimary([
        { e164: number.e164, raw: number.e164, kind: number.kind, label: '', primary: true },
      ])
      const record: ContactRecord = {
        name: number.name || number.e164,
        firstName: '',
        middleName: '',
        lastName: '',
        email: '',
        notes: '',
        phones,
        tags: [],
        consent: 'granted',
        consentSource: source,
        consentAt: now,
        flag: flagOf(phones),
      }
      markNew.run(now, repository.insert(record, now))
    }
    return plan
  })()
}

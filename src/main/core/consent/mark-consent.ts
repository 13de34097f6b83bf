import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { ConsentState } from '../../../shared/contacts'
import type {
  ConsentMarkOutcome,
  consentMarkSchema,
  consentTargetSchema,
} from '../../../shared/consent'
import { matchingIds } from '../contacts/contact-selection'
import { invalidInput, notFound } from '../errors'
import { contactIdsMatching } from '../lists/list-filter'
import type { Clock } from '../time/clock'

type ConsentMarkInput = z.output<typeof consentMarkSchema>
type ConsentTarget = z.output<typeof consentTargetSchema>

/**
 * A date is refused only when it is after today wherever the owner is: the core does not know the
 * owner's time zone, and "today" somewhere is at most a day ahead of the clock.
 */
const futureToleranceMs = 24 * 60 * 60 * 1000

interface Standing {
  consent: ConsentState
  opted_out: number
}

/** The contacts the target holds, as ids still in the book. */
function idsOf(db: Database, target: ConsentTarget): number[] {
  if ('ids' in target) return [...new Set(target.ids)]
  if ('listFilter' in target) return contactIdsMatching(db, target.listFilter)
  if ('listId' in target) {
    if (!db.prepare('SELECT 1 FROM lists WHERE id = ?').get(target.listId))
      throw notFound(`There is no list ${String(target.listId)}.`)
    return db
      .prepare<[number], number>('SELECT contact_id FROM list_members WHERE list_id = ?')
      .pluck()
      .all(target.listId)
  }
  return matchingIds(db, target.matching)
}

/**
 * "Consent given" for many at once, with where and when it was obtained recorded on each. One
 * transaction: all of them or none. An opt-out or a withdrawn consent is the person's own word and
 * is never undone here (a card's own edit can, one person at a time); people who already agreed
 * keep their own source and date.
 */
export function markConsent(
  db: Database,
  clock: Clock,
  { target, source, obtainedAt }: ConsentMarkInput,
): ConsentMarkOutcome {
  const now = clock.now()
  if (obtainedAt > now + futureToleranceMs) {
    throw invalidInput('The date consent was obtained cannot be in the future.', [
      { path: 'obtainedAt', message: 'in_future' },
    ])
  }
  const standing = db.prepare<[number], Standing>(
    `SELECT c.consent, EXISTS (SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164
       WHERE p.contact_id = c.id) AS opted_out
     FROM contacts c WHERE c.id = ?`,
  )
  const grant = db.prepare<[string, number, number, number]>(
    `UPDATE contacts SET consent = 'granted', consent_source = ?, consent_at = ?, updated_at = ?
     WHERE id = ?`,
  )
  const outcome: ConsentMarkOutcome = {
    matched: 0,
    marked: 0,
    alreadyGranted: 0,
    skipped: { opted_out: 0, consent_withdrawn: 0 },
  }
  db.transaction(() => {
    for (const id of idsOf(db, target)) {
      const row = standing.get(id)
      if (row === undefined) continue
      outcome.matched += 1
      if (row.opted_out === 1) outcome.skipped.opted_out += 1
      else if (row.consent === 'withdrawn') outcome.skipped.consent_withdrawn += 1
      else if (row.consent === 'granted') outcome.alreadyGranted += 1
      else {
        grant.run(source, obtainedAt, now, id)
        outcome.marked += 1
      }
    }
  })()
  return outcome
}

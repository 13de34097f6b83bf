// The whole-book plan counts people by their facts in SQLite; on any book, for any selection, it
// must say what sorting the same people out one by one (as the build does) says.
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ParsedListSelection } from '../../../shared/lists'
import { listFilterSchema } from '../../../shared/lists'
import { migrations } from '../db/migrations'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { FakeClock } from '../time/fake-clock'
import { createListsService } from './lists-service'

const kinds = ['mobile', 'fixed_or_mobile', 'fixed', 'other'] as const
const consents = ['granted', 'unknown', 'withdrawn'] as const

interface Person {
  consent: (typeof consents)[number]
  tagged: boolean
  numbers: { kind: (typeof kinds)[number]; optedOut: boolean }[]
  primary: number | null
}

const person: fc.Arbitrary<Person> = fc.record({
  consent: fc.constantFrom(...consents),
  tagged: fc.boolean(),
  // Each number: its kind, and whether it is on the opt-out list.
  numbers: fc.array(fc.record({ kind: fc.constantFrom(...kinds), optedOut: fc.boolean() }), {
    maxLength: 3,
  }),
  // Which number is the primary one (none: a contact whose numbers are all unusable).
  primary: fc.option(fc.nat({ max: 2 }), { nil: null }),
})

const selection = fc.oneof(
  fc.constant({ filter: {} }),
  fc.constantFrom(...consents).map((consent) => ({ filter: { consent } })),
  fc.constant({ filter: { tags: ['VIP'] } }),
  fc.array(fc.integer({ min: 1, max: 45 }), { maxLength: 50 }).map((contactIds) => ({
    contactIds,
  })),
)

/** The app's schema, built once; each book starts from a copy of it. */
const emptyBook = (() => {
  const db = new Sqlite(':memory:')
  for (const step of migrations) step.up(db)
  const bytes = db.serialize()
  db.close()
  return bytes
})()

function bookOf(people: readonly Person[]): Sqlite.Database {
  const db = new Sqlite(emptyBook)
  const contact = db.prepare(
    `INSERT INTO contacts (id, name, sort_key, consent, primary_phone, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, 0)`,
  )
  const phone = db.prepare(
    'INSERT INTO contact_phones (contact_id, position, e164, raw, kind, is_primary) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const tag = db.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES (?, 'VIP')")
  const optOut = db.prepare(
    "INSERT INTO opt_outs (e164, created_at, source) VALUES (?, 0, 'manual_entry')",
  )
  people.forEach((p, index) => {
    const id = index + 1
    const e164s = p.numbers.map((_, n) => `+7916${String(1_000_000 + id * 10 + n)}`)
    const primary = p.primary !== null && p.primary < e164s.length ? p.primary : null
    contact.run(
      id,
      `P${String(id)}`,
      `p${String(id)}`,
      p.consent,
      primary === null ? null : e164s[primary],
    )
    p.numbers.forEach((n, position) => {
      const e164 = e164s[position] ?? ''
      phone.run(id, position, e164, e164, n.kind, position === primary ? 1 : 0)
      if (n.optedOut) optOut.run(e164)
    })
    if (p.tagged) tag.run(id)
  })
  return db
}

describe('the list plan, counted by facts', () => {
  it('agrees with sorting the same people out one by one, on any book and selection', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 40 }),
        selection,
        fc.boolean(),
        fc.boolean(),
        (people, chosen, onlyEligible, broadcastWithoutConsent) => {
          const db = bookOf(people)
          try {
            const check = createRecipientCheck(
              db,
              () => ({ broadcastWithoutConsent }),
              () => 'RU',
            )
            const lists = createListsService({ db, clock: new FakeClock(0), check })
            const parsed: ParsedListSelection =
              'filter' in chosen
                ? { filter: listFilterSchema.parse(chosen.filter) }
                : { contactIds: chosen.contactIds }
            expect(lists.plan(parsed, onlyEligible)).toEqual(
              lists.planOneByOne(parsed, onlyEligible),
            )
          } finally {
            db.close()
          }
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})

// Generated books for the lists' property tests: people with 0–3 numbers of any kind, some opted
// out, any consent, some tagged "VIP".
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { migrations } from '../db/migrations'

const kinds = ['mobile', 'fixed_or_mobile', 'fixed', 'other'] as const
const consents = ['granted', 'unknown', 'withdrawn'] as const

export interface Person {
  consent: (typeof consents)[number]
  tagged: boolean
  numbers: { kind: (typeof kinds)[number]; optedOut: boolean }[]
  primary: number | null
}

export const person: fc.Arbitrary<Person> = fc.record({
  consent: fc.constantFrom(...consents),
  tagged: fc.boolean(),
  // Each number: its kind, and whether it is on the opt-out list.
  numbers: fc.array(fc.record({ kind: fc.constantFrom(...kinds), optedOut: fc.boolean() }), {
    maxLength: 3,
  }),
  // Which number is the primary one (none: a contact whose numbers are all unusable).
  primary: fc.option(fc.nat({ max: 2 }), { nil: null }),
})

export const selection = fc.oneof(
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

export function bookOf(people: readonly Person[]): Sqlite.Database {
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

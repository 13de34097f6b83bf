import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentStates, phoneKinds, type ContactPhone } from '../../../../shared/contacts'
import type { RowProblem } from '../../../../shared/imports'
import { migrate } from '../../db/migrate'
import { migrations } from '../../db/migrations'
import type { ContactCandidate, ContactRecord } from '../contact-record'
import { createContactsRepository, type ContactsRepository } from '../contacts-repository'
import { createOptOutStore } from '../../opt-outs/opt-out-store'
import {
  candidateToRecord,
  choosePrimary,
  importedSavedNumber,
  mergeContact,
} from '../merge-contact'
import { createCandidateApplier, type ApplyContext } from './apply-candidates'

/**
 * The applier written the straightforward way (a map of owners, a copy of every row), as it was
 * before it was made cheaper per row: the fast one must leave exactly the same book and report.
 */
function referenceApplier(repo: ContactsRepository, context: ApplyContext) {
  const createdHere = new Set<number>()
  const touched = new Set<number>()
  const changed = new Set<number>()
  const counts = { added: 0, updated: 0, unchanged: 0, mergedDuplicates: 0 }
  const fingerprint = (r: ContactRecord) =>
    JSON.stringify([
      r.name,
      r.firstName,
      r.middleName,
      r.lastName,
      r.email,
      r.notes,
      r.phones,
      r.tags,
      r.consent,
      r.consentSource,
      r.consentAt,
      r.flag,
    ])
  return {
    counts,
    apply(candidate: ContactCandidate, cells: string[]): RowProblem[] {
      const problems: RowProblem[] = []
      const owners = new Map(candidate.phones.map((p) => [p.e164, repo.findByPhones([p.e164])]))
      const target = [...owners.values()].find((id) => id !== undefined)
      const phones = candidate.phones.filter((p) => {
        const owner = owners.get(p.e164)
        if (owner === undefined || owner === target) return true
        problems.push({
          line: candidate.line,
          severity: 'flagged',
          code: 'number_of_other_contact',
          value: p.raw,
          raw: cells,
        })
        return false
      })
      const incoming = { ...candidate, phones }
      if (target === undefined) {
        const id = repo.insert(candidateToRecord(incoming, context), context.now)
        const saved = importedSavedNumber('unknown', candidate.savedNumber)
        if (saved !== null) repo.setSavedNumber(id, saved, 'import', context.now)
        createdHere.add(id)
        touched.add(id)
        counts.added += 1
        return problems
      }
      const existing = repo.load(target)
      if (!existing) throw new Error('vanished')
      const merged = mergeContact(existing, incoming, context)
      const saved =
        candidate.savedNumber === undefined
          ? null
          : importedSavedNumber(repo.savedNumberOf(target), candidate.savedNumber)
      const differs = fingerprint(merged) !== fingerprint(existing) || saved !== null
      if (differs) repo.update(target, merged, context.now)
      if (saved !== null) repo.setSavedNumber(target, saved, 'import', context.now)
      const duplicate = () => {
        counts.mergedDuplicates += 1
        const shared = candidate.phones.find((p) => owners.get(p.e164) === target)
        problems.push({
          line: candidate.line,
          severity: 'flagged',
          code: 'duplicate_in_file',
          value: shared?.raw ?? '',
          raw: cells,
        })
      }
      if (createdHere.has(target)) duplicate()
      else if (!touched.has(target)) {
        touched.add(target)
        if (differs) changed.add(target)
        counts[differs ? 'updated' : 'unchanged'] += 1
      } else {
        duplicate()
        if (differs && !changed.has(target)) {
          changed.add(target)
          counts.unchanged -= 1
          counts.updated += 1
        }
      }
      return problems
    },
  }
}

/** A migrated empty book, copied for each run: migrating twice per run is most of its time. */
const emptyBook = (() => {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, () => ':memory:')
  const image = db.serialize()
  db.close()
  return image
})()

type MakeApplier = (
  repo: ContactsRepository,
  context: ApplyContext,
) => Pick<ReturnType<typeof createCandidateApplier>, 'counts' | 'apply'>

function book(make: MakeApplier, optedOut: readonly string[]) {
  const db = new Sqlite(emptyBook)
  db.pragma('foreign_keys = ON')
  const repo = createContactsRepository(db)
  // Opted out before any contact has the number: a new contact with it and others carries it.
  const store = createOptOutStore(db)
  optedOut.forEach((e164, i) =>
    store.add(e164, i % 2 === 0 ? 'manual_entry' : 'reply_keyword', '', 1 + i),
  )
  const importRows = (rows: ContactCandidate[], context: ApplyContext) => {
    const applier = make(repo, context)
    const problems = db.transaction(() =>
      rows.flatMap((row) => applier.apply(row, [row.name, ...row.phones.map((p) => p.raw)])),
    )()
    return { counts: { ...applier.counts }, problems }
  }
  // Every table the import writes, row for row (search_text included).
  const state = () =>
    ['contacts', 'contact_phones', 'contact_tags', 'opt_outs', 'opt_out_events'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
    )
  return { db, importRows, state }
}

const numbersOf = (count: number) =>
  Array.from({ length: count }, (_, i) => `+7916${String(1234567 + i * 7919).padStart(7, '0')}`)
const phoneArb = (numbers: readonly string[]): fc.Arbitrary<ContactPhone> =>
  fc.record({
    e164: fc.constantFrom(...numbers),
    raw: fc.constantFrom('8 916 123-45-67', '+7 903', '', 'x'),
    kind: fc.constantFrom(...phoneKinds),
    label: fc.constantFrom('', 'Mobile', 'Work'),
    primary: fc.constant(false),
  })
const candidateArb = (numbers: readonly string[]): fc.Arbitrary<ContactCandidate> =>
  fc
    .record({
      line: fc.integer({ min: 2, max: 99 }),
      name: fc.constantFrom('', 'Анна', 'Иван Петров', 'Ёлка'),
      firstName: fc.constantFrom('', 'Анна'),
      middleName: fc.constantFrom('', 'Петровна'),
      lastName: fc.constant(''),
      email: fc.constantFrom('', 'a@example.ru'),
      notes: fc.constantFrom('', 'Любит розы', 'розы'),
      phones: fc
        .uniqueArray(phoneArb(numbers), { selector: (p) => p.e164, minLength: 1, maxLength: 3 })
        .map((phones) => choosePrimary(phones)),
      tags: fc.array(fc.constantFrom('VIP', 'vip', 'Опт', 'Ёлка', 'елка'), { maxLength: 3 }),
      consent: fc.option(fc.constantFrom(...consentStates)),
      flag: fc.constant(null),
      savedNumber: fc.constantFrom(undefined, 'yes', 'no', 'likely', 'unknown'),
    })
    .map(({ savedNumber, ...candidate }) =>
      savedNumber === undefined ? candidate : { ...candidate, savedNumber },
    )

/** Both appliers through the same imports: the same book, counts and problems after each. */
function sameAsReference(
  imports: ContactCandidate[][],
  consentDefault: 'granted' | 'unknown',
  optedOut: readonly string[],
): void {
  const fast = book(createCandidateApplier, optedOut)
  const plain = book(referenceApplier, optedOut)
  try {
    imports.forEach((rows, i) => {
      const context = { consentDefault, source: 'import: a.csv', now: 1000 + i }
      expect(fast.importRows(rows, context)).toEqual(plain.importRows(rows, context))
      expect(fast.state()).toEqual(plain.state())
    })
  } finally {
    fast.db.close()
    plain.db.close()
  }
}

describe('the applier against the straightforward one', () => {
  it('leaves the same book, counts and problems after any imports', () => {
    const numbers = numbersOf(5)
    fc.assert(
      fc.property(
        fc.array(fc.array(candidateArb(numbers), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('granted' as const, 'unknown' as const),
        fc.subarray(numbers),
        (imports, consentDefault, optedOut) => sameAsReference(imports, consentDefault, optedOut),
      ),
      { numRuns: 200 },
    )
  }, 30_000)

  // Many people across several files: the contacts each import added are told apart from the
  // book's (a later file's duplicates of an earlier file's people are matches, not duplicates).
  it('does so over many people and files', () => {
    const numbers = numbersOf(40)
    fc.assert(
      fc.property(
        fc.array(fc.array(candidateArb(numbers), { minLength: 1, maxLength: 40 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom('granted' as const, 'unknown' as const),
        fc.subarray(numbers, { maxLength: 8 }),
        (imports, consentDefault, optedOut) => sameAsReference(imports, consentDefault, optedOut),
      ),
      { numRuns: 150 },
    )
  }, 60_000)

  it('does so for a file of a thousand rows and more', () => {
    const numbers = numbersOf(3000)
    fc.assert(
      fc.property(
        fc.array(candidateArb(numbers), { minLength: 900, maxLength: 1400 }),
        fc.subarray(numbers, { maxLength: 60 }),
        (rows, optedOut) => sameAsReference([rows, rows.slice(0, 200)], 'unknown', optedOut),
      ),
      // Shrinking a thousand rows takes minutes; the smaller properties above shrink what fails.
      { numRuns: 6, endOnFailure: true },
    )
  }, 60_000)
})

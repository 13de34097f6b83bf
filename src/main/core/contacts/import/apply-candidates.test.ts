import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentStates, phoneKinds, type ContactPhone } from '../../../../shared/contacts'
import { migrate } from '../../db/migrate'
import { migrations } from '../../db/migrations'
import type { ContactCandidate } from '../contact-record'
import { createContactsRepository } from '../contacts-repository'
import { createOptOutStore } from '../../opt-outs/opt-out-store'
import { choosePrimary } from '../merge-contact'
import { isSendableKind } from '../phone/normalize-phone'
import { createCandidateApplier, type ApplyContext } from './apply-candidates'

function book() {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, () => ':memory:')
  const repo = createContactsRepository(db)
  /** One import: every row through one applier, in one transaction, as the import service does. */
  const importRows = (rows: ContactCandidate[], context: Partial<ApplyContext> = {}) => {
    const applier = createCandidateApplier(repo, {
      consentDefault: 'unknown',
      source: 'import: clients.csv',
      now: 1000,
      ...context,
    })
    const problems = db.transaction(() =>
      rows.flatMap((row) => applier.apply(row, [row.name, ...row.phones.map((p) => p.raw)])),
    )()
    return { counts: applier.counts, problems }
  }
  const ids = () =>
    db
      .prepare<[], { id: number }>('SELECT id FROM contacts ORDER BY id')
      .all()
      .map((r) => r.id)
  const contacts = () => ids().map((id) => repo.load(id))
  const store = createOptOutStore(db)
  /** As the opt-out service does: the number, then the rest of its contact's numbers. */
  const optOut = (e164: string) => {
    store.add(e164, 'manual_entry', '', 1)
    const owner = repo.findByPhones([e164])
    if (owner !== undefined) store.carryWithinContact(owner, 1)
  }
  const optOuts = () =>
    db
      .prepare<[], { e164: string }>('SELECT e164 FROM opt_outs ORDER BY e164')
      .all()
      .map((r) => r.e164)
  return { db, repo, importRows, contacts, optOut, optOuts }
}

const mobile = (e164: string, raw = e164, label = ''): ContactPhone => ({
  e164,
  raw,
  kind: 'mobile',
  label,
  primary: false,
})
const fixed = (e164: string): ContactPhone => ({ ...mobile(e164), kind: 'fixed' })
const row = (
  name: string,
  phones: ContactPhone[],
  extra: Partial<ContactCandidate> = {},
): ContactCandidate => ({
  line: 2,
  name,
  firstName: '',
  middleName: '',
  lastName: '',
  email: '',
  notes: '',
  phones: choosePrimary(phones),
  tags: [],
  consent: null,
  flag: null,
  ...extra,
})

describe('createCandidateApplier', () => {
  it('adds new people and merges a person who comes twice in the file', () => {
    const { importRows, contacts } = book()
    const { counts, problems } = importRows([
      row('Анна Петрова', [mobile('+79161234567', '8 916 123-45-67')], { tags: ['VIP'] }),
      row('Иван', [mobile('+79031234567')]),
      row('Анна', [mobile('+79161234567'), fixed('+74951234567')], {
        tags: ['vip', 'Опт'],
        line: 9,
      }),
    ])
    expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0, mergedDuplicates: 1 })
    // The report names the merged row, so the user can see which rows became one contact.
    expect(problems).toEqual([
      expect.objectContaining({
        line: 9,
        severity: 'flagged',
        code: 'duplicate_in_file',
        value: '+79161234567',
      }),
    ])
    const [anna, ivan] = contacts()
    expect(anna).toMatchObject({ name: 'Анна Петрова', tags: ['VIP', 'Опт'] })
    expect(anna?.phones.map((p) => [p.e164, p.raw, p.primary])).toEqual([
      ['+79161234567', '8 916 123-45-67', true],
      ['+74951234567', '+74951234567', false],
    ])
    expect(ivan?.name).toBe('Иван')
  })

  it("reads a row's cells only when the row has a problem, and reports them as the file had them", () => {
    const { db, repo } = book()
    const applier = createCandidateApplier(repo, {
      consentDefault: 'unknown',
      source: 'import: clients.csv',
      now: 1000,
    })
    const asked: number[] = []
    const cellsOf = (line: number, cells: string[]) => () => {
      asked.push(line)
      return cells
    }
    const problems = db.transaction(() => [
      ...applier.apply(row('Анна', [mobile('+79161234567')], { line: 2 }), cellsOf(2, ['Анна'])),
      ...applier.apply(row('Иван', [mobile('+79031234567')], { line: 3 }), cellsOf(3, ['Иван'])),
      ...applier.apply(
        row('Аня', [mobile('+79161234567')], { line: 4 }),
        cellsOf(4, ['Аня', '8 916 123-45-67']),
      ),
    ])()
    expect(asked).toEqual([4])
    expect(problems).toEqual([
      expect.objectContaining({
        line: 4,
        code: 'duplicate_in_file',
        raw: ['Аня', '8 916 123-45-67'],
      }),
    ])
  })

  it('counts book contacts updated or unchanged once, and every row somewhere', () => {
    const { importRows } = book()
    importRows([row('Анна', [mobile('+79161234567')]), row('Иван', [mobile('+79031234567')])])
    const { counts } = importRows([
      row('Анна', [mobile('+79161234567')]), // nothing new
      row('Анна', [mobile('+79161234567')], { notes: 'Любит розы' }), // now something new
      row('Иван', [mobile('+79031234567')], { tags: ['VIP'] }),
      row('Иван', [mobile('+79031234567')]),
      row('Ольга', [mobile('+79262223344')]),
    ])
    expect(counts).toEqual({ added: 1, updated: 2, unchanged: 0, mergedDuplicates: 2 })
  })

  it('leaves a number with the contact that has it and flags the row', () => {
    const { importRows, contacts } = book()
    importRows([row('Анна', [mobile('+79161234567')]), row('Иван', [mobile('+79031234567')])])
    const { counts, problems } = importRows([
      row('Анна', [mobile('+79161234567'), mobile('+79031234567', '8 903 123-45-67')], {
        line: 4,
      }),
    ])
    expect(counts).toEqual({ added: 0, updated: 0, unchanged: 1, mergedDuplicates: 0 })
    expect(problems).toEqual([
      {
        line: 4,
        severity: 'flagged',
        code: 'number_of_other_contact',
        value: '8 903 123-45-67',
        raw: ['Анна', '+79161234567', '8 903 123-45-67'],
      },
    ])
    expect(contacts().map((c) => c?.phones.map((p) => p.e164))).toEqual([
      ['+79161234567'],
      ['+79031234567'],
    ])
  })

  it('never clears an opt-out, a withdrawn consent or a note when the same file comes again', () => {
    const { db, repo, importRows, contacts, optOut, optOuts } = book()
    const file = [row('Анна', [mobile('+79161234567')], { consent: 'granted' })]
    importRows(file, { consentDefault: 'granted' })
    const [anna] = contacts()
    if (!anna) throw new Error('Anna was not imported')
    optOut('+79161234567')
    repo.update(anna.id, { ...anna, consent: 'withdrawn', notes: 'Просил не писать' }, 2000)
    const { counts } = importRows(file, { consentDefault: 'granted', now: 3000 })
    expect(counts.unchanged).toBe(1)
    expect(contacts()[0]).toMatchObject({ consent: 'withdrawn', notes: 'Просил не писать' })
    expect(optOuts()).toEqual(['+79161234567'])
    expect(repo.toContact(anna.id)?.optedOut).toBe(true)
    db.close()
  })
})

// ---- A random history of imports, opt-outs and withdrawals ----

const numbers = [
  '+79161234567',
  '+79031234567',
  '+79261112233',
  '+79262223344',
  '+74951234567',
  '+77011234567',
  '+375291234567',
  '+380501234567',
  '+12015550123',
  '+78005553535',
]
const phoneArb = fc.record({
  e164: fc.constantFrom(...numbers),
  raw: fc.constantFrom('8 916 123-45-67', '+7 903', '', 'x'),
  kind: fc.constantFrom(...phoneKinds),
  label: fc.constantFrom('', 'Mobile', 'Work'),
  primary: fc.constant(false),
})
/** As rowToCandidate makes them: at least one number, all distinct, the primary chosen. */
const candidateArb: fc.Arbitrary<ContactCandidate> = fc.record({
  line: fc.integer({ min: 2, max: 99 }),
  name: fc.constantFrom('', 'Анна', 'Иван Петров', 'Ольга'),
  firstName: fc.constantFrom('', 'Анна'),
  middleName: fc.constantFrom('', 'Петровна'),
  lastName: fc.constant(''),
  email: fc.constantFrom('', 'a@example.ru'),
  notes: fc.constantFrom('', 'Любит розы', 'Звонить после 18', 'розы'),
  phones: fc
    .uniqueArray(phoneArb, { selector: (p) => p.e164, minLength: 1, maxLength: 3 })
    .map((phones) => choosePrimary(phones)),
  tags: fc.array(fc.constantFrom('VIP', 'vip', 'Опт', 'ОПТ', 'Ёлка', 'елка'), { maxLength: 3 }),
  consent: fc.option(fc.constantFrom(...consentStates)),
  flag: fc.constant(null),
})
type Step =
  | { kind: 'import'; rows: ContactCandidate[]; consentDefault: 'granted' | 'unknown' }
  | { kind: 'optOut'; e164: string }
  | { kind: 'withdraw'; e164: string }
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.array(candidateArb, { minLength: 1, maxLength: 6 }),
      consentDefault: fc.constantFrom('granted' as const, 'unknown' as const),
    }),
  },
  fc.record({ kind: fc.constant('optOut' as const), e164: fc.constantFrom(...numbers) }),
  fc.record({ kind: fc.constant('withdraw' as const), e164: fc.constantFrom(...numbers) }),
)

describe('importing again and again, with opt-outs and withdrawals in between', () => {
  it('never loses an opt-out, a number, a withdrawal or a note, and never shares a number', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 8 }), (steps) => {
        const { db, repo, importRows, contacts, optOut, optOuts } = book()
        const optedOut = new Set<string>()
        const imported = new Set<string>()
        const withdrawn = new Set<number>()
        try {
          steps.forEach((step, i) => {
            const before = contacts()
            if (step.kind === 'optOut') {
              optOut(step.e164)
              optedOut.add(step.e164)
            } else if (step.kind === 'withdraw') {
              const id = repo.findByPhones([step.e164])
              const contact = id === undefined ? undefined : repo.load(id)
              if (id === undefined || !contact) return
              repo.update(id, { ...contact, consent: 'withdrawn' }, i)
              withdrawn.add(id)
            } else {
              const { counts } = importRows(step.rows, {
                consentDefault: step.consentDefault,
                now: 1000 + i,
              })
              for (const r of step.rows) for (const p of r.phones) imported.add(p.e164)
              // Every row is accounted for, and only "added" rows make new contacts.
              expect(
                counts.added + counts.updated + counts.unchanged + counts.mergedDuplicates,
              ).toBe(step.rows.length)
              expect(contacts()).toHaveLength(before.length + counts.added)
            }

            const after = contacts()
            // Nothing leaves the list; a person's other numbers may join it (opt-outs follow people).
            const listed = new Set(optOuts())
            for (const e164 of optedOut) expect(listed.has(e164), e164).toBe(true)
            for (const e164 of listed) optedOut.add(e164)
            const owners = new Map<string, number>()
            for (const contact of after) {
              if (!contact) throw new Error('a listed contact did not load')
              for (const p of contact.phones) {
                expect(owners.has(p.e164), `${p.e164} belongs to two contacts`).toBe(false)
                owners.set(p.e164, contact.id)
              }
              if (contact.phones.some((p) => listed.has(p.e164))) {
                for (const p of contact.phones) expect(listed.has(p.e164), p.e164).toBe(true)
              }
              const primaries = contact.phones.filter((p) => p.primary)
              const sendable = contact.phones.some((p) => isSendableKind(p.kind))
              expect(primaries).toHaveLength(sendable ? 1 : 0)
              if (withdrawn.has(contact.id)) expect(contact.consent).toBe('withdrawn')
            }
            for (const e164 of imported) expect(owners.has(e164), e164).toBe(true)
            for (const old of before) {
              if (!old) continue
              const now = after.find((c) => c?.id === old.id)
              expect(now).toBeDefined()
              for (const p of old.phones) expect(owners.get(p.e164)).toBe(old.id)
              expect(now?.notes).toContain(old.notes)
              if (old.consent === 'withdrawn') expect(now?.consent).toBe('withdrawn')
            }
          })
        } finally {
          db.close()
        }
      }),
      { numRuns: 60 },
    )
  })
})

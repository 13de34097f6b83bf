import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentStates, phoneKinds, type ContactPhone } from '../../../shared/contacts'
import type { ContactCandidate, ContactRecord } from './contact-record'
import {
  candidateToRecord,
  choosePrimary,
  flagOf,
  mergeContact,
  uniqueTags,
  type MergeContext,
} from './merge-contact'
import { isSendableKind } from './phone/normalize-phone'
import { foldText } from './search-text'

const phone = (
  e164: string,
  kind: ContactPhone['kind'] = 'mobile',
  primary = false,
  raw = e164,
  label = '',
): ContactPhone => ({ e164, raw, kind, label, primary })

const record = (extra: Partial<ContactRecord> = {}): ContactRecord => ({
  name: '',
  firstName: '',
  middleName: '',
  lastName: '',
  email: '',
  notes: '',
  phones: [],
  tags: [],
  consent: 'unknown',
  consentSource: '',
  consentAt: null,
  flag: null,
  ...extra,
})

const candidate = (extra: Partial<ContactCandidate> = {}): ContactCandidate => ({
  line: 2,
  name: '',
  firstName: '',
  middleName: '',
  lastName: '',
  email: '',
  notes: '',
  phones: [],
  tags: [],
  consent: null,
  flag: null,
  ...extra,
})

const context: MergeContext = { consentDefault: 'unknown', source: 'import: clients.csv', now: 500 }

describe('flagOf and choosePrimary', () => {
  it('flags a contact without numbers, and one without a sendable primary', () => {
    expect(flagOf([])).toBe('no_phone')
    expect(flagOf([phone('+74951234567', 'fixed')])).toBe('not_mobile')
    expect(flagOf([phone('+79161234567', 'mobile', false)])).toBe('not_mobile')
    expect(flagOf([phone('+79161234567', 'mobile', true)])).toBeNull()
    expect(flagOf([phone('+12015550123', 'fixed_or_mobile', true)])).toBeNull()
  })

  it('marks the wanted number if it can get messages, else the first mobile, else the first sendable', () => {
    const phones = [
      phone('+74951234567', 'fixed'),
      phone('+12015550123', 'fixed_or_mobile'),
      phone('+79161234567'),
      phone('+79031234567'),
    ]
    const primaryOf = (list: ContactPhone[]) => list.filter((p) => p.primary).map((p) => p.e164)
    expect(primaryOf(choosePrimary(phones))).toEqual(['+79161234567'])
    expect(primaryOf(choosePrimary(phones, '+79031234567'))).toEqual(['+79031234567'])
    expect(primaryOf(choosePrimary(phones, '+74951234567'))).toEqual(['+79161234567'])
    expect(primaryOf(choosePrimary(phones.slice(0, 2)))).toEqual(['+12015550123'])
    expect(primaryOf(choosePrimary(phones.slice(0, 1)))).toEqual([])
  })
})

describe('uniqueTags', () => {
  it('drops repeats whatever their case or ё, keeping the first spelling', () => {
    expect(uniqueTags(['VIP', 'vip', ' Vip ', 'Опт', 'ОПТ', 'Ёлка', 'елка', '', '  '])).toEqual([
      'VIP',
      'Опт',
      'Ёлка',
    ])
  })

  it('trims a lone tag and drops an empty one, as it does in a list', () => {
    expect(uniqueTags([' Опт '])).toEqual(['Опт'])
    expect(uniqueTags(['  '])).toEqual([])
    expect(uniqueTags([])).toEqual([])
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('VIP', ' vip', 'Ёлка ', 'елка', '', ' '), { maxLength: 3 }),
        (tags) => {
          const expected = new Map<string, string>()
          for (const tag of tags) {
            const trimmed = tag.trim()
            const key = trimmed.toLowerCase().replace(/ё/g, 'е')
            if (trimmed !== '' && !expected.has(key)) expected.set(key, trimmed)
          }
          expect(uniqueTags(tags)).toEqual([...expected.values()])
        },
      ),
    )
  })
})

describe('candidateToRecord', () => {
  it('makes a new contact with the import-wide consent when the file says nothing', () => {
    const made = candidateToRecord(
      candidate({
        name: 'Анна',
        phones: [phone('+74951234567', 'fixed'), phone('+79161234567')],
        tags: ['VIP', 'vip'],
      }),
      { ...context, consentDefault: 'granted' },
    )
    expect(made).toMatchObject({
      name: 'Анна',
      tags: ['VIP'],
      consent: 'granted',
      consentSource: 'import: clients.csv',
      consentAt: 500,
      flag: null,
    })
    expect(made.phones.map((p) => p.primary)).toEqual([false, true])
  })

  it("takes the file's own consent over the import-wide one, and flags a landline-only contact", () => {
    const made = candidateToRecord(
      candidate({ consent: 'withdrawn', phones: [phone('+74951234567', 'fixed')] }),
      { ...context, consentDefault: 'granted' },
    )
    expect(made).toMatchObject({ consent: 'withdrawn', flag: 'not_mobile' })
  })
})

describe('mergeContact', () => {
  it('fills empty fields and keeps filled ones', () => {
    const merged = mergeContact(
      record({ name: 'Анна Петрова', email: '', phones: [phone('+79161234567', 'mobile', true)] }),
      candidate({
        name: 'Аня',
        firstName: 'Анна',
        lastName: 'Петрова',
        email: 'anna@example.ru',
        phones: [phone('+79161234567', 'mobile', true)],
      }),
      context,
    )
    expect(merged).toMatchObject({
      name: 'Анна Петрова',
      firstName: 'Анна',
      lastName: 'Петрова',
      email: 'anna@example.ru',
    })
  })

  it('unites tags without repeats whatever their case', () => {
    const merged = mergeContact(
      record({ tags: ['VIP', 'Опт'] }),
      candidate({ tags: ['vip', 'ОПТ', 'Новые'] }),
      context,
    )
    expect(merged.tags).toEqual(['VIP', 'Опт', 'Новые'])
  })

  it('appends a new note, never repeats one, never loses one', () => {
    const merge = (notes: string, incoming: string) =>
      mergeContact(record({ notes }), candidate({ notes: incoming }), context).notes
    expect(merge('Просил не писать', 'Любит розы')).toBe('Просил не писать\nЛюбит розы')
    expect(merge('Просил не писать\nЛюбит розы', 'Любит розы')).toBe('Просил не писать\nЛюбит розы')
    expect(merge('Просил не писать', '')).toBe('Просил не писать')
    expect(merge('', '  Любит розы ')).toBe('Любит розы')
  })

  it('never turns a withdrawn consent back, from the file or the import-wide choice', () => {
    const withdrawn = record({ consent: 'withdrawn', consentSource: 'edited', consentAt: 100 })
    for (const incoming of [null, 'granted', 'unknown'] as const) {
      const merged = mergeContact(withdrawn, candidate({ consent: incoming }), {
        ...context,
        consentDefault: 'granted',
      })
      expect(merged).toMatchObject({
        consent: 'withdrawn',
        consentSource: 'edited',
        consentAt: 100,
      })
    }
  })

  it('records a withdrawal from the file with its source and date', () => {
    const merged = mergeContact(
      record({ consent: 'granted', consentSource: 'edited', consentAt: 100 }),
      candidate({ consent: 'withdrawn' }),
      context,
    )
    expect(merged).toMatchObject({
      consent: 'withdrawn',
      consentSource: 'import: clients.csv',
      consentAt: 500,
    })
  })

  it('moves consent from unknown to granted, never from granted to unknown', () => {
    const granted = mergeContact(record(), candidate({ consent: 'granted' }), context)
    expect(granted.consent).toBe('granted')
    const kept = mergeContact(record({ consent: 'granted' }), candidate({ consent: 'unknown' }), {
      ...context,
    })
    expect(kept.consent).toBe('granted')
  })

  it("keeps the existing primary and adds the file's numbers as secondary", () => {
    const merged = mergeContact(
      record({ phones: [phone('+79031234567', 'mobile', true)] }),
      candidate({
        phones: [phone('+79161234567', 'mobile', true), phone('+74951234567', 'fixed')],
      }),
      context,
    )
    expect(merged.phones.map((p) => [p.e164, p.primary])).toEqual([
      ['+79031234567', true],
      ['+79161234567', false],
      ['+74951234567', false],
    ])
    expect(merged.flag).toBeNull()
  })

  it("gives a landline-only contact the file's mobile as its primary and clears the flag", () => {
    const merged = mergeContact(
      record({ phones: [phone('+74951234567', 'fixed')], flag: 'not_mobile' }),
      candidate({ phones: [phone('+79161234567', 'mobile', true)] }),
      context,
    )
    expect(merged.phones.map((p) => [p.e164, p.primary])).toEqual([
      ['+74951234567', false],
      ['+79161234567', true],
    ])
    expect(merged.flag).toBeNull()
  })
})

// ---- Properties: whatever the book holds and whatever the file brings ----

const numbers = [
  '+79161234567',
  '+79031234567',
  '+79261112233',
  '+74951234567',
  '+74957654321',
  '+77011234567',
  '+375291234567',
  '+380501234567',
  '+12015550123',
  '+78005553535',
]
const phoneArb = fc.record({
  e164: fc.constantFrom(...numbers),
  raw: fc.string({ maxLength: 12 }),
  kind: fc.constantFrom(...phoneKinds),
  label: fc.constantFrom('', 'Mobile', 'Work', 'Мобильный'),
  primary: fc.boolean(),
})
/** Distinct numbers with at most one marked primary, as a stored contact or an import row has. */
const phonesArb = fc
  .uniqueArray(phoneArb, { selector: (p) => p.e164, maxLength: 5 })
  .map((phones) => {
    let seen = false
    return phones.map((p) => {
      const primary = p.primary && !seen
      seen ||= primary
      return { ...p, primary }
    })
  })
const tagArb = fc.oneof(
  fc.constantFrom('VIP', 'vip', ' Vip ', 'Опт', 'ОПТ', 'Ёлка', 'елка', '', ' '),
  fc.string({ maxLength: 6 }),
)
const notesArb = fc.oneof(
  fc.constantFrom('', 'Просил не писать', 'Любит розы', 'розы', ' \n '),
  fc.string({ maxLength: 20 }),
)
const textArb = fc.constantFrom('', 'Анна', 'Иван Петров', 'anna@example.ru')
const consentArb = fc.constantFrom(...consentStates)

const recordArb: fc.Arbitrary<ContactRecord> = fc
  .record({
    name: textArb,
    firstName: textArb,
    middleName: textArb,
    lastName: textArb,
    email: textArb,
    notes: notesArb,
    phones: phonesArb,
    tags: fc.array(tagArb, { maxLength: 4 }),
    consent: consentArb,
    consentSource: fc.constantFrom('', 'edited', 'import: old.csv'),
    consentAt: fc.option(fc.nat()),
  })
  .map((r) => ({ ...r, flag: flagOf(r.phones) }))
const candidateArb: fc.Arbitrary<ContactCandidate> = fc.record({
  line: fc.integer({ min: 2, max: 1000 }),
  name: textArb,
  firstName: textArb,
  middleName: textArb,
  lastName: textArb,
  email: textArb,
  notes: notesArb,
  phones: phonesArb,
  tags: fc.array(tagArb, { maxLength: 4 }),
  consent: fc.option(consentArb),
  flag: fc.constant(null),
})
const contextArb: fc.Arbitrary<MergeContext> = fc.record({
  consentDefault: fc.constantFrom('granted' as const, 'unknown' as const),
  source: fc.constant('import: clients.csv'),
  now: fc.integer({ min: 1, max: 10_000 }),
})

const runs = { numRuns: 300 }

describe('mergeContact, for any contact and any import row', () => {
  it('never loses a number and never holds one twice', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const merged = mergeContact(existing, incoming, ctx).phones.map((p) => p.e164)
        expect(new Set(merged).size).toBe(merged.length)
        for (const p of [...existing.phones, ...incoming.phones]) expect(merged).toContain(p.e164)
      }),
      runs,
    )
  })

  it('never loses a tag, and never holds one twice, whatever the case', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const folded = mergeContact(existing, incoming, ctx).tags.map(foldText)
        expect(new Set(folded).size).toBe(folded.length)
        for (const tag of [...existing.tags, ...incoming.tags]) {
          if (tag.trim() !== '') expect(folded).toContain(foldText(tag.trim()))
        }
      }),
      runs,
    )
  })

  it('never turns a withdrawal into anything else, nor a consent given into unknown', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const { consent } = mergeContact(existing, incoming, ctx)
        if (existing.consent === 'withdrawn' || incoming.consent === 'withdrawn') {
          expect(consent).toBe('withdrawn')
        }
        if (existing.consent === 'granted') expect(consent).not.toBe('unknown')
      }),
      runs,
    )
  })

  it('keeps the notes it had, and the note the file brings', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const { notes } = mergeContact(existing, incoming, ctx)
        expect(notes).toContain(existing.notes.trim())
        expect(notes).toContain(incoming.notes.trim())
        if (existing.notes.trim() !== '') expect(notes.startsWith(existing.notes)).toBe(true)
      }),
      runs,
    )
  })

  it('has one primary exactly when some number can get messages, and keeps the one it had', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const merged = mergeContact(existing, incoming, ctx)
        const primaries = merged.phones.filter((p) => p.primary)
        const sendable = merged.phones.some((p) => isSendableKind(p.kind))
        expect(primaries).toHaveLength(sendable ? 1 : 0)
        if (primaries[0]) expect(isSendableKind(primaries[0].kind)).toBe(true)
        expect(merged.flag).toBe(flagOf(merged.phones))
        const had = existing.phones.find((p) => p.primary && isSendableKind(p.kind))
        if (had) expect(primaries[0]?.e164).toBe(had.e164)
      }),
      runs,
    )
  })

  it('fills only empty fields', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const merged = mergeContact(existing, incoming, ctx)
        for (const field of ['name', 'firstName', 'lastName', 'email'] as const) {
          expect(merged[field]).toBe(existing[field] || incoming[field])
        }
      }),
      runs,
    )
  })

  it('changes nothing when the same row comes again', () => {
    fc.assert(
      fc.property(recordArb, candidateArb, contextArb, (existing, incoming, ctx) => {
        const once = mergeContact(existing, incoming, ctx)
        expect(mergeContact(once, incoming, { ...ctx, now: ctx.now + 1 })).toEqual(once)
      }),
      runs,
    )
  })

  it('makes a new contact with the same guarantees', () => {
    fc.assert(
      fc.property(candidateArb, contextArb, (incoming, ctx) => {
        const made = candidateToRecord(incoming, ctx)
        expect(made.phones.map((p) => p.e164)).toEqual(incoming.phones.map((p) => p.e164))
        const sendable = made.phones.some((p) => isSendableKind(p.kind))
        expect(made.phones.filter((p) => p.primary)).toHaveLength(sendable ? 1 : 0)
        expect(made.flag).toBe(flagOf(made.phones))
        expect(made.consent).toBe(incoming.consent ?? ctx.consentDefault)
      }),
      runs,
    )
  })
})

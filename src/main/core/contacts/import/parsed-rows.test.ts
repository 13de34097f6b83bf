import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consentStates,
  contactFlags,
  phoneKinds,
  savedNumberStates,
} from '../../../../shared/contacts'
import type { ContactCandidate } from '../contact-record'
import { candidateToRecord } from '../merge-contact'
import { keysOf } from '../search-text'
import { candidateOfParsedRow, keysOfParsedRow, parsedRowOf, type ParsedRow } from './parsed-rows'
import { fromParserSchema } from './parsed-rows-messages'

const text = fc.string({ unit: 'binary', maxLength: 12 })

const candidate: fc.Arbitrary<ContactCandidate> = fc
  .record({
    line: fc.integer({ min: 2, max: 1_000_000 }),
    name: text,
    firstName: text,
    middleName: text,
    lastName: text,
    email: text,
    notes: text,
    phones: fc.array(
      fc.record({
        e164: text,
        raw: text,
        kind: fc.constantFrom(...phoneKinds),
        label: text,
        primary: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    tags: fc.array(text, { maxLength: 4 }),
    consent: fc.option(fc.constantFrom(...consentStates), { nil: null }),
    flag: fc.constant(null),
    savedNumber: fc.option(fc.constantFrom(...savedNumberStates), { nil: undefined }),
  })
  .map(({ savedNumber, ...rest }) => (savedNumber === undefined ? rest : { ...rest, savedNumber }))

/** One person, with one number. */
const anna: ContactCandidate = {
  line: 2,
  name: 'Анна',
  firstName: 'Анна',
  middleName: '',
  lastName: '',
  email: '',
  notes: '',
  phones: [
    { e164: '+79161234567', raw: '8 916 123-45-67', kind: 'mobile', label: '', primary: true },
  ],
  tags: ['VIP'],
  consent: null,
  flag: null,
}

/** A parsed row as the core's own run stages it when no worker could start: as JSON. */
const stagedAndBack = (row: ParsedRow): ParsedRow => JSON.parse(JSON.stringify(row)) as ParsedRow

describe('a parsed row, staged where no worker runs', () => {
  it('gives back the very candidate and cells it was made from, whatever they contain', () => {
    fc.assert(
      fc.property(candidate, fc.array(text, { maxLength: 40 }), (written, cells) => {
        const read = stagedAndBack(parsedRowOf(written, cells))
        expect(candidateOfParsedRow(read)).toEqual(written)
        expect(JSON.parse(read[12])).toEqual(cells)
      }),
    )
  })

  it('keeps a file without a "saved our number" column apart from one with an empty cell', () => {
    expect(candidateOfParsedRow(stagedAndBack(parsedRowOf(anna, [])))).not.toHaveProperty(
      'savedNumber',
    )
    const unknown = { ...anna, savedNumber: 'unknown' as const }
    expect(candidateOfParsedRow(stagedAndBack(parsedRowOf(unknown, []))).savedNumber).toBe(
      'unknown',
    )
  })
})

describe('a parsed row, as it crosses from the parser thread to the writer', () => {
  it('gives back the very candidate and cells, and passes the check made on arrival', () => {
    const flagged = fc
      .tuple(candidate, fc.option(fc.constantFrom(...contactFlags), { nil: null }))
      .map(([written, flag]) => ({ ...written, flag }))
    fc.assert(
      fc.property(flagged, fc.array(text, { maxLength: 40 }), (written, cells) => {
        const row = parsedRowOf(written, cells)
        const arrived = fromParserSchema.parse(
          structuredClone({
            kind: 'rows',
            rows: [row],
            problems: [],
            rowsRead: 1,
            rejected: 0,
            rowsEstimated: 1,
          }),
        )
        if (arrived.kind !== 'rows') throw new Error('not rows')
        const [again] = arrived.rows
        if (!again) throw new Error('no row')
        expect(candidateOfParsedRow(again)).toEqual(written)
        expect(JSON.parse(again[12])).toEqual(cells)
        expect(keysOfParsedRow(again)).toEqual(keysOf(written))
      }),
    )
  })

  it('carries the keys of the contact it adds, whatever consent and source the import gives', () => {
    const context = fc.record({
      consentDefault: fc.constantFrom('granted' as const, 'unknown' as const),
      source: text,
      now: fc.integer({ min: 0 }),
    })
    fc.assert(
      fc.property(candidate, context, (written, given) => {
        expect(keysOfParsedRow(parsedRowOf(written, []))).toEqual(
          keysOf(candidateToRecord(written, given)),
        )
      }),
    )
  })

  it('is refused on arrival when a number’s kind is not one of ours', () => {
    const row = parsedRowOf(anna, [])
    const message = { kind: 'rows', problems: [], rowsRead: 1, rejected: 0, rowsEstimated: 1 }
    expect(fromParserSchema.safeParse({ ...message, rows: [row] }).success).toBe(true)
    row[7][2] = 'pager'
    expect(fromParserSchema.safeParse({ ...message, rows: [row] }).success).toBe(false)
    row[7] = ['+79161234567', '8 916', 'mobile', '']
    expect(fromParserSchema.safeParse({ ...message, rows: [row] }).success).toBe(false)
  })

  it('is refused on arrival with anything out of place, wherever it is', () => {
    const message = { kind: 'rows', problems: [], rowsRead: 1, rejected: 0, rowsEstimated: 1 }
    const good = parsedRowOf(anna, ['Анна', '8 916 123-45-67'])
    // Wrong in every place; a word no consent, flag or saved-number answer is, in theirs.
    const wrong: unknown[] = [undefined, 1.5, -1, ['x', 2], {}, true]
    for (let at = 0; at < good.length; at += 1) {
      for (const value of wrong) {
        const row: unknown[] = [...good]
        row[at] = value
        expect(fromParserSchema.safeParse({ ...message, rows: [row] }).success).toBe(false)
      }
    }
    for (const at of [9, 10, 11]) {
      const row: unknown[] = [...good]
      row[at] = 'maybe'
      expect(fromParserSchema.safeParse({ ...message, rows: [row] }).success).toBe(false)
    }
    expect(fromParserSchema.safeParse({ ...message, rows: [[...good, '']] }).success).toBe(false)
    expect(fromParserSchema.safeParse({ ...message, rows: [good.slice(0, -1)] }).success).toBe(
      false,
    )
    expect(fromParserSchema.safeParse({ ...message, rows: [good] }).success).toBe(true)
    // What a message keeps that a plain check can pass over: holes, and numbers past exact.
    const holed: unknown[] = [...good]
    // eslint-disable-next-line no-sparse-arrays -- a number's label missing, its place a hole
    holed[7] = ['+79161234567', '8 916', 'mobile', , '']
    expect(fromParserSchema.safeParse({ ...message, rows: [holed] }).success).toBe(false)
    // eslint-disable-next-line no-sparse-arrays -- a batch with a hole where a row should be
    expect(fromParserSchema.safeParse({ ...message, rows: [, good] }).success).toBe(false)
    for (const line of [2 ** 53, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        fromParserSchema.safeParse({ ...message, rows: [[line, ...good.slice(1)]] }).success,
      ).toBe(false)
    }
  })
})

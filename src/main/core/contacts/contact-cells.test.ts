import Sqlite, { type Database } from 'better-sqlite3'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { contactQuerySchema, type ContactPhone } from '../../../shared/contacts'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { joinedInTurns } from '../export/next-turn'
import { cellsOfRow, cellsPageRows, contactCells, type BookRow } from './contact-cells'
import { orderOf, whereOf, type ContactFilter } from './contact-query'
import type { ContactRecord } from './contact-record'
import { createContactsRepository } from './contacts-repository'
import { contactCsvPieces, contactsToCsv, type ContactCells } from './export-csv'

const surnames = ['Иванов', 'Петрова', 'Ким', 'Смирнов', 'Фёдорова', 'Ли']
const tagsOf = [[], ['VIP'], ['Опт'], ['VIP', 'Опт']]

/** Person `i`: names repeat (ties in the name order), every seventh has no number, some two. */
function person(i: number): ContactRecord {
  const phones: ContactPhone[] =
    i % 7 === 0
      ? []
      : [
          {
            e164: `+7916${String(1_000_000 + i)}`,
            raw: '',
            kind: 'mobile',
            label: '',
            primary: true,
          },
          ...(i % 5 === 0
            ? [
                {
                  e164: `+7495${String(1_000_000 + i)}`,
                  raw: '',
                  kind: 'fixed' as const,
                  label: '',
                  primary: false,
                },
              ]
            : []),
        ]
  return {
    name: `${surnames[i % surnames.length] ?? ''} ${String(i % 97)}`,
    firstName: String(i % 97),
    middleName: '',
    lastName: surnames[i % surnames.length] ?? '',
    email: i % 3 === 0 ? `p${String(i)}@shop.example` : '',
    notes: i % 11 === 0 ? 'звонить; после 18:00\nне раньше' : '',
    phones,
    tags: tagsOf[i % tagsOf.length] ?? [],
    consent: i % 4 === 0 ? 'granted' : 'unknown',
    consentSource: '',
    consentAt: null,
    flag: null,
  }
}

/** Two and a half pages of contacts, a few of them opted out. */
function book(): Database {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, () => ':memory:')
  const repo = createContactsRepository(db)
  db.transaction(() => {
    for (let i = 1; i <= cellsPageRows * 2 + 500; i += 1) repo.insert(person(i), i % 300)
  })()
  db.prepare(
    "INSERT INTO opt_outs (e164, created_at, source) SELECT e164, 1, 'manual_entry' FROM contact_phones WHERE contact_id % 13 = 0",
  ).run()
  return db
}

/** The export as it was read before it was paged: one statement over every contact found. */
function oldCells(db: Database, filter: ContactFilter, only?: ReadonlySet<number>): ContactCells[] {
  const where = whereOf(filter)
  return db
    .prepare<unknown[], BookRow>(
      `SELECT c.id, c.name, c.first_name, c.middle_name, c.last_name, c.email, c.notes, c.consent,
         c.saved_number,
         (SELECT group_concat(p.e164 || iif(p.is_primary = 1, '*', ''), ' ' ORDER BY p.position)
          FROM contact_phones p WHERE p.contact_id = c.id) AS phones,
         (SELECT group_concat(t.tag, char(31) ORDER BY t.tag)
          FROM contact_tags t WHERE t.contact_id = c.id) AS tags,
         EXISTS (SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164
                 WHERE p.contact_id = c.id) AS opted_out
       FROM contacts c ${where.sql} ${orderOf(filter)}`,
    )
    .all(...where.params)
    .filter((row) => !only || only.has(row.id))
    .map(cellsOfRow)
}

const filterArb: fc.Arbitrary<ContactFilter> = fc
  .record({
    search: fc.constantFrom('', 'ким', 'петрова 1', '916100', 'ли'),
    sort: fc.constantFrom('name', 'phone', 'created', 'updated'),
    direction: fc.constantFrom('asc', 'desc'),
    tag: fc.option(fc.constantFrom('VIP', 'Опт'), { nil: undefined }),
    consent: fc.option(fc.constantFrom('granted', 'unknown'), { nil: undefined }),
    optedOut: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((input) => contactQuerySchema.omit({ offset: true, limit: true }).parse(input))

describe('the contacts export read a page at a time', () => {
  let db: Database
  beforeAll(() => {
    db = book()
  })

  it('writes the same contacts in the same order as the one-statement read', () => {
    fc.assert(
      fc.property(
        filterArb,
        fc.option(
          fc.uniqueArray(fc.integer({ min: 1, max: cellsPageRows * 3 }), { maxLength: 1500 }),
          {
            nil: undefined,
          },
        ),
        (filter, chosen) => {
          const only = chosen ? new Set(chosen) : undefined
          expect(Array.from(contactCells(db, filter, only))).toEqual(oldCells(db, filter, only))
        },
      ),
      { numRuns: 40 },
    )
  })

  it('lets other calls run between pages, and a row edited or deleted meanwhile is never torn', async () => {
    const filter = contactQuerySchema.omit({ offset: true, limit: true }).parse({ sort: 'created' })
    const [last, beforeLast] = db
      .prepare<[], number>('SELECT id FROM contacts ORDER BY id DESC LIMIT 2')
      .pluck()
      .all()
    const repo = createContactsRepository(db)
    let turns = 0
    const others = (): void => {
      turns += 1
      // On the second turn the first page has been read and written, the last not yet.
      if (turns === 2 && last !== undefined && beforeLast !== undefined) {
        repo.update(last, { ...person(last), notes: 'новая заметка', tags: ['Новый'] }, 400)
        repo.remove(beforeLast)
      }
      if (!done) setImmediate(others)
    }
    let done = false
    setImmediate(others)
    const csv = await joinedInTurns(contactCsvPieces(contactCells(db, filter), 'ru'))
    done = true
    expect(turns).toBeGreaterThan(2)
    const now = oldCells(db, filter)
    expect(now.some((c) => c.notes === 'новая заметка' && c.tags.join() === 'Новый')).toBe(true)
    expect(csv).toBe(contactsToCsv(now, 'ru'))
  })
})

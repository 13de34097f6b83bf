import type { Database, Statement } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  ConsentState,
  ContactFlag,
  ContactPage,
  contactQuerySchema,
} from '../../../shared/contacts'
import { formatPhone } from '../../../shared/phone-format'
import { foldText } from './search-text'

export type ParsedContactQuery = z.output<typeof contactQuerySchema>
export type ContactFilter = Omit<ParsedContactQuery, 'offset' | 'limit'>

type Param = string | number
interface Where {
  sql: string
  params: Param[]
}

const orderBy: Record<ParsedContactQuery['sort'], string> = {
  name: 'c.sort_key COLLATE BINARY #, c.id #',
  // Contacts with no number to send to (null) come first ascending: the index serves it as is.
  phone: 'c.primary_phone #, c.id #',
  created: 'c.id #',
  updated: 'c.updated_at #, c.id #',
}
const tagSeparator = '\u001f'

/** The table's number text, spaced as the renderer spaces numbers everywhere else. */
const phoneTextOf = (e164: string | null): string | null =>
  e164 === null ? null : formatPhone(e164)
/** Short searches match much of the book; counting stops here. */
export const shortSearchCountCap = 1000
/** Above this many matches, the page is read by walking the sort order (see whereOf). */
const manyMatches = 2000

/** A search word as the index needs it: digits alone when the user types a number. */
function searchTerms(search: string): string[] {
  const folded = foldText(search).trim()
  if (folded === '') return []
  if (/^[\d\s()+\-.]+$/.test(folded)) return [folded.replace(/\D/g, '')].filter((d) => d !== '')
  return folded.split(/\s+/)
}

/** The search split for the index: words of three characters or more go to the trigram index. */
function searchParts(search: string): { match: string | null; short: string[] } {
  const terms = searchTerms(search)
  const indexed = terms.filter((t) => Array.from(t).length >= 3)
  return {
    match: indexed.length > 0 ? indexed.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ') : null,
    short: terms.filter((t) => Array.from(t).length < 3),
  }
}

/**
 * Turns the table's filters into one WHERE clause, shared by the page, the count and exports.
 * `inOrder` asks SQLite to walk the sort index and test each contact against the matches (fast when
 * many match) instead of fetching every match and sorting them (fast when few do).
 */
export function whereOf(filter: ContactFilter, inOrder = false): Where {
  const clauses: string[] = []
  const params: Param[] = []
  const { match, short: shortTerms } = searchParts(filter.search)
  if (match !== null) {
    // The unary + keeps SQLite from using the id as the way in.
    clauses.push(
      `${inOrder ? '+' : ''}c.id IN (SELECT rowid FROM contacts_search WHERE contacts_search MATCH ?)`,
    )
    params.push(match)
  }
  for (const short of shortTerms) {
    clauses.push('instr(c.search_text, ?) > 0')
    params.push(short)
  }
  if (filter.tag !== undefined) {
    clauses.push('c.id IN (SELECT contact_id FROM contact_tags WHERE tag = ?)')
    params.push(filter.tag)
  }
  if (filter.consent !== undefined) {
    clauses.push('c.consent = ?')
    params.push(filter.consent)
  }
  if (filter.optedOut !== undefined) {
    clauses.push(`${filter.optedOut ? '' : 'NOT '}EXISTS (${optedOutSql})`)
  }
  if (filter.flagged !== undefined) clauses.push(`c.flag IS ${filter.flagged ? 'NOT ' : ''}NULL`)
  if (filter.savedNumber !== undefined) {
    clauses.push('c.saved_number = ?')
    params.push(filter.savedNumber)
  }
  if (filter.listId !== undefined) {
    clauses.push('c.id IN (SELECT contact_id FROM list_members WHERE list_id = ?)')
    params.push(filter.listId)
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

const optedOutSql =
  'SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164 WHERE p.contact_id = c.id'

export function orderOf(filter: ContactFilter): string {
  return `ORDER BY ${orderBy[filter.sort].replace(/#/g, filter.direction === 'desc' ? 'DESC' : 'ASC')}`
}

interface PageRow {
  id: number
  name: string
  primary_phone: string | null
  phone_count: number
  first_other: string | null
  tags: string | null
  consent: ConsentState
  flag: ContactFlag | null
  opted_out: number
}

/** Pages through the book for the virtualised table. Statements are prepared once per shape. */
export function createContactQuery(db: Database) {
  const statements = new Map<string, Statement>()
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }

  const count = (sql: string, params: Param[]): number =>
    (prepared(sql).get(...params) as { n: number }).n

  /** How many match; for one- or two-letter searches, at most `shortSearchCountCap` + 1. */
  function totalOf(query: ParsedContactQuery, where: Where): { total: number; capped: boolean } {
    const { match, short } = searchParts(query.search)
    const filtered = [
      query.tag,
      query.consent,
      query.optedOut,
      query.flagged,
      query.savedNumber,
      query.listId,
    ].some((f) => f !== undefined)
    if (match !== null && short.length === 0 && !filtered) {
      // The index holds exactly the book's contacts: its own count needs no lookups.
      return {
        total: count('SELECT count(*) AS n FROM contacts_search WHERE contacts_search MATCH ?', [
          match,
        ]),
        capped: false,
      }
    }
    if (short.length > 0) {
      const n = count(
        `SELECT count(*) AS n FROM (SELECT 1 FROM contacts c ${where.sql} LIMIT ${String(shortSearchCountCap + 1)})`,
        where.params,
      )
      return { total: Math.min(n, shortSearchCountCap), capped: n > shortSearchCountCap }
    }
    return {
      total: count(`SELECT count(*) AS n FROM contacts c ${where.sql}`, where.params),
      capped: false,
    }
  }

  return function queryContacts(query: ParsedContactQuery): ContactPage {
    const { total, capped } = totalOf(query, whereOf(query))
    const where = whereOf(query, total > manyMatches)
    const rows = prepared(
      `SELECT c.id, c.name, c.primary_phone, c.consent, c.flag,
         (SELECT count(*) FROM contact_phones p WHERE p.contact_id = c.id) AS phone_count,
         (SELECT e164 FROM contact_phones p WHERE p.contact_id = c.id AND p.is_primary = 0
           ORDER BY p.position LIMIT 1) AS first_other,
         (SELECT group_concat(tag, char(31)) FROM contact_tags t WHERE t.contact_id = c.id) AS tags,
         EXISTS (${optedOutSql}) AS opted_out
       FROM contacts c ${where.sql} ${orderOf(query)} LIMIT ? OFFSET ?`,
    ).all(...where.params, query.limit, query.offset) as PageRow[]
    return {
      total,
      totalCapped: capped,
      offset: query.offset,
      rows: rows.map((row) => ({
        id: row.id,
        name: row.name,
        primaryPhone: row.primary_phone,
        otherPhones: Math.max(0, row.phone_count - (row.primary_phone ? 1 : 0)),
        firstOtherPhone: row.first_other,
        phoneText: phoneTextOf(row.primary_phone ?? row.first_other),
        tags: row.tags ? row.tags.split(tagSeparator).sort() : [],
        consent: row.consent,
        optedOut: row.opted_out === 1,
        flag: row.flag,
      })),
    }
  }
}

import type { Database } from 'better-sqlite3'
import type { ListFilter } from '../../../shared/lists'
import { whereOf } from '../contacts/contact-query'
import { foldText } from '../contacts/search-text'

/** SQLite's lower() folds ASCII only; the book's own folding (Cyrillic, ё) is registered once. */
export function registerFold(db: Database): void {
  db.function('rupor_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text) : '',
  )
}

const fieldSql: Record<ListFilter['field'], string> = {
  name: 'c.sort_key',
  email: 'rupor_fold(c.email)',
  notes: 'rupor_fold(c.notes)',
  any: `rupor_fold(c.name || ' ' || c.email || ' ' || c.notes || ' ' ||
    coalesce((SELECT group_concat(tag, ' ') FROM contact_tags t WHERE t.contact_id = c.id), ''))`,
}

/** The WHERE clause (over `contacts c`, empty for everyone) of the contacts a list filter finds. */
export function whereMatching(filter: ListFilter): { sql: string; params: (string | number)[] } {
  const base = whereOf({
    search: filter.search,
    consent: filter.consent,
    sort: 'name',
    direction: 'asc',
  })
  const clauses = base.sql === '' ? [] : [base.sql.replace(/^WHERE /, '')]
  const params: (string | number)[] = [...base.params]
  if (filter.tags.length > 0) {
    clauses.push(
      `c.id IN (SELECT contact_id FROM contact_tags WHERE tag IN (${filter.tags.map(() => '?').join(', ')}))`,
    )
    params.push(...filter.tags)
  }
  if (filter.contains !== '') {
    clauses.push(`instr(${fieldSql[filter.field]}, ?) > 0`)
    params.push(foldText(filter.contains))
  }
  if (filter.addedSince !== undefined) {
    clauses.push('c.created_at >= ?')
    params.push(filter.addedSince)
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/**
 * The contacts a list filter finds, in the book's name order (stable: ties go by id), so a split
 * into several lists comes out the same every time.
 */
export function contactIdsMatching(db: Database, filter: ListFilter): number[] {
  const where = whereMatching(filter)
  return db
    .prepare(`SELECT c.id FROM contacts c ${where.sql} ORDER BY c.sort_key, c.id`)
    .pluck()
    .all(...where.params) as number[]
}

import type { Database } from 'better-sqlite3'
import type { ParsedListSelection } from '../../../shared/lists'
import { whereMatching } from './list-filter'

/** A WHERE clause over `contacts c`, with its parameters. */
export interface Where {
  sql: string
  params: (string | number)[]
}

const and = (a: Where, b: Where): Where => ({
  sql: `WHERE ${[a.sql, b.sql]
    .filter((s) => s !== '')
    .map((s) => s.replace(/^WHERE /, ''))
    .join(' AND ')}`,
  params: [...a.params, ...b.params],
})

/** The selection's people, all of them at once. */
export function selectionWhere(selection: ParsedListSelection): Where {
  return 'contactIds' in selection
    ? {
        sql: 'WHERE c.id IN (SELECT value FROM json_each(?))',
        params: [JSON.stringify(selection.contactIds)],
      }
    : whereMatching(selection.filter)
}

/**
 * The selection cut into pieces of at most `size` contact ids each (ranges of ids for a filter,
 * chunks of the chosen ids otherwise): each piece is one short statement, so work over the whole
 * book can wait a turn between them. Together the pieces find exactly the selection's people as
 * the book is when each piece is read.
 */
export function selectionSlices(
  db: Database,
  selection: ParsedListSelection,
  size: number,
): Where[] {
  if ('contactIds' in selection) {
    const ids = [...new Set(selection.contactIds)]
    const slices: Where[] = []
    for (let start = 0; start < ids.length; start += size) {
      slices.push({
        sql: 'WHERE c.id IN (SELECT value FROM json_each(?))',
        params: [JSON.stringify(ids.slice(start, start + size))],
      })
    }
    return slices
  }
  const where = whereMatching(selection.filter)
  const bounds = db
    .prepare<[], { low: number | null; high: number | null }>(
      'SELECT min(id) AS low, max(id) AS high FROM contacts',
    )
    .get()
  if (!bounds || bounds.low === null || bounds.high === null) return []
  const slices: Where[] = []
  for (let low = bounds.low; low <= bounds.high; low += size) {
    slices.push(and({ sql: 'WHERE c.id BETWEEN ? AND ?', params: [low, low + size - 1] }, where))
  }
  return slices
}

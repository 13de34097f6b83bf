// The people a bulk action of the contact book is for: the ticked ids as given, or everyone the
// book's search and filters find («Выбрать всё») less the rows unticked since, read here so that
// the page never has to load every id.
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { contactMatchingSchema } from '../../../shared/contacts'
import { whereOf } from './contact-query'

export type ParsedMatching = z.output<typeof contactMatchingSchema>
export type ParsedSelector = { ids: number[] } | { matching: ParsedMatching }

/** Every contact the search and filters find, in the order they were added, less `except`. */
export function matchingIds(db: Database, { query, except }: ParsedMatching): number[] {
  const where = whereOf({ ...query, sort: 'created', direction: 'asc' })
  const ids = db
    .prepare<unknown[], { id: number }>(`SELECT c.id FROM contacts c ${where.sql} ORDER BY c.id`)
    .all(...where.params)
    .map((row) => row.id)
  if (except.length === 0) return ids
  const unticked = new Set(except)
  return ids.filter((id) => !unticked.has(id))
}

/** The ids a bulk action's input stands for. */
export function selectedIds(db: Database, selector: ParsedSelector): number[] {
  return 'ids' in selector ? selector.ids : matchingIds(db, selector.matching)
}

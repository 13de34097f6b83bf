// Graph's cursor paging (`limit`, `after`, `before`; answer `paging.cursors` and `next`).
// Cursors are opaque to clients; here they encode the id of the row at a page edge, so a
// cursor stays valid while rows are added and a forged one is recognised.

export interface PageRequest {
  limit: number
  after?: string | undefined
  before?: string | undefined
}

export interface Page<T> {
  rows: T[]
  cursors: { before: string; after: string } | undefined
  hasNext: boolean
  hasPrevious: boolean
}

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url')

const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8')

/** One page of `items`, or 'bad-cursor' when a cursor names no row of `items`. */
export function pageOf<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  request: PageRequest,
): Page<T> | 'bad-cursor' {
  let start: number
  let end: number
  if (request.after !== undefined) {
    const at = items.findIndex((item) => idOf(item) === decodeCursor(request.after ?? ''))
    if (at < 0) return 'bad-cursor'
    start = at + 1
    end = Math.min(items.length, start + request.limit)
  } else if (request.before !== undefined) {
    const at = items.findIndex((item) => idOf(item) === decodeCursor(request.before ?? ''))
    if (at < 0) return 'bad-cursor'
    end = at
    start = Math.max(0, end - request.limit)
  } else {
    start = 0
    end = Math.min(items.length, request.limit)
  }
  const rows = items.slice(start, end)
  const first = rows[0]
  const last = rows[rows.length - 1]
  return {
    rows,
    cursors:
      first !== undefined && last !== undefined
        ? { before: encodeCursor(idOf(first)), after: encodeCursor(idOf(last)) }
        : undefined,
    hasNext: end < items.length,
    hasPrevious: start > 0,
  }
}

/** `limit` as Graph reads it: default 25, at most 100; 'invalid' for anything not a positive integer. */
export function readLimit(raw: string | undefined): number | 'invalid' {
  if (raw === undefined || raw === '') return 25
  if (!/^\d+$/.test(raw)) return 'invalid'
  const limit = Number(raw)
  if (limit < 1) return 'invalid'
  return Math.min(limit, 100)
}

import type { Database } from 'better-sqlite3'
import type { Migration } from './migration'

/** The tables an import writes a row of for every person: their checks run for every row. */
const everyRowOfAnImport = ['contacts', 'contact_phones'] as const

/** `col IN (a, b)` and `col IS NULL OR col IN (a, b)`, with a list of plain literals. */
const inList = /CHECK \((?:(\w+) IS NULL OR )?(\w+) IN\s*\(([^()]*)\)\)/g
const literal = /^(?:'[^']*'|-?\d+)$/

/**
 * The same check written as comparisons: `CHECK (kind IN ('a', 'b'))` becomes
 * `CHECK (kind = 'a' OR kind = 'b')`. They accept and refuse exactly the same values (a NULL
 * passes both), but SQLite builds a little lookup table for an IN list every time the statement
 * runs: on an import's 100 000 contacts the IN lists took as long as writing the rows themselves.
 * A check it cannot read so plainly is left as it was.
 */
export function checksAsComparisons(sql: string): string {
  return sql.replace(
    inList,
    (check, nullable: string | undefined, column: string, list: string) => {
      const values = list.split(',').map((value) => value.trim())
      if ((nullable !== undefined && nullable !== column) || !values.every((v) => literal.test(v)))
        return check
      const any = values.map((value) => `${column} = ${value}`).join(' OR ')
      return nullable === undefined ? `CHECK (${any})` : `CHECK (${column} IS NULL OR ${any})`
    },
  )
}

/**
 * Rewrites the checks' text in the schema, as SQLite documents for changing a table's CHECK
 * constraints without rebuilding it (https://www.sqlite.org/lang_altertable.html, "making other
 * kinds of table schema changes"): the stored rows are untouched, and since the new checks are the
 * old ones in other words, no row can break them. Rebuilding the table instead would need the
 * foreign keys off (dropping `contacts` would cascade to every number, tag and list entry), which
 * cannot be done inside the migrations' transaction. Only speed is at stake: should anything about
 * it fail, the checks stay as they were and the book opens as before.
 */
export function rewriteChecks(db: Database, rewrite = checksAsComparisons): void {
  const read = db.prepare<[string], { sql: string }>(
    "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
  )
  const changes = everyRowOfAnImport.flatMap((name) => {
    const sql = read.get(name)?.sql
    const rewritten = sql === undefined ? sql : rewrite(sql)
    return rewritten === undefined || rewritten === sql ? [] : [{ name, sql: rewritten }]
  })
  if (changes.length === 0) return
  db.exec('SAVEPOINT checks_as_comparisons')
  try {
    // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writing the schema.
    db.unsafeMode(true)
    try {
      const version = db.pragma('schema_version', { simple: true }) as number
      db.pragma('writable_schema = ON')
      const write = db.prepare<[string, string]>(
        "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
      )
      for (const { name, sql } of changes) write.run(sql, name)
      // A new schema version makes this connection, and any other, read the schema again.
      db.pragma(`schema_version = ${String(version + 1)}`)
    } finally {
      db.pragma('writable_schema = OFF')
      db.unsafeMode(false)
    }
    // The schema as rewritten is read back: each table's statements prepare again.
    for (const { name } of changes) db.prepare(`SELECT * FROM ${name} LIMIT 0`).all()
    db.exec('RELEASE checks_as_comparisons')
  } catch (error) {
    db.exec('ROLLBACK TO checks_as_comparisons')
    db.exec('RELEASE checks_as_comparisons')
    console.warn('The checks of contacts were left as they were:', String(error))
  }
}

export const m0140ChecksAsComparisons: Migration = {
  version: 140,
  name: 'the checks of contacts and their numbers as comparisons',
  up: (db) => rewriteChecks(db),
}

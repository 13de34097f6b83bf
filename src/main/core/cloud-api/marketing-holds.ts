// Meta limited the marketing messages a person gets (131049, "healthy ecosystem engagement"):
// WHATSAPP-FACTS.md §2 — do not retry sooner than 24 hours, whatever campaign or number would send.
// The hold is kept per E.164 number in `marketing_holds`; every campaign of every number passes over
// the person until it ends. A second 131049 extends the hold, never shortens it.
import type { Database } from 'better-sqlite3'

/** How long Meta's limit is respected before the person may get a marketing message again. */
export const marketingHoldMs = 24 * 60 * 60 * 1000

/** Codes that hold a person's marketing messages for a day. */
export const holdingCodes: ReadonlySet<number> = new Set([131049])

/** Holds the person until `at` + 24 h, or keeps the later hold already there. */
export function holdMarketing(db: Database, e164: string, at: number, code: number): void {
  db.prepare<[string, number, number, number]>(
    `INSERT INTO marketing_holds (e164, until, code, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (e164) DO UPDATE SET
       code = CASE WHEN excluded.until > until THEN excluded.code ELSE code END,
       at = CASE WHEN excluded.until > until THEN excluded.at ELSE at END,
       until = max(until, excluded.until)`,
  ).run(e164, at + marketingHoldMs, code, at)
}

/** When the person's hold ends, or null when they are not held at `now`. */
export function heldUntil(db: Database, e164: string, now: number): number | null {
  const row = db
    .prepare<[string, number], { until: number }>(
      'SELECT until FROM marketing_holds WHERE e164 = ? AND until > ?',
    )
    .get(e164, now)
  return row ? row.until : null
}

// Meta's hourly allowance on the management endpoints (message templates, the number's details,
// message history), counted per WhatsApp Business account in `cloud_requests`. Sends (/messages)
// are not counted: they have their own limits (throughput, pair rate, the messaging tier).
//
// Meta: "Apps can make 200 calls per hour, per app, per WhatsApp Business Account" for the
// WhatsApp Business Management API; more only once an account is active (WHATSAPP-FACTS.md §3,
// https://developers.facebook.com/docs/graph-api/overview/rate-limiting/#whatsapp-business-management-api).
// Rupor counts every account as new: 200 is the least Meta grants, and two numbers of one account
// share it.
import type { Database } from 'better-sqlite3'
import type { Clock } from '../time/clock'

/** Calls per rolling hour per WhatsApp Business account (Meta's allowance for new accounts). */
export const managementCallsPerHour = 200
/** Kept for the owner's clicks (checking the number, listing templates, a refresh): background
 * polling stops this many calls earlier, so the owner's buttons still work in a busy hour. */
export const ownerHeadroom = 40
/** Kept even from the owner's own "refresh statuses": starting a campaign checks its template
 * with Meta, and that must still work after a refresh of a busy hour. */
export const startHeadroom = 20

const hourMs = 60 * 60 * 1000

/** An owner's click; the owner's status refresh (which may ask about many messages); polling. */
export type RequestPriority = 'owner' | 'refresh' | 'background'

export function createRequestBudget(db: Database, clock: Clock) {
  const countSince = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM cloud_requests WHERE waba_id = ? AND at > ?',
  )
  const oldestSince = db.prepare<[string, number, number], { at: number }>(
    'SELECT at FROM cloud_requests WHERE waba_id = ? AND at > ? ORDER BY at LIMIT 1 OFFSET ?',
  )
  const record = db.prepare<[string, number, string]>(
    'INSERT INTO cloud_requests (waba_id, at, purpose) VALUES (?, ?, ?)',
  )
  const prune = db.prepare<[number]>('DELETE FROM cloud_requests WHERE at <= ?')

  const used = (wabaId: string, now: number): number => countSince.get(wabaId, now - hourMs)?.n ?? 0
  const limitFor = (priority: RequestPriority): number =>
    priority === 'owner'
      ? managementCallsPerHour
      : priority === 'refresh'
        ? managementCallsPerHour - startHeadroom
        : managementCallsPerHour - ownerHeadroom

  return {
    /** Records one management call if the account's hour allows it; false: not now. */
    take(wabaId: string, purpose: string, priority: RequestPriority): boolean {
      const now = clock.now()
      return db.transaction(() => {
        prune.run(now - hourMs)
        if (used(wabaId, now) >= limitFor(priority)) return false
        record.run(wabaId, now, purpose)
        return true
      })()
    },

    /** Calls left to the account in the current rolling hour (the owner's allowance). */
    left(wabaId: string): number {
      return Math.max(0, managementCallsPerHour - used(wabaId, clock.now()))
    },

    /** Calls background work may still make this hour (the owner's headroom kept aside). */
    leftForBackground(wabaId: string): number {
      return Math.max(0, limitFor('background') - used(wabaId, clock.now()))
    },

    /** When a call of this priority fits again: now, or when enough old calls leave the hour. */
    freeAt(wabaId: string, priority: RequestPriority): number {
      const now = clock.now()
      const over = used(wabaId, now) - limitFor(priority)
      if (over < 0) return now
      const leaving = oldestSince.get(wabaId, now - hourMs, over)
      return leaving ? leaving.at + hourMs + 1 : now
    },
  }
}
export type RequestBudget = ReturnType<typeof createRequestBudget>

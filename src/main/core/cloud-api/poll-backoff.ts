// When a number's status polling waits after a transient refusal (Meta's rate limits 4, 80007,
// 80008, a server hiccup, no connection): each failure in a row doubles the wait, up to a cap, and
// Meta's own "estimated_time_to_regain_access" is honoured when it says more. A good answer ends
// it. Meta's message-history reference asks for "retry logic with exponential backoff" (OpenAPI
// v23 getMessageHistory, ../shared/reference/). Kept in memory: after a restart, polling simply
// tries again.
import type { Clock } from '../time/clock'

/** The first wait: one poll period, so the next round of the 15-minute poller is skipped. */
export const firstBackoffMs = 15 * 60_000
/** The longest wait between tries, however often Meta refused. */
export const maxBackoffMs = 4 * 60 * 60_000

export interface PollWait {
  /** Refusals in a row. */
  failures: number
  /** Polling of this number resumes at this moment. */
  until: number
  /** Meta's code of the last refusal; null when Meta could not be reached. */
  metaCode: number | null
}

export function createPollBackoff(clock: Clock) {
  const waits = new Map<number, PollWait>()

  return {
    /** A transient refusal: the number waits longer than last time (or as long as Meta said). */
    failed(senderId: number, metaCode: number | null, regainAt: number | null): PollWait {
      const failures = (waits.get(senderId)?.failures ?? 0) + 1
      const doubled = Math.min(maxBackoffMs, firstBackoffMs * 2 ** Math.min(failures - 1, 16))
      const until = Math.max(clock.now() + doubled, regainAt ?? 0)
      const wait = { failures, until, metaCode }
      waits.set(senderId, wait)
      return wait
    },
    /** Meta answered: the next round polls as usual. */
    answered(senderId: number): void {
      waits.delete(senderId)
    },
    /** The wait still running now, if any. */
    current(senderId: number): PollWait | null {
      const wait = waits.get(senderId)
      return wait && wait.until > clock.now() ? wait : null
    },
  }
}
export type PollBackoff = ReturnType<typeof createPollBackoff>

// Without webhooks, delivery news is fetched: every few minutes each Cloud API number whose account
// answers the message-history endpoint is asked about its recent messages. A number whose account
// does not answer it is left alone (the owner can import a relay's file instead); failures are quiet.
// A number that waits (Meta refused for a while, or its account's hourly allowance of requests is
// used up — see request-budget.ts) is passed over until its wait ends; the refresh itself checks
// both again, request by request, as background work that leaves the owner's share untouched.
import type { Sender } from '../../../shared/senders'
import type { Clock, TimerHandle } from '../time/clock'

export const defaultStatusPollMs = 15 * 60_000

export function createStatusPoller(options: {
  clock: Clock
  everyMs: number
  senders: () => Sender[]
  /** One number's background refresh (priority 'background' for the request budget). */
  refresh: (senderId: number) => Promise<unknown>
}) {
  let timer: TimerHandle | undefined
  let stopped = false
  let rounds = 0

  async function round(): Promise<void> {
    // `polling` is set only while a wait runs (see CloudService.polling).
    const due = options
      .senders()
      .filter(
        (s) =>
          s.channel === 'cloud_api' &&
          s.cloud?.hasToken &&
          s.cloud.historyAvailable !== false &&
          !s.cloud.polling,
      )
    // Numbers of one account share its allowance: each round another number goes first.
    const start = due.length === 0 ? 0 : rounds++ % due.length
    for (const sender of [...due.slice(start), ...due.slice(0, start)]) {
      // One number's trouble (offline, a refused token) must not stop the others' news.
      await options.refresh(sender.id).catch(() => undefined)
    }
  }

  function arm(): void {
    if (stopped) return
    timer = options.clock.setTimeout(() => {
      void round().finally(arm)
    }, options.everyMs)
  }

  return {
    start: arm,
    stop(): void {
      stopped = true
      timer?.cancel()
    },
  }
}

// Without webhooks, delivery news is fetched: every few minutes each Cloud API number whose account
// answers the message-history endpoint is asked about its recent messages. A number whose account
// does not answer it is left alone (the owner can import a relay's file instead); failures are quiet.
import type { Sender } from '../../../shared/senders'
import type { Clock, TimerHandle } from '../time/clock'

export const defaultStatusPollMs = 15 * 60_000

export function createStatusPoller(options: {
  clock: Clock
  everyMs: number
  senders: () => Sender[]
  refresh: (senderId: number) => Promise<unknown>
}) {
  let timer: TimerHandle | undefined
  let stopped = false

  async function round(): Promise<void> {
    const due = options
      .senders()
      .filter(
        (s) => s.channel === 'cloud_api' && s.cloud?.hasToken && s.cloud.historyAvailable !== false,
      )
    for (const sender of due) {
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

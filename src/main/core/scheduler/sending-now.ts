import type { Database } from 'better-sqlite3'
import type { SendingWindow } from '../../../shared/senders'
import { windowAt } from './sending-window'

export interface SendingNow {
  /**
   * A running campaign's number is inside its sending window (messages may go out any moment), or
   * a message is in flight whatever its campaign's state: an assisted chat open and waiting for the
   * owner's answer, a Cloud API request on its way. A restart would leave that message uncertain.
   */
  sending: boolean
  /** When that may change on its own (a window opening or closing); null: only on an event. */
  changesAt: number | null
}

/**
 * Whether any campaign is sending at `at`: a message in flight (`inFlight`), or a 'running'
 * campaign whose sender's window is open. Otherwise a paused, finished or scheduled one is not,
 * nor a running one waiting outside its window for tomorrow, nor a phone broadcast (its list
 * message goes out from the phone). A message in flight ends only on an event (the owner's
 * answer, Meta's), never on the clock.
 */
export function sendingAt(
  runningSenderIds: readonly number[],
  senderOf: (id: number) => { window: SendingWindow; timeZone: string },
  at: number,
  inFlight = false,
): SendingNow {
  let sending = inFlight
  let changesAt: number | null = null
  for (const id of new Set(runningSenderIds)) {
    const { window, timeZone } = senderOf(id)
    const now = windowAt(window, timeZone, at)
    sending ||= now.open
    changesAt = changesAt === null ? now.changesAt : Math.min(changesAt, now.changesAt)
  }
  return { sending, changesAt }
}

/**
 * The query over the database, read when asked: the senders of the running campaigns, and any
 * message claimed and not yet settled (campaign_items 'sending'), of any campaign and channel.
 */
export function createSendingNow(
  db: Database,
  senderOf: (id: number) => { window: SendingWindow; timeZone: string },
) {
  const running = db.prepare<[], { sender_id: number }>(
    "SELECT DISTINCT sender_id FROM campaigns WHERE state = 'running' AND way = 'paced'",
  )
  const inFlight = db.prepare<[], { one: number }>(
    "SELECT 1 AS one FROM campaign_items WHERE state = 'sending' LIMIT 1",
  )
  return (at: number): SendingNow =>
    sendingAt(
      running.all().map((row) => row.sender_id),
      senderOf,
      at,
      inFlight.get() !== undefined,
    )
}

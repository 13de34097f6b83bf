import type { Database } from 'better-sqlite3'
import type { SendingWindow } from '../../../shared/senders'
import { windowAt } from './sending-window'

export interface SendingNow {
  /** A running campaign's number is inside its sending window: messages may go out any moment. */
  sending: boolean
  /** When that may change on its own (a window opening or closing); null: only on an event. */
  changesAt: number | null
}

/**
 * Whether any campaign is sending at `at`: one 'running' whose sender's window is open. A paused,
 * finished or scheduled one is not, nor a running one waiting outside its window for tomorrow,
 * nor a phone broadcast (its list message goes out from the phone).
 */
export function sendingAt(
  runningSenderIds: readonly number[],
  senderOf: (id: number) => { window: SendingWindow; timeZone: string },
  at: number,
): SendingNow {
  let sending = false
  let changesAt: number | null = null
  for (const id of new Set(runningSenderIds)) {
    const { window, timeZone } = senderOf(id)
    const now = windowAt(window, timeZone, at)
    sending ||= now.open
    changesAt = changesAt === null ? now.changesAt : Math.min(changesAt, now.changesAt)
  }
  return { sending, changesAt }
}

/** The query over the database: the senders of the running campaigns, read when asked. */
export function createSendingNow(
  db: Database,
  senderOf: (id: number) => { window: SendingWindow; timeZone: string },
) {
  const running = db.prepare<[], { sender_id: number }>(
    "SELECT DISTINCT sender_id FROM campaigns WHERE state = 'running' AND way = 'paced'",
  )
  return (at: number): SendingNow =>
    sendingAt(
      running.all().map((row) => row.sender_id),
      senderOf,
      at,
    )
}

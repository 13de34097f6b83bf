// What happens to a message after the Cloud API answers: a recipient's scripted fate decides
// whether the send is refused at once (sync) or accepted and later delivered, read or failed
// (async, reported by status webhooks and message history).

import { digitsOnly } from './normalize-recipient'
import type { RecipientFate, SentMessage } from './types'

export type AsyncFate = 'delivered' | 'read' | { failed: number }
export type DeliveryStatus = SentMessage['status']

export interface StatusEvent {
  status: DeliveryStatus
  /** Milliseconds since the epoch. */
  at: number
  errorCode?: number
}

export interface SyncRefusal {
  code: number
  regainMinutes: number | undefined
}

/** Scripted fates per recipient, keyed by digits. */
export class FateBook {
  private readonly fates = new Map<string, { fate: RecipientFate; attempts: number }>()
  private readonly stoppedMarketing = new Set<string>()

  set(e164OrDigits: string, fate: RecipientFate): void {
    this.fates.set(digitsOnly(e164OrDigits), { fate, attempts: 0 })
  }

  /** The code to refuse this attempt with, counting the attempt against `times`. */
  syncRefusal(waId: string): SyncRefusal | undefined {
    const scripted = this.fates.get(waId)
    if (!scripted || !('sync' in scripted.fate)) return undefined
    const { sync, times, regainMinutes } = scripted.fate
    if (times !== undefined && scripted.attempts >= times) return undefined
    scripted.attempts += 1
    return { code: sync, regainMinutes }
  }

  /** `user_preferences` stop/resume: Meta accepts marketing sends to a stopped user, then fails
   * them with 131050 (WHATSAPP-FACTS.md §6). */
  setMarketingStopped(waId: string, stopped: boolean): void {
    if (stopped) this.stoppedMarketing.add(digitsOnly(waId))
    else this.stoppedMarketing.delete(digitsOnly(waId))
  }

  asyncFate(waId: string, isMarketing: boolean): AsyncFate {
    if (isMarketing && this.stoppedMarketing.has(waId)) return { failed: 131050 }
    const scripted = this.fates.get(waId)
    if (scripted && 'async' in scripted.fate) return scripted.fate.async
    return 'delivered'
  }
}

/** The statuses a message goes through for its fate, all as of its acceptance. */
export function statusTimeline(fate: AsyncFate, at: number): StatusEvent[] {
  const sent: StatusEvent = { status: 'sent', at }
  if (fate === 'delivered') return [sent, { status: 'delivered', at }]
  if (fate === 'read') return [sent, { status: 'delivered', at }, { status: 'read', at }]
  return [sent, { status: 'failed', at, errorCode: fate.failed }]
}

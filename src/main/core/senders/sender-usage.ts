import type { Sender, SenderUsage } from '../../../shared/senders'
import type { SendStore } from '../scheduler/send-store'
import { windowAt } from '../scheduler/sending-window'
import { effectiveLimits } from '../scheduler/effective-limits'
import { ageInDays } from '../scheduler/warm-up'

const hourMs = 60 * 60 * 1000

/** The gauges: the same ledger and rules the scheduler uses, read at `now`. */
export function usageOf(sender: Sender, store: SendStore, now: number): SenderUsage {
  const recent = store.recentSends(sender.id, now)
  const ageDays = ageInDays(sender.warmUpFrom, sender.timeZone, now)
  const limits = effectiveLimits(sender, now)
  const window = windowAt(sender.window, sender.timeZone, now)
  return {
    senderId: sender.id,
    sentLastHour: recent.filter((s) => s.at > now - hourMs).length,
    perHour: sender.limits.perHour,
    newChatsLast24h: recent.filter((s) => s.newChat).length,
    newChatsAllowed: limits.newChatsPerDay,
    activeChats: new Set(recent.map((s) => s.e164)).size,
    activeChatsMax: sender.limits.activeChats,
    tierPerDay: limits.tierPerDay,
    // Meta's limit is the business portfolio's: people reached by all its numbers.
    tierUsed:
      limits.tierPerDay === null
        ? 0
        : new Set(store.portfolioSends(sender.id, now).map((s) => s.e164)).size,
    ageDays,
    windowOpen: window.open,
    windowChangesAt: window.changesAt,
    timeZone: sender.timeZone,
  }
}

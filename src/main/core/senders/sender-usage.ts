import type { Sender, SenderUsage } from '../../../shared/senders'
import { tierPerDayOf } from '../cloud-api/tier-budget'
import type { SendStore } from '../scheduler/send-store'
import { windowAt } from '../scheduler/sending-window'
import { ageInDays, warmUpAllowance } from '../scheduler/warm-up'

const hourMs = 60 * 60 * 1000

/** The gauges: the same ledger and rules the scheduler uses, read at `now`. */
export function usageOf(sender: Sender, store: SendStore, now: number): SenderUsage {
  const recent = store.recentSends(sender.id, now)
  const ageDays = ageInDays(sender.startedOn, sender.timeZone, now)
  const window = windowAt(sender.window, sender.timeZone, now)
  return {
    senderId: sender.id,
    sentLastHour: recent.filter((s) => s.at > now - hourMs).length,
    perHour: sender.limits.perHour,
    newChatsLast24h: recent.filter((s) => s.newChat).length,
    newChatsAllowed: Math.min(
      sender.limits.newChatsPerDay,
      warmUpAllowance(sender.warmUp, ageDays),
    ),
    activeChats: new Set(recent.map((s) => s.e164)).size,
    activeChatsMax: sender.limits.activeChats,
    tierPerDay: tierPerDayOf(sender),
    ageDays,
    windowOpen: window.open,
    windowChangesAt: window.changesAt,
  }
}

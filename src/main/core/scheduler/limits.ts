import type { WaitReason } from '../../../shared/campaigns'

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

/** One message of the ledger that counts toward limits (sent, being sent, or uncertain). */
export interface LedgerSend {
  at: number
  e164: string
  newChat: boolean
}

export interface EffectiveLimits {
  perHour: number
  /** Today's new-chat allowance: the sender's limit lowered by its warm-up step. */
  newChatsPerDay: number
  activeChats: number
  /**
   * Cloud API: the account's tier, as distinct people in any 24 hours (Meta reports no error when
   * it runs out, so Rupor keeps the budget itself); null: no such budget.
   */
  tierPerDay: number | null
}

export interface LimitVerdict {
  /** The earliest moment the limits allow this message: `at` itself when they allow it now. */
  at: number
  reason: WaitReason | null
}

/**
 * When may the sender message `e164` (a new chat or not), given what it sent in the last 24 hours?
 * The limits are rolling windows: at most `perHour` in any 60 minutes, `newChatsPerDay` new chats
 * and `activeChats` distinct people in any 24 hours. Pure: the scheduler and the risk meter share it.
 */
export function limitVerdict(
  recent: readonly LedgerSend[],
  candidate: { e164: string; newChat: boolean },
  limits: EffectiveLimits,
  at: number,
  /**
   * The sends the tier counts: those of every number of the business portfolio, which share one
   * messaging limit (Meta's messaging-limits page); the number's own when no portfolio is known.
   */
  tierRecent: readonly LedgerSend[] = recent,
): LimitVerdict {
  const waits: LimitVerdict[] = []

  const lastHour = recent.filter((s) => s.at > at - hourMs && s.at <= at).map((s) => s.at)
  if (lastHour.length >= limits.perHour) {
    waits.push({ at: oldestToLeave(lastHour, limits.perHour) + hourMs, reason: 'hour_limit' })
  }

  const lastDay = recent.filter((s) => s.at > at - dayMs && s.at <= at)
  if (candidate.newChat) {
    const newChats = lastDay.filter((s) => s.newChat).map((s) => s.at)
    if (limits.newChatsPerDay <= 0) waits.push({ at: at + dayMs, reason: 'new_chat_limit' })
    else if (newChats.length >= limits.newChatsPerDay) {
      waits.push({
        at: oldestToLeave(newChats, limits.newChatsPerDay) + dayMs,
        reason: 'new_chat_limit',
      })
    }
  }

  const latestByNumber = new Map<string, number>()
  for (const s of lastDay)
    latestByNumber.set(s.e164, Math.max(s.at, latestByNumber.get(s.e164) ?? 0))
  if (!latestByNumber.has(candidate.e164) && latestByNumber.size >= limits.activeChats) {
    waits.push({
      at: oldestToLeave([...latestByNumber.values()], limits.activeChats) + dayMs,
      reason: 'active_limit',
    })
  }

  const tierPeople = tierRecent === recent ? latestByNumber : latestOf(tierRecent, at - dayMs, at)
  if (
    limits.tierPerDay !== null &&
    !tierPeople.has(candidate.e164) &&
    tierPeople.size >= limits.tierPerDay
  ) {
    waits.push({
      at:
        limits.tierPerDay <= 0
          ? at + dayMs
          : oldestToLeave([...tierPeople.values()], limits.tierPerDay) + dayMs,
      reason: 'tier_limit',
    })
  }

  if (waits.length === 0) return { at, reason: null }
  return waits.reduce((latest, w) => (w.at > latest.at ? w : latest))
}

/** Each person messaged in (from, to], with the latest time. */
function latestOf(sends: readonly LedgerSend[], from: number, to: number): Map<string, number> {
  const latest = new Map<string, number>()
  for (const s of sends) {
    if (s.at > from && s.at <= to) latest.set(s.e164, Math.max(s.at, latest.get(s.e164) ?? 0))
  }
  return latest
}

/** Of these times (within a window), the one that must leave it for there to be room for one more. */
function oldestToLeave(times: readonly number[], cap: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[sorted.length - cap] ?? sorted[0] ?? 0
}

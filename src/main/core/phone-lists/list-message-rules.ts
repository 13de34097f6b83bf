// Whether a list message (WhatsApp Business «Рассылка» from the owner's phone) may go, decided
// from gathered facts. Pure: list-message-check.ts reads the facts from the database, the tests
// feed them directly. The rules and why they are what they are: docs/limits.md, "A list message".
import type { ListMessageRefusal } from '../../../shared/phone-lists'
import type { LedgerSend } from '../scheduler/limits'

const dayMs = 24 * 60 * 60 * 1000

/** Someone a list message would reach (on the phone's list and not due to come off it). */
export interface ListMessagePerson {
  e164: string
  name: string
  /** This number never messaged them before, and they are not marked as chatting with the shop. */
  newChat: boolean
}

/** A list message the number sent (ledger rows of channel phone_broadcast, one campaign, one time). */
export interface PastListMessage {
  at: number
  /** It went to the same Rupor list. */
  sameList: boolean
  /** The numbers it reached. */
  e164s: string[]
}

export interface ListMessageFacts {
  /** When it would go (now, or the time the owner says it went). */
  at: number
  /** A block of the number in force at `at`; until null: until the owner lifts it. */
  block: { until: number | null } | null
  /** Null: no phone list recorded for this list on this number, or nobody on it. */
  phoneList: {
    /** Who it would reach: on the phone's list, less those who must come off it. */
    people: ListMessagePerson[]
    /** The names of those who must come off the phone's list first. */
    removals: string[]
  } | null
  /** The number's ledger (every channel), at least from `at` − 24 h to `at` + 24 h. */
  ledger: LedgerSend[]
  /** The number's list messages, at least those within 24 hours either side of `at`. */
  listMessages: PastListMessage[]
  /** The active-chat limit, and the new-chat allowance of the day (lowered by the warm-up). */
  limits: { activeChats: number; newChatsPerDay: number }
}

/** Within 24 hours of `at`, either side: a list message recorded late still meets this rule. */
const withinADay = (t: number, at: number): boolean => Math.abs(t - at) < dayMs

/** Empty: the list message may go. Otherwise every reason it may not, each with its numbers. */
export function decideListMessage(facts: ListMessageFacts): ListMessageRefusal[] {
  const refusals: ListMessageRefusal[] = []
  if (facts.block !== null) {
    refusals.push(
      facts.block.until === null
        ? { key: 'sender_blocked' }
        : { key: 'sender_blocked', until: facts.block.until },
    )
  }
  const list = facts.phoneList
  if (list === null || (list.people.length === 0 && list.removals.length === 0)) {
    refusals.push({ key: 'no_phone_list' })
    return refusals
  }
  if (list.removals.length > 0) {
    refusals.push({ key: 'removals_pending', names: list.removals, count: list.removals.length })
  }

  const near = facts.listMessages.filter((m) => withinADay(m.at, facts.at))
  const sameList = near.filter((m) => m.sameList)
  if (sameList.length > 0) {
    refusals.push({
      key: 'list_sent_recently',
      until: Math.max(...sameList.map((m) => m.at)) + dayMs,
    })
  }
  // Another list's message to some of the same people (the same list's is said above).
  const reached = new Map(list.people.map((p) => [p.e164, p.name]))
  const overlapping = near.filter((m) => !m.sameList && m.e164s.some((e) => reached.has(e)))
  if (overlapping.length > 0) {
    const shared = new Set(overlapping.flatMap((m) => m.e164s.filter((e) => reached.has(e))))
    refusals.push({
      key: 'overlaps_recent',
      names: list.people.filter((p) => shared.has(p.e164)).map((p) => p.name),
      count: shared.size,
      until: Math.max(...overlapping.map((m) => m.at)) + dayMs,
    })
  }

  refusals.push(...limitRefusals(facts, list.people))
  return refusals
}

/**
 * Every rolling 24 hours that would hold the list message: those ending at `at`, and at each later
 * message of the number within a day (a list message recorded after the fact must not overfill a
 * day the paced channel already used). In each, the distinct people and the new chats with the
 * list's people added must stay within the limits; the fullest one is said.
 */
function limitRefusals(
  facts: ListMessageFacts,
  people: readonly ListMessagePerson[],
): ListMessageRefusal[] {
  const { at, ledger, limits } = facts
  const ends = [at, ...ledger.map((s) => s.at).filter((t) => t > at && t < at + dayMs)]
  const mine = new Set(people.map((p) => p.e164))
  const myNewChats = people.filter((p) => p.newChat).length
  let active = 0
  let newChats = 0
  for (const end of ends) {
    const rows = ledger.filter((s) => s.at > end - dayMs && s.at <= end)
    const distinct = new Set([...mine, ...rows.map((s) => s.e164)])
    active = Math.max(active, distinct.size)
    newChats = Math.max(newChats, myNewChats + rows.filter((s) => s.newChat).length)
  }
  const refusals: ListMessageRefusal[] = []
  if (active > limits.activeChats) {
    const until = activeFreesAt(facts, mine)
    refusals.push({
      key: 'active_limit',
      count: active,
      limit: limits.activeChats,
      ...(until === null ? {} : { until }),
    })
  }
  if (newChats > limits.newChatsPerDay) {
    const until = newChatsFreeAt(facts, myNewChats)
    refusals.push({
      key: 'new_chat_limit',
      count: newChats,
      limit: limits.newChatsPerDay,
      ...(until === null ? {} : { until }),
    })
  }
  return refusals
}

/**
 * When enough earlier people have left the 24 hours for the list's to fit under the active-chat
 * limit; null when the list alone is over it, or later sends are in the way.
 */
function activeFreesAt(facts: ListMessageFacts, mine: ReadonlySet<string>): number | null {
  const { at, ledger, limits } = facts
  if (ledger.some((s) => s.at > at && s.at < at + dayMs)) return null
  const latest = new Map<string, number>()
  for (const s of ledger) {
    if (s.at > at - dayMs && s.at <= at && !mine.has(s.e164))
      latest.set(s.e164, Math.max(s.at, latest.get(s.e164) ?? 0))
  }
  const mustLeave = latest.size + mine.size - limits.activeChats
  if (mustLeave <= 0 || mustLeave > latest.size) return null
  const times = [...latest.values()].sort((a, b) => a - b)
  return (times[mustLeave - 1] ?? at) + dayMs
}

/** When enough earlier new chats have left the 24 hours for the list's to fit; null as above. */
function newChatsFreeAt(facts: ListMessageFacts, myNewChats: number): number | null {
  const { at, ledger, limits } = facts
  if (ledger.some((s) => s.at > at && s.at < at + dayMs)) return null
  const times = ledger
    .filter((s) => s.newChat && s.at > at - dayMs && s.at <= at)
    .map((s) => s.at)
    .sort((a, b) => a - b)
  const mustLeave = times.length + myNewChats - limits.newChatsPerDay
  if (mustLeave <= 0 || mustLeave > times.length) return null
  return (times[mustLeave - 1] ?? at) + dayMs
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ListMessageRefusal } from '../../../shared/phone-lists'
import { limitVerdict, type LedgerSend } from '../scheduler/limits'
import {
  decideListMessage,
  type ListMessageFacts,
  type ListMessagePerson,
  type PastListMessage,
} from './list-message-rules'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const at = 10 * day

const person = (i: number, newChat = false): ListMessagePerson => ({
  e164: `+7916${String(1_000_000 + i)}`,
  name: `Покупатель ${String(i)}`,
  newChat,
})
const people = (count: number, from = 0, newChat = false): ListMessagePerson[] =>
  Array.from({ length: count }, (_, i) => person(from + i, newChat))
const rows = (ps: readonly ListMessagePerson[], when: number, newChat = false): LedgerSend[] =>
  ps.map((p) => ({ at: when, e164: p.e164, newChat }))

function facts(change: Partial<ListMessageFacts> = {}): ListMessageFacts {
  return {
    at,
    block: null,
    phoneList: { people: people(20), removals: [] },
    ledger: [],
    listMessages: [],
    limits: { activeChats: 1000, newChatsPerDay: 250 },
    ...change,
  }
}
const keys = (refusals: ListMessageRefusal[]) => refusals.map((r) => r.key)

describe('decideListMessage: examples', () => {
  it('lets a list message go when nothing is in the way', () => {
    expect(decideListMessage(facts())).toEqual([])
  })

  it('refuses without a phone list, or with nobody on it', () => {
    expect(keys(decideListMessage(facts({ phoneList: null })))).toEqual(['no_phone_list'])
    expect(keys(decideListMessage(facts({ phoneList: { people: [], removals: [] } })))).toEqual([
      'no_phone_list',
    ])
  })

  it('names the people who must come off the phone’s list first', () => {
    const refusals = decideListMessage(
      facts({ phoneList: { people: people(5), removals: ['Анна Смирнова', 'Борис Петров'] } }),
    )
    expect(refusals).toEqual([
      { key: 'removals_pending', names: ['Анна Смирнова', 'Борис Петров'], count: 2 },
    ])
  })

  it('refuses while the number is blocked, saying until when', () => {
    expect(decideListMessage(facts({ block: { until: at + 5 * hour } }))).toEqual([
      { key: 'sender_blocked', until: at + 5 * hour },
    ])
    expect(decideListMessage(facts({ block: { until: null } }))).toEqual([
      { key: 'sender_blocked' },
    ])
  })

  it('allows one list message per list a day: the next from 24 hours after the last', () => {
    const last: PastListMessage = {
      at: at - 20 * hour,
      sameList: true,
      e164s: people(20).map((p) => p.e164),
    }
    expect(decideListMessage(facts({ listMessages: [last] }))).toEqual([
      { key: 'list_sent_recently', until: at + 4 * hour },
    ])
    expect(decideListMessage(facts({ at: at + 4 * hour, listMessages: [last] }))).toEqual([])
  })

  it('refuses another list’s message to some of the same people within a day, naming them', () => {
    const other: PastListMessage = {
      at: at - 3 * hour,
      sameList: false,
      e164s: [person(2).e164, person(7).e164, person(99).e164],
    }
    expect(decideListMessage(facts({ listMessages: [other] }))).toEqual([
      {
        key: 'overlaps_recent',
        names: ['Покупатель 2', 'Покупатель 7'],
        count: 2,
        until: at + 21 * hour,
      },
    ])
    // Nobody in common: no refusal; a day later: none either.
    const apart = { ...other, e164s: [person(99).e164] }
    expect(decideListMessage(facts({ listMessages: [apart] }))).toEqual([])
    expect(decideListMessage(facts({ at: at + 21 * hour, listMessages: [other] }))).toEqual([])
  })

  it('meets a list message recorded later within a day as well (recording after the fact)', () => {
    const later: PastListMessage = { at: at + 2 * hour, sameList: true, e164s: [person(0).e164] }
    expect(keys(decideListMessage(facts({ listMessages: [later] })))).toEqual([
      'list_sent_recently',
    ])
  })

  it('refuses a list message that would take the number over its active chats, with the numbers', () => {
    // 900 people today, 150 more of the list: 1 050 of 1 000.
    const earlier = people(900, 1000)
    const refusals = decideListMessage(
      facts({
        phoneList: { people: people(150), removals: [] },
        ledger: earlier.map((p, i) => ({
          at: at - 20 * hour + i * minute,
          e164: p.e164,
          newChat: false,
        })),
      }),
    )
    // 50 must leave the 24 hours: the 50th went at −20 h + 49 min.
    expect(refusals).toEqual([
      { key: 'active_limit', count: 1050, limit: 1000, until: at - 20 * hour + 49 * minute + day },
    ])
  })

  it('counts someone already chatting today once toward the active chats', () => {
    const list = people(100)
    const refusals = decideListMessage(
      facts({
        phoneList: { people: list, removals: [] },
        ledger: rows(list, at - hour),
        limits: { activeChats: 100, newChatsPerDay: 250 },
      }),
    )
    expect(refusals).toEqual([])
  })

  it('counts the list’s new chats against the day’s allowance (warm-up): over it, refused', () => {
    const list = [...people(15, 0, true), ...people(10, 100, false)]
    const young = { activeChats: 1000, newChatsPerDay: 20 }
    // 15 new chats of 20: fine. With 10 new chats this morning: 25 of 20.
    expect(
      decideListMessage(facts({ phoneList: { people: list, removals: [] }, limits: young })),
    ).toEqual([])
    const morning = people(10, 500).map((p, i) => ({
      at: at - 3 * hour + i * minute,
      e164: p.e164,
      newChat: true,
    }))
    expect(
      decideListMessage(
        facts({ phoneList: { people: list, removals: [] }, limits: young, ledger: morning }),
      ),
    ).toEqual([
      { key: 'new_chat_limit', count: 25, limit: 20, until: at - 3 * hour + 4 * minute + day },
    ])
  })

  it('says no time when the list alone is over the allowance (a smaller list is the way)', () => {
    const refusals = decideListMessage(
      facts({
        phoneList: { people: people(30, 0, true), removals: [] },
        limits: { activeChats: 1000, newChatsPerDay: 20 },
      }),
    )
    expect(refusals).toEqual([{ key: 'new_chat_limit', count: 30, limit: 20 }])
  })

  it('recorded in the past, it must not overfill a later day the paced channel already used', () => {
    // Paced sends after `at` to 95 people; a list message of 10 others recorded at `at`.
    const paced = people(95, 300).map((p, i) => ({
      at: at + hour + i * minute,
      e164: p.e164,
      newChat: false,
    }))
    const refusals = decideListMessage(
      facts({
        phoneList: { people: people(10), removals: [] },
        ledger: paced,
        limits: { activeChats: 100, newChatsPerDay: 250 },
      }),
    )
    expect(refusals).toEqual([{ key: 'active_limit', count: 105, limit: 100 }])
  })
})

// ---- A simulated week: list messages and paced sends of one number, with a fake clock ----

interface World {
  ledger: LedgerSend[]
  listMessages: (PastListMessage & { listIndex: number })[]
  messaged: Set<string>
}

const pool = people(40)
const smallLimits = { activeChats: 30, newChatsPerDay: 15 }

type Event =
  | { kind: 'list'; listIndex: number; afterMinutes: number }
  | { kind: 'paced'; who: number; afterMinutes: number }

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  fc.record({
    kind: fc.constant('list' as const),
    listIndex: fc.nat({ max: 3 }),
    afterMinutes: fc.integer({ min: 1, max: 12 * 60 }),
  }),
  fc.record({
    kind: fc.constant('paced' as const),
    who: fc.nat({ max: pool.length - 1 }),
    afterMinutes: fc.integer({ min: 1, max: 90 }),
  }),
)

/** Four lists of 2–20 people from a pool of 40: they overlap often. */
const listsArb = fc.array(
  fc.uniqueArray(fc.nat({ max: pool.length - 1 }), { minLength: 2, maxLength: 20 }),
  { minLength: 4, maxLength: 4 },
)

function run(lists: number[][], events: Event[]): World {
  const world: World = { ledger: [], listMessages: [], messaged: new Set() }
  let now = 0
  for (const event of events) {
    now += event.afterMinutes * minute
    if (event.kind === 'paced') {
      const p = pool[event.who]
      if (p === undefined) continue
      const candidate = { e164: p.e164, newChat: !world.messaged.has(p.e164) }
      const verdict = limitVerdict(
        world.ledger,
        candidate,
        { perHour: 50, ...smallLimits, tierPerDay: null },
        now,
      )
      if (verdict.reason !== null) continue
      world.ledger.push({ at: now, ...candidate })
      world.messaged.add(p.e164)
      continue
    }
    const members = (lists[event.listIndex] ?? []).flatMap((i) => pool[i] ?? [])
    const reached = members.map((p) => ({ ...p, newChat: !world.messaged.has(p.e164) }))
    const refusals = decideListMessage({
      at: now,
      block: null,
      phoneList: { people: reached, removals: [] },
      ledger: world.ledger,
      listMessages: world.listMessages.map((m) => ({
        ...m,
        sameList: m.listIndex === event.listIndex,
      })),
      limits: smallLimits,
    })
    if (refusals.length > 0) continue
    for (const p of reached) {
      world.ledger.push({ at: now, e164: p.e164, newChat: p.newChat })
      world.messaged.add(p.e164)
    }
    world.listMessages.push({
      at: now,
      sameList: false,
      listIndex: event.listIndex,
      e164s: reached.map((p) => p.e164),
    })
  }
  return world
}

describe('decideListMessage: a simulated week of one number (fast-check)', () => {
  const week = fc.tuple(listsArb, fc.array(eventArb, { minLength: 20, maxLength: 120 }))

  it('never takes any 24 hours over the active chats or the new chats', () => {
    fc.assert(
      fc.property(week, ([lists, events]) => {
        const { ledger } = run(lists, events)
        for (const end of ledger.map((s) => s.at)) {
          const inDay = ledger.filter((s) => s.at > end - day && s.at <= end)
          expect(new Set(inDay.map((s) => s.e164)).size).toBeLessThanOrEqual(
            smallLimits.activeChats,
          )
          expect(inDay.filter((s) => s.newChat).length).toBeLessThanOrEqual(
            smallLimits.newChatsPerDay,
          )
        }
      }),
    )
  })

  it('never sends one list twice, or two lists with people in common, within 24 hours', () => {
    fc.assert(
      fc.property(week, ([lists, events]) => {
        const { listMessages } = run(lists, events)
        for (const [i, a] of listMessages.entries()) {
          for (const b of listMessages.slice(i + 1)) {
            if (b.at - a.at >= day) continue
            expect(b.listIndex).not.toBe(a.listIndex)
            expect(a.e164s.filter((e) => b.e164s.includes(e))).toEqual([])
          }
        }
      }),
    )
  })

  it('sends some list messages at all (the rules are not simply "never")', () => {
    const world = run(
      [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7],
        [8, 9],
      ],
      [0, 1, 2, 3].map((listIndex) => ({ kind: 'list', listIndex, afterMinutes: 5 })),
    )
    expect(world.listMessages).toHaveLength(4)
  })

  it('refuses whenever the number is blocked or removals are pending, whatever else', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
        fc.nat({ max: 30 }),
        (blocked, removals, size) => {
          const refusals = decideListMessage(
            facts({
              block: blocked ? { until: null } : null,
              phoneList: { people: people(size), removals },
            }),
          )
          expect(keys(refusals).includes('sender_blocked')).toBe(blocked)
          if (removals.length > 0) {
            expect(refusals.find((r) => r.key === 'removals_pending')?.names).toEqual(removals)
          }
          if (!blocked && removals.length === 0 && size > 0) expect(refusals).toEqual([])
        },
      ),
    )
  })
})

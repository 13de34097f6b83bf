import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { limitVerdict, type LedgerSend } from './limits'

const minute = 60_000
const hour = 60 * minute
const limits = { perHour: 50, newChatsPerDay: 250, activeChats: 1000, tierPerDay: null }
const sends = (count: number, start: number, step: number, newChat = false): LedgerSend[] =>
  Array.from({ length: count }, (_, i) => ({
    at: start + i * step,
    e164: `+7916${String(i)}`,
    newChat,
  }))

describe('limitVerdict', () => {
  it('allows a message when nothing is near a limit', () => {
    expect(limitVerdict(sends(10, 0, minute), { e164: '+1', newChat: true }, limits, hour)).toEqual(
      {
        at: hour,
        reason: null,
      },
    )
  })

  it('waits for the oldest of 50 messages in the last hour to leave it', () => {
    const recent = sends(50, 0, minute) // at 0, 1, …, 49 minutes
    const verdict = limitVerdict(recent, { e164: '+79160', newChat: false }, limits, 50 * minute)
    expect(verdict).toEqual({ at: hour, reason: 'hour_limit' })
  })

  it('waits a day for a new chat once today’s allowance is used, but lets an old chat through', () => {
    const recent = sends(20, 0, 2 * minute, true)
    const warm = { ...limits, newChatsPerDay: 20 }
    expect(limitVerdict(recent, { e164: '+7000', newChat: true }, warm, 3 * hour)).toEqual({
      at: 24 * hour,
      reason: 'new_chat_limit',
    })
    expect(
      limitVerdict(recent, { e164: '+7000', newChat: false }, warm, 3 * hour).reason,
    ).toBeNull()
  })

  it('counts distinct people for active chats; someone already in them is no new one', () => {
    const recent = sends(3, 0, minute)
    const few = { ...limits, activeChats: 3 }
    expect(limitVerdict(recent, { e164: '+79161', newChat: false }, few, hour).reason).toBeNull()
    expect(limitVerdict(recent, { e164: '+7999', newChat: false }, few, hour)).toEqual({
      at: 24 * hour,
      reason: 'active_limit',
    })
  })

  it('keeps the Cloud API tier as distinct people in 24 hours, below the active-chat limit', () => {
    const recent = sends(250, 0, minute)
    const tier = { ...limits, tierPerDay: 250 }
    // Someone already messaged today costs nothing more; a new person waits for the oldest to age out.
    expect(
      limitVerdict(recent, { e164: '+791610', newChat: false }, tier, 5 * hour).reason,
    ).toBeNull()
    expect(limitVerdict(recent, { e164: '+7999', newChat: false }, tier, 5 * hour)).toEqual({
      at: 24 * hour,
      reason: 'tier_limit',
    })
    expect(
      limitVerdict(recent, { e164: '+7999', newChat: false }, limits, 5 * hour).reason,
    ).toBeNull()
  })

  it('never lets a new person past the tier when sent at the moment it names (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 48 * hour }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 250 }),
        (times, tierPerDay) => {
          const now = 48 * hour
          const recent = times.map((at, i) => ({ at, e164: `+${String(i)}`, newChat: false }))
          const { at } = limitVerdict(
            recent,
            { e164: '+new', newChat: false },
            { ...limits, tierPerDay },
            now,
          )
          const people = new Set(
            recent.filter((s) => s.at > at - 24 * hour && s.at <= at).map((s) => s.e164),
          )
          expect(people.size).toBeLessThan(tierPerDay)
        },
      ),
    )
  })

  it('sending at the moment it names never breaks the hour limit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 * hour }), { maxLength: 120 }),
        fc.integer({ min: 1, max: 50 }),
        (times, perHour) => {
          const now = 2 * hour
          const recent = times.map((at, i) => ({ at, e164: `+${String(i)}`, newChat: false }))
          const { at } = limitVerdict(
            recent,
            { e164: '+0', newChat: false },
            { ...limits, perHour },
            now,
          )
          const inHour = recent.filter((s) => s.at > at - hour && s.at <= at).length
          expect(inHour).toBeLessThan(perHour)
          expect(at).toBeGreaterThanOrEqual(now)
        },
      ),
    )
  })
})

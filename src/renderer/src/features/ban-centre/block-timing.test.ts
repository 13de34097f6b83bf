import { describe, expect, it } from 'vitest'
import type { SenderBlock } from '../../../../shared/cloud-errors'
import { defaultWarmUp } from '../../../../shared/senders'
import {
  blockLasted,
  dayWords,
  timeLeft,
  timeLeftWords,
  warmingAgain,
  warmUpRestartDay,
} from './block-timing'

const hour = 3_600_000
const now = Date.parse('2026-12-01T10:00:00Z')

const block = (at: number): SenderBlock => ({
  reason: 'reported_temporary',
  code: null,
  message: '',
  at,
  until: at + 24 * hour,
})

describe('when a block ends, in words', () => {
  it('counts whole hours from an hour on, minutes below it', () => {
    expect(timeLeft(now + 17 * hour, now)).toEqual({ value: 17, unit: 'hour' })
    expect(timeLeft(now + 16.6 * hour, now)).toEqual({ value: 17, unit: 'hour' })
    expect(timeLeft(now + 25 * 60_000, now)).toEqual({ value: 25, unit: 'minute' })
    expect(timeLeft(now + 5_000, now)).toEqual({ value: 1, unit: 'minute' })
    expect(timeLeft(now, now)).toBeNull()
    expect(timeLeft(now - hour, now)).toBeNull()
  })

  it('says "in 17 hours" in the UI’s language', () => {
    expect(timeLeftWords(now + 17 * hour, now, 'ru')).toBe('через 17 часов')
    expect(timeLeftWords(now + 21 * hour, now, 'ru')).toBe('через 21 час')
    expect(timeLeftWords(now + 17 * hour, now, 'en')).toBe('in 17 hours')
    expect(timeLeftWords(now + 40 * 60_000, now, 'ru')).toBe('через 40 минут')
    expect(timeLeftWords(now - 1, now, 'en')).toBeNull()
  })

  it('restarts the warm-up on the day the block ends, in the sender’s time zone', () => {
    // 22:30 UTC on 1 December is already 2 December in Moscow.
    const until = Date.parse('2026-12-01T22:30:00Z')
    expect(warmUpRestartDay('2024-01-15', until, 'Europe/Moscow')).toBe('2026-12-02')
    expect(warmUpRestartDay('2024-01-15', until, 'Europe/London')).toBe('2026-12-01')
    // A later day from the core stands; no end known: the core's day.
    expect(warmUpRestartDay('2026-12-05', until, 'Europe/Moscow')).toBe('2026-12-05')
    expect(warmUpRestartDay('2024-01-15', null, 'Europe/Moscow')).toBe('2024-01-15')
  })

  it('writes a day out in full', () => {
    expect(dayWords('2026-12-02', 'ru')).toBe('2 декабря 2026 г.')
    expect(dayWords('2026-12-02', 'en')).toBe('December 2, 2026')
    expect(dayWords('not a day', 'en')).toBe('not a day')
  })

  it('measures how long a block lasted: hours up to two days, then days', () => {
    const at = now - 100 * hour
    expect(blockLasted({ block: block(at), endedAt: at + 24 * hour }, now)).toEqual({
      unit: 'hours',
      count: 24,
    })
    expect(blockLasted({ block: block(at), endedAt: at + 20 * 60_000 }, now)).toEqual({
      unit: 'lessThanHour',
      count: 0,
    })
    // Still in force: so far.
    expect(blockLasted({ block: block(at), endedAt: null }, now)).toEqual({
      unit: 'days',
      count: 4,
    })
  })

  it('knows a number whose warm-up started over after a block', () => {
    const warmUp = [...defaultWarmUp]
    const back = { startedOn: '2024-01-15', warmUpFrom: '2026-12-02', warmUp }
    expect(warmingAgain(back, '2026-12-05')).toBe(true)
    // The last step (day 14) reached: warmed up again.
    expect(warmingAgain(back, '2026-12-16')).toBe(false)
    expect(warmingAgain({ ...back, warmUpFrom: '2024-01-15' }, '2026-12-05')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { defaultWarmUp } from '../../../shared/senders'
import { ageInDays, looserWarmUpDays, warmUpAllowance } from './warm-up'

describe('warm-up', () => {
  it.each([
    [0, 20],
    [2, 20],
    [3, 40],
    [8, 80],
    [13, 150],
    [14, 250],
    [400, 250],
  ])('a number %i days old may start %i new chats a day', (age, allowance) => {
    expect(warmUpAllowance(defaultWarmUp, age)).toBe(allowance)
  })

  it('counts age in whole local days', () => {
    const at = Date.UTC(2026, 11, 1, 21, 30) // 00:30 on 2 December in Moscow
    expect(ageInDays('2026-11-30', 'Europe/Moscow', at)).toBe(2)
    expect(ageInDays('2026-11-30', 'UTC', at)).toBe(1)
  })

  it('finds the days a custom table would be looser than the default', () => {
    expect(looserWarmUpDays([{ fromDay: 0, newChatsPerDay: 10 }])).toEqual([])
    expect(
      looserWarmUpDays([
        { fromDay: 0, newChatsPerDay: 30 },
        { fromDay: 3, newChatsPerDay: 40 },
      ]),
    ).toEqual([0, 1, 2])
  })
})

import { DateTime } from 'luxon'
import { defaultWarmUp, type WarmUpStep } from '../../../shared/senders'

/** The last answer for each number's start and zone, and the local day it holds for. */
const lastAges = new Map<string, { from: number; to: number; days: number }>()

/**
 * Whole days since the number began to be used for WhatsApp, in the sender's time zone. The same
 * on every instant of one local day, so the day's answer is kept: the scheduler asks at each
 * decision, and a forecast makes hundreds of them (luxon's zone arithmetic is the slow part).
 */
export function ageInDays(startedOn: string, timeZone: string, at: number): number {
  const key = `${startedOn} ${timeZone}`
  const last = lastAges.get(key)
  if (last !== undefined && at >= last.from && at < last.to) return last.days
  const started = DateTime.fromISO(startedOn, { zone: timeZone }).startOf('day')
  const today = DateTime.fromMillis(at, { zone: timeZone }).startOf('day')
  const days = Math.max(0, Math.round(today.diff(started, 'days').days))
  // Kept only for a day without a clock change: then the day is one unbroken stretch of time. It
  // ends where the next day starts, which is not 24 hours on: where the clock jumps at midnight
  // (Santiago, Havana, Beirut) a day may start at 01:00 and the next one at 00:00.
  const tomorrow = today.plus({ days: 1 }).startOf('day')
  if (today.offset === tomorrow.minus({ milliseconds: 1 }).offset) {
    if (lastAges.size >= 64) lastAges.clear()
    lastAges.set(key, { from: today.toMillis(), to: tomorrow.toMillis(), days })
  }
  return days
}

/** The new-chat allowance a table gives a number of this age. */
export function warmUpAllowance(steps: readonly WarmUpStep[], ageDays: number): number {
  let allowance = steps[0]?.newChatsPerDay ?? 0
  for (const step of steps) if (step.fromDay <= ageDays) allowance = step.newChatsPerDay
  return allowance
}

/** Days (up to a year) on which a custom table would allow more than the default: it may not. */
export function looserWarmUpDays(steps: readonly WarmUpStep[]): number[] {
  const days: number[] = []
  for (let day = 0; day <= 365; day += 1) {
    if (warmUpAllowance(steps, day) > warmUpAllowance(defaultWarmUp, day)) days.push(day)
  }
  return days
}

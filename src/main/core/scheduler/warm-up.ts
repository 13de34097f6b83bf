import { DateTime } from 'luxon'
import { defaultWarmUp, type WarmUpStep } from '../../../shared/senders'

/** Whole days since the number began to be used for WhatsApp, in the sender's time zone. */
export function ageInDays(startedOn: string, timeZone: string, at: number): number {
  const started = DateTime.fromISO(startedOn, { zone: timeZone }).startOf('day')
  const today = DateTime.fromMillis(at, { zone: timeZone }).startOf('day')
  return Math.max(0, Math.round(today.diff(started, 'days').days))
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

import type { Clock } from '../src/main/core/time/clock'

/** A clock that counts the timers armed through it and those that fired: what woke the core. */
export function countingClock(clock: Clock) {
  const counts = { armed: 0, fired: 0 }
  const counted: Clock = {
    now: () => clock.now(),
    setTimeout(callback, delayMs) {
      counts.armed += 1
      return clock.setTimeout(() => {
        counts.fired += 1
        callback()
      }, delayMs)
    },
  }
  return { clock: counted, counts }
}

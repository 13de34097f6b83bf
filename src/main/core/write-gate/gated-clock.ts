import type { Clock } from '../time/clock'
import type { WriteGate } from './write-gate'

/**
 * The clock the core's background writers (the scheduler's ticks, the daily copy, the integrity
 * watch, the update check, the status poller) arm their timers on: a timer that comes due while
 * the gate is closed runs once it opens — deferred, never dropped, and never on the lock. A timer
 * cancelled meanwhile does not run.
 */
export function gatedClock(clock: Clock, gate: WriteGate): Clock {
  return {
    now: () => clock.now(),
    setTimeout(callback, delayMs) {
      let cancelled = false
      const timer = clock.setTimeout(() => {
        gate.defer(() => {
          if (!cancelled) callback()
        })
      }, delayMs)
      return {
        cancel: () => {
          cancelled = true
          timer.cancel()
        },
      }
    },
  }
}

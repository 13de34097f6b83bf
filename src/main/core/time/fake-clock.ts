import type { Clock, TimerHandle } from './clock'

interface PendingTimer {
  id: number
  at: number
  callback: () => void
}

/**
 * A simulated clock: time moves only when `advance` is called, firing due timers in order. Tests
 * use it, and so does the forecast, which runs the scheduler over days in a moment.
 */
export class FakeClock implements Clock {
  private current: number
  private timers: PendingTimer[] = []
  private nextId = 1

  constructor(start: number | Date = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.current = typeof start === 'number' ? start : start.getTime()
  }

  now(): number {
    return this.current
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    // Whole milliseconds, as Date.now gives: the database stores instants as integers.
    const timer = {
      id: this.nextId++,
      at: this.current + Math.max(0, Math.round(delayMs)),
      callback,
    }
    this.timers.push(timer)
    return { cancel: () => (this.timers = this.timers.filter((t) => t.id !== timer.id)) }
  }

  /** Moves time forward, running every timer that falls due, including ones set by callbacks. */
  advance(ms: number): void {
    const end = this.current + Math.round(ms)
    for (;;) {
      const due = this.timers
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t.id !== due.id)
      // A timer overdue after a `jump` fires late, at the present, as a real one would.
      this.current = Math.max(this.current, due.at)
      due.callback()
    }
    this.current = Math.max(this.current, end)
  }

  /**
   * Time passes with the process asleep (a closed lid, a stopped app): nothing fires meanwhile;
   * timers that fell due fire on the next `advance`, late. A negative jump sets the clock back, as
   * a user changing the system time does.
   */
  jump(ms: number): void {
    this.current += Math.round(ms)
  }

  /** When the next timer is due, or null when none is set. */
  nextTimerAt(): number | null {
    return this.timers.reduce<number | null>(
      (soonest, t) => (soonest === null || t.at < soonest ? t.at : soonest),
      null,
    )
  }

  get pendingTimers(): number {
    return this.timers.length
  }
}

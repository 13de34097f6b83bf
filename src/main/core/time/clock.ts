// Time is a parameter: nothing in core calls Date.now() or setTimeout directly, so tests can run
// days of sending in milliseconds with a fake clock.
export interface TimerHandle {
  cancel(): void
}

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  setTimeout(callback: () => void, delayMs: number): TimerHandle
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, delayMs) {
    const timer = setTimeout(callback, Math.max(0, delayMs))
    return { cancel: () => clearTimeout(timer) }
  },
}

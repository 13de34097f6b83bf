import type { Clock } from '../core/time/clock'

/**
 * For end-to-end tests only (the desktop app has no such switch): time that starts at a chosen
 * moment and runs `scale` times faster, so a test sees a 30-second gap in a fraction of a second
 * and a sending window regardless of the hour CI runs at.
 */
export function createScaledClock(options: { startAt: number; scale: number }): Clock {
  const realStart = Date.now()
  return {
    now: () => Math.round(options.startAt + (Date.now() - realStart) * options.scale),
    setTimeout(callback, delayMs) {
      const timer = setTimeout(callback, Math.max(0, delayMs) / options.scale)
      return { cancel: () => clearTimeout(timer) }
    },
  }
}

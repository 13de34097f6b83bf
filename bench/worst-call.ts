import type { Core } from '../src/main/core/create-core'
import { call } from './bench-calls'

/** How often a call is due: the figure is exact to within one interval. */
export const intervalMs = 50

/**
 * While `work` runs, a cheap call (`settings.get`, through `dispatch` as the shells send it) is due
 * every 50 ms; the worst time from when a call was due to its answer. A call is timed from its due
 * time, not from when it could be sent: a timer that cannot fire because the core's thread is busy
 * is the wait the UI would see. Calls are sent one at a time; while one waits, the slots it covers
 * are skipped (their wait would be shorter than its own). A block that starts between two due times
 * is counted from the next one, so the figure may fall short of the block by up to one interval.
 */
export async function worstCallDuring<T>(
  core: Core,
  work: () => Promise<T>,
): Promise<{ value: T; worstCallMs: number; calls: number }> {
  const start = performance.now()
  const state = { done: false }
  const isDone = (): boolean => state.done
  let worst = 0
  let calls = 0
  const probe = (async () => {
    for (let due = start + intervalMs; !isDone();) {
      const wait = due - performance.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      if (isDone()) break
      await call(core, 'settings.get', {})
      const answered = performance.now()
      worst = Math.max(worst, answered - due)
      calls += 1
      // The next slot on the 50 ms grid, never one already behind the answer.
      due = Math.max(
        due + intervalMs,
        start + Math.floor((answered - start) / intervalMs) * intervalMs,
      )
    }
  })()
  let value: T
  try {
    value = await work()
    // The work's end (an import's apply, one synchronous transaction) is followed only by
    // microtasks: a probe timer that came due during it has not fired yet. One macrotask lets it
    // fire and send its call before the probe is told to stop, so that block is counted.
    await new Promise((resolve) => setTimeout(resolve, 0))
  } finally {
    state.done = true
    await probe
  }
  // Read after the probe's last call has been answered and recorded.
  return { value, worstCallMs: Math.round(worst), calls }
}

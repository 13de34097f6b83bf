const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

/** How near to exactly an hour or a day after an earlier message counts as echoing it. */
export const echoToleranceMs = 2_000

/** The spans a rolling limit frees a place after: a message there would repeat an earlier one. */
const echoSpans = [hourMs, dayMs]

/**
 * The earliest instant at or after `at` that is not within `toleranceMs` of exactly one hour or
 * one day after any of `times`. A person's day does not repeat yesterday's to the second; a
 * scheduler that waits for a limit to free up would, unless it steps aside.
 */
export function echoFreeAt(
  times: readonly number[],
  at: number,
  toleranceMs: number = echoToleranceMs,
): number {
  const echoes = times.flatMap((t) => echoSpans.map((span) => t + span)).sort((a, b) => a - b)
  let free = at
  for (const echo of echoes) {
    if (Math.abs(free - echo) <= toleranceMs) free = echo + toleranceMs + 1
  }
  return free
}

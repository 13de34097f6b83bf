/** A source of uniform numbers in [0, 1): Math.random in the app, a seeded one in tests. */
export type Random = () => number

/** Share of gaps drawn as "distracted": a longer pause, as when a person answers the phone. */
const distractedShare = 0.2

/**
 * The pause before the next message, in ms, always inside [minSeconds, maxSeconds]. Like a person,
 * not a metronome and not even noise around one value: most gaps cluster in the lower third
 * (log-normal, skewed), a fifth are longer pauses anywhere in the upper half. Draws outside the
 * range are drawn again rather than clamped, so nothing piles up on the bounds.
 */
export function drawGapMs(random: Random, minSeconds: number, maxSeconds: number): number {
  const span = maxSeconds - minSeconds
  if (span <= 0) return minSeconds * 1000
  for (let attempt = 0; attempt < 32; attempt += 1) {
    const seconds =
      random() < distractedShare
        ? minSeconds + span * (0.5 + 0.5 * random())
        : minSeconds + span * 0.25 * Math.exp(0.6 * normal(random))
    if (seconds >= minSeconds && seconds <= maxSeconds) return Math.round(seconds * 1000)
  }
  return Math.round((minSeconds + span * random()) * 1000)
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = Math.max(random(), Number.EPSILON)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** A small seeded generator (mulberry32) for reproducible simulations. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

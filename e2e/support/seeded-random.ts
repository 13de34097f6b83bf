/** A small seeded generator (mulberry32): a fault run prints its seed so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** The seed from FAULT_SEED (to replay a failure) or a fresh one. */
export function faultSeed(): number {
  const given = process.env.FAULT_SEED
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31)
}

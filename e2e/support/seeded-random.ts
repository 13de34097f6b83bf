// The scheduler's own seeded generator: a fault run prints its seed so a failure can be replayed.
export { seededRandom } from '../../src/main/core/scheduler/pacing'

/** The seed from FAULT_SEED (to replay a failure) or a fresh one. */
export function faultSeed(): number {
  const given = process.env.FAULT_SEED
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31)
}

// What every bench part does: call the core as the renderer would, and time it.
import type { Core } from '../src/main/core/create-core'
import { dispatch } from '../src/main/core/dispatch'

/** One core call through the same dispatch as the renderer's; a refusal fails the bench. */
export async function call<T = unknown>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

const tenths = (ms: number): number => Math.round(ms * 10) / 10

/** The work's value and how long it took, in milliseconds to a tenth. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await work()
  return { value, ms: tenths(performance.now() - start) }
}

/** The work run `runs` times, one after another: each time in milliseconds, fastest first. */
export async function timesOf(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) times.push((await timed(work)).ms)
  return times.sort((a, b) => a - b)
}

/** The p-th percentile of times sorted fastest first; -1 when nothing was measured. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? -1

/** What a bench part measured: figures named with their unit, and the sizes they were measured at. */
export interface PartResult {
  figures: Record<string, number>
  sizes: Record<string, number>
}

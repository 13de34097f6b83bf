// How each figure moved since the last saved run that measured it, so a slowdown shows in review.
import type { Figures, RunRecord } from './run-record'

export interface FigureChange {
  previous: number
  now: number
  /** (now − previous) / previous, in percent; null when the previous value was 0. */
  changePercent: number | null
  /** The change is for the worse by more than the noise margin. */
  worse: boolean
  /** The saved run it is compared with. */
  since: string
}

/** Runs on a busy machine jitter by a few percent; only a bigger move is called worse. */
const noisePercent = 10

/** Rates are better higher; times, sizes, memory, CPU and ratios are better lower. */
export const higherIsBetter = (name: string): boolean => name.endsWith('PerSecond')

/** Measured at the same sizes wherever both runs say (a 1 000-row run is no baseline for 100 000). */
const sameSizes = (a: Figures, b: Figures): boolean =>
  Object.entries(a).every(([name, value]) => !(name in b) || b[name] === value)

export function figureChanges(
  run: { figures: Figures; sizes: Figures },
  earlier: readonly { file: string; record: RunRecord }[],
): Record<string, FigureChange> {
  const changes: Record<string, FigureChange> = {}
  const comparable = earlier.filter(({ record }) => sameSizes(run.sizes, record.sizes))
  for (const [name, now] of Object.entries(run.figures)) {
    const last = [...comparable].reverse().find(({ record }) => name in record.figures)
    const previous = last?.record.figures[name]
    if (last === undefined || previous === undefined) continue
    const changePercent =
      previous === 0 ? null : Math.round(((now - previous) / Math.abs(previous)) * 1000) / 10
    const worseBy =
      changePercent === null ? 0 : higherIsBetter(name) ? -changePercent : changePercent
    changes[name] = {
      previous,
      now,
      changePercent,
      worse: worseBy > noisePercent,
      since: last.file,
    }
  }
  return changes
}

/** One line per figure for the terminal: the previous value, the new one and the change. */
export function changeLines(figures: Figures, changes: Record<string, FigureChange>): string[] {
  const width = Math.max(...Object.keys(figures).map((name) => name.length))
  return Object.entries(figures).map(([name, now]) => {
    const change = changes[name]
    const label = name.padEnd(width)
    if (!change) return `${label}  ${String(now)}  (no earlier run at these sizes)`
    const percent =
      change.changePercent === null
        ? 'n/a'
        : `${change.changePercent > 0 ? '+' : ''}${String(change.changePercent)}%`
    return `${label}  ${String(change.previous)} → ${String(now)}  ${percent}${change.worse ? '  WORSE' : ''}`
  })
}

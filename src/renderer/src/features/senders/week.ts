// Days of the week in the user's language, Monday first (ISO 1 … 7).

/** A Monday, so that day n of the week is this date plus n − 1. */
const monday = Date.UTC(2024, 0, 1)

export function weekdayNames(language: string, width: 'short' | 'long' = 'short'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' })
  return Array.from({ length: 7 }, (_, i) => format.format(monday + i * 86_400_000))
}

/**
 * The days as few words as possible: runs of three or more become "Mon–Sat", the rest are
 * listed; `everyDay` when all seven are in.
 */
export function daysSummary(days: readonly number[], language: string, everyDay: string): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b)
  if (sorted.length === 7) return everyDay
  const names = weekdayNames(language)
  const name = (day: number) => names[day - 1] ?? ''
  const runs: number[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  return runs
    .flatMap((run) => {
      const first = run[0] ?? 1
      const last = run.at(-1) ?? first
      return run.length >= 3 ? [`${name(first)}–${name(last)}`] : run.map(name)
    })
    .join(', ')
}

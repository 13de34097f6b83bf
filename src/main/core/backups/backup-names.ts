const dayMs = 24 * 60 * 60 * 1000

/** The copy taken at `at` (whole seconds: the name is the moment). */
export function backupNameAt(at: number): string {
  const iso = new Date(at).toISOString() // 2026-01-05T09:00:00.000Z
  return `rupor-${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '-')}Z.db`
}

/** The UTC day a moment falls on, "2026-01-05": one automatic copy a day. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10)
}

/** The next UTC midnight after `at`, when the next day's copy is due. */
export function nextDayStart(at: number): number {
  return (Math.floor(at / dayMs) + 1) * dayMs
}

/**
 * A copy is written under this name and renamed to its own only when complete, so a copy cut
 * short by a crash or a full disk never counts as one.
 */
export const partialSuffix = '.partial'

import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const dayMs = 24 * 60 * 60 * 1000

/** How long the database kept aside by a restore or an upgrade stays in the data folder. */
export const oldCopiesKeptMs = 30 * dayMs

// before-restore-2026-12-02T09-00-00-000Z.db (restore-plan.ts) and
// rupor.db.v30-before-v70.2026-12-02T09-00-00-000Z.bak (open-database.ts): the moment in the name.
const kinds = [
  { kind: 'before-restore', pattern: /^before-restore-(.+)\.db$/ },
  { kind: 'pre-upgrade', pattern: /^rupor\.db\.v\d+-before-v\d+\.(.+)\.bak$/ },
] as const
const stampPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/
const sidecars = ['-wal', '-shm']

function atOf(stamp: string): number | undefined {
  const match = stampPattern.exec(stamp)
  if (!match) return undefined
  const [, day, hours, minutes, seconds, ms] = match
  const at = Date.parse(
    `${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}.${ms ?? ''}Z`,
  )
  return Number.isNaN(at) ? undefined : at
}

/**
 * Which databases kept aside by a restore (`before-restore-*.db`) or an upgrade
 * (`rupor.db.vN-before-vM.*.bak`) to delete at `now`: those older than 30 days, except the newest
 * of each kind, with their -wal/-shm. Any other file, or a name whose moment cannot be read, is
 * never named.
 */
export function oldCopiesToDelete(
  names: readonly string[],
  now: number,
  keptMs = oldCopiesKeptMs,
): string[] {
  const present = new Set(names)
  const doomed: string[] = []
  for (const { pattern } of kinds) {
    const copies = names
      .flatMap((name) => {
        const stamp = pattern.exec(name)?.[1]
        const at = stamp === undefined ? undefined : atOf(stamp)
        return at === undefined ? [] : [{ name, at }]
      })
      .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name))
    for (const copy of copies.slice(1)) {
      if (now - copy.at <= keptMs) continue
      doomed.push(copy.name)
      for (const suffix of sidecars) {
        if (present.has(`${copy.name}${suffix}`)) doomed.push(`${copy.name}${suffix}`)
      }
    }
  }
  return doomed
}

/** Deletes the data folder's old kept-aside databases (see `oldCopiesToDelete`); returns their names. */
export function pruneOldCopies(dataDir: string, now: number): string[] {
  let names: string[]
  try {
    names = readdirSync(dataDir)
  } catch {
    return []
  }
  const doomed = oldCopiesToDelete(names, now)
  for (const name of doomed) rmSync(join(dataDir, name), { force: true })
  return doomed
}

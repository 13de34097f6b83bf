import { takenAtOf } from '../../../shared/backups'
import { dayOf } from './backup-names'

/**
 * Which copies to delete so that the newest copy of each of the last `kept` days remains: an
 * extra copy taken on the same day ("Back up now") replaces that day's earlier one. Files that
 * are not copies are never named.
 */
export function copiesToDelete(names: readonly string[], kept: number): string[] {
  const newestFirst = names
    .map((name) => ({ name, at: takenAtOf(name) }))
    .filter((copy): copy is { name: string; at: number } => copy.at !== undefined)
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name))
  const days = new Set<string>()
  const doomed: string[] = []
  for (const copy of newestFirst) {
    const day = dayOf(copy.at)
    if (days.has(day) || days.size >= kept) doomed.push(copy.name)
    else days.add(day)
  }
  return doomed
}

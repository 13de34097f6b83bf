import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { takenAtOf } from '../../../../shared/backups'
import { inspectCopy } from '../../backups/inspect-copy'
import { hasSidecars, removeWithSidecars } from './file-moves'

/** A daily copy that passed the checks a restore makes. */
export interface GoodCopy {
  name: string
  file: string
  /** When it was taken (ms since the epoch). */
  takenAt: number
}

/** Where the daily copies of a data folder are. */
export const backupsFolderOf = (dataDir: string): string => join(dataDir, 'backups')

/**
 * The newest daily copy in `<dataDir>/backups` that passes the checks (SQLite's integrity check,
 * a Rupor database, not from a newer Rupor), going to older ones when a newer one fails them.
 */
export function newestGoodCopy(dataDir: string, nativeBinding?: string): GoodCopy | undefined {
  const folder = backupsFolderOf(dataDir)
  if (!existsSync(folder)) return undefined
  const copies = readdirSync(folder)
    .flatMap((name) => {
      const takenAt = takenAtOf(name)
      return takenAt === undefined ? [] : [{ name, file: join(folder, name), takenAt }]
    })
    .sort((a, b) => b.takenAt - a.takenAt)
  return copies.find((copy) => passesChecks(copy.file, nativeBinding))
}

/**
 * Runs `use` on a copy's own file alone. A copy with a WAL left beside it would have that WAL
 * replayed into it when opened, so such a copy is looked at through a copy of its main file,
 * which is also all a restore takes of it.
 */
export function withCopyAlone<T>(file: string, use: (file: string) => T): T {
  if (!hasSidecars(file)) return use(file)
  const alone = `${file}.alone`
  removeWithSidecars(alone)
  try {
    copyFileSync(file, alone)
    return use(alone)
  } finally {
    removeWithSidecars(alone)
  }
}

function passesChecks(file: string, nativeBinding?: string): boolean {
  return withCopyAlone(file, (alone) => {
    try {
      inspectCopy(alone, nativeBinding)
      return true
    } catch {
      return false
    }
  })
}

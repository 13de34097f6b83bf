import { copyFileSync, readdirSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { takenAtOf, type BackupLocation } from '../../../../shared/backups'
import { backupMirrorFileOf, readBackupMirror } from '../../backups/backup-mirror'
import { inspectCopy } from '../../backups/inspect-copy'
import { hasSidecars, removeWithSidecars } from './file-moves'

/** A folder of daily copies: the data folder's own, or the second one the owner chose. */
export interface CopyFolder {
  location: BackupLocation
  folder: string
}

/** A daily copy that passed the checks a restore makes. */
export interface GoodCopy extends CopyFolder {
  name: string
  file: string
  /** When it was taken (ms since the epoch). */
  takenAt: number
}

/** Where the daily copies of a data folder are. */
export const backupsFolderOf = (dataDir: string): string => join(dataDir, 'backups')

/**
 * The folders a damaged database's copies may be in: `<dataDir>/backups`, and the second folder
 * when one is set in `backup-mirror.json` (a damaged setting file reads as none).
 */
export function copyFolders(dataDir: string): CopyFolder[] {
  const mirror = readBackupMirror(backupMirrorFileOf(dataDir))
  return [
    { location: 'main', folder: backupsFolderOf(dataDir) },
    ...(mirror && isAbsolute(mirror.folder)
      ? [{ location: 'mirror' as const, folder: mirror.folder }]
      : []),
  ]
}

/** The copies in one folder by their names; none when it is not there (a stick that is out). */
function copiesIn({ location, folder }: CopyFolder): GoodCopy[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const takenAt = takenAtOf(name)
    return takenAt === undefined
      ? []
      : [{ location, folder, name, file: join(folder, name), takenAt }]
  })
}

/**
 * The newest daily copy, in `<dataDir>/backups` or the second folder, that passes the checks
 * (SQLite's integrity check, a Rupor database, not from a newer Rupor), going to older ones when
 * a newer one fails them. Of two copies taken at the same moment, the main folder's is tried first.
 */
export function newestGoodCopy(dataDir: string, nativeBinding?: string): GoodCopy | undefined {
  const copies = copyFolders(dataDir)
    .flatMap(copiesIn)
    // A stable sort: the main folder's copy stays ahead of the same copy in the second folder.
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
  try {
    return withCopyAlone(file, (alone) => {
      inspectCopy(alone, nativeBinding)
      return true
    })
  } catch {
    // Fails the checks, or cannot even be read (a stick pulled out while it was looked at).
    return false
  }
}

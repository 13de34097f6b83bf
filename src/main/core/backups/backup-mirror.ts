import { randomBytes } from 'node:crypto'
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { isAbsolute, join, resolve, sep } from 'node:path'
import {
  takenAtOf,
  type Backup,
  type BackupMirror,
  type MirrorProblem,
} from '../../../shared/backups'
import { invalidInput } from '../errors'
import { storageProblemOf } from '../db/storage-problem'
import { partialSuffix } from './backup-names'
import { copiesToDelete } from './retention'

/**
 * Why `folder` cannot take copies, or undefined when it can: a full path to a folder that exists
 * (never created here: a removed USB stick leaves an empty mount point that must not fill up the
 * system disk), that a file can be written to, and that is not the data folder or its backups.
 */
export function mirrorFolderProblem(
  folder: string,
  own: { dataDir: string; mainFolder: string },
): MirrorProblem | undefined {
  if (!isAbsolute(folder)) return 'not_absolute'
  let real: string
  try {
    if (!statSync(folder).isDirectory()) return 'not_a_folder'
    real = realpathSync(folder)
  } catch {
    return 'not_found'
  }
  const same = (other: string) => {
    try {
      return realpathSync(other) === real
    } catch {
      return resolve(other) === real
    }
  }
  if (same(own.mainFolder) || same(own.dataDir)) return 'same_as_main'
  // A stick is mounted in a folder of its own on macOS and Linux; "/" is the system disk itself.
  // (On Windows "E:\\" is the stick's own root: allowed.)
  if (sep === '/' && real === '/') return 'system_folder'
  // access(W_OK) says yes on Windows for folders it will refuse; a real write says it truly.
  const probe = join(folder, `.rupor-write-test-${randomBytes(4).toString('hex')}`)
  try {
    writeFileSync(probe, 'Rupor checks this folder can be written to')
    return undefined
  } catch (error) {
    return storageProblemOf(error) === 'disk_full' ? 'disk_full' : 'not_writable'
  } finally {
    rmSync(probe, { force: true })
  }
}

/** What a failed copy to the second folder was, in the words the owner is shown. */
function problemOf(error: unknown): MirrorProblem {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
  if (code === 'ENOENT') return 'not_found'
  if (code === 'ENOTDIR') return 'not_a_folder'
  const storage = storageProblemOf(error)
  if (storage === 'disk_full') return 'disk_full'
  if (storage === 'read_only') return 'not_writable'
  return 'write_failed'
}

const emptyState = (folder: string): BackupMirror => ({
  folder,
  lastSuccess: null,
  lastFailure: null,
})

/** Where the second folder's setting is kept: a file of the data folder. */
export const backupMirrorFileOf = (dataDir: string): string => join(dataDir, 'backup-mirror.json')

/**
 * The second folder's setting as saved in `file`; null when it was never set or the file is
 * damaged. Also read without a running core, by the recovery of a damaged database.
 */
export function readBackupMirror(file: string): BackupMirror | null {
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (typeof raw !== 'object' || raw === null || !('folder' in raw)) return null
    if (typeof raw.folder !== 'string') return null
    const state = emptyState(raw.folder)
    if ('lastSuccess' in raw && isRecord(raw.lastSuccess)) {
      const { at, name } = raw.lastSuccess
      if (typeof at === 'number' && typeof name === 'string') state.lastSuccess = { at, name }
    }
    if ('lastFailure' in raw && isRecord(raw.lastFailure)) {
      const { at, problem } = raw.lastFailure
      if (typeof at === 'number' && typeof problem === 'string') {
        state.lastFailure = { at, problem: problem as MirrorProblem }
      }
    }
    return state
  } catch {
    // Never set, or a damaged file: no second folder (the owner sees none and can set it again).
    return null
  }
}

/**
 * The second backup folder. Its setting lives in a file of the data folder, not in the database:
 * it belongs to this computer, and a restore must not change it.
 */
export function createBackupMirror(options: {
  /** `<dataDir>/backup-mirror.json` (backupMirrorFileOf) */
  file: string
  dataDir: string
  mainFolder: string
  now: () => number
  kept: number
  log?: (error: unknown) => void
}) {
  const { file, kept, log = console.error } = options

  const read = (): BackupMirror | null => readBackupMirror(file)

  function save(state: BackupMirror | null): void {
    if (state === null) {
      rmSync(file, { force: true })
      return
    }
    const partial = `${file}${partialSuffix}`
    writeFileSync(partial, JSON.stringify(state))
    renameSync(partial, file)
  }

  return {
    state: read,

    /** Sets the folder (checked first: a refused one changes nothing), or stops with null. */
    setFolder(folder: string | null): BackupMirror | null {
      if (folder === null) {
        save(null)
        return null
      }
      const problem = mirrorFolderProblem(folder, options)
      if (problem) {
        throw invalidInput('This folder cannot take the copies.', [
          { path: 'folder', message: problem },
        ])
      }
      const current = read()
      const state = current?.folder === folder ? current : emptyState(folder)
      save(state)
      return state
    },

    /** The copies in the second folder, if it is there. */
    list(): Backup[] {
      const state = read()
      if (!state) return []
      try {
        return readdirSync(state.folder).flatMap((name) => {
          const takenAt = takenAtOf(name)
          return takenAt === undefined
            ? []
            : [
                {
                  name,
                  takenAt,
                  bytes: statSync(join(state.folder, name)).size,
                  location: 'mirror' as const,
                },
              ]
        })
      } catch {
        return []
      }
    },

    folder: (): string | undefined => read()?.folder,

    /**
     * Writes the new copy to the second folder as well, with the same checks (a `.partial` name,
     * renamed when whole; the same retention). Never throws: a missing or full folder is recorded
     * for the owner to see, and the main copy stands.
     */
    async write(source: string, name: string): Promise<void> {
      const state = read()
      if (!state) return
      const at = options.now()
      const target = join(state.folder, name)
      const partial = `${target}${partialSuffix}`
      try {
        if (!existsSync(state.folder)) {
          throw Object.assign(new Error(`${state.folder} is not there`), { code: 'ENOENT' })
        }
        await copyFile(source, partial)
        renameSync(partial, target)
        for (const doomed of copiesToDelete(readdirSync(state.folder), kept)) {
          rmSync(join(state.folder, doomed), { force: true })
        }
        save({ ...state, lastSuccess: { at, name }, lastFailure: null })
      } catch (error) {
        try {
          rmSync(partial, { force: true })
        } catch {
          // The folder is gone altogether: nothing was left there.
        }
        const problem = problemOf(error)
        // A stick that is out or full is the owner's to see in Settings, not a fault to log.
        if (problem === 'write_failed') log(error)
        save({ ...state, lastFailure: { at, problem } })
      }
    },

    /** Copies cut short by a crash in the second folder: removed at start-up, if it is there. */
    clearPartials(): void {
      const folder = read()?.folder
      if (!folder) return
      try {
        for (const entry of readdirSync(folder)) {
          if (takenAtOf(entry.slice(0, -partialSuffix.length)) !== undefined) {
            if (entry.endsWith(partialSuffix)) rmSync(join(folder, entry), { force: true })
          }
        }
      } catch {
        // Not there now (the stick is out): nothing to clear.
      }
    },
  }
}
export type BackupMirrorService = ReturnType<typeof createBackupMirror>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

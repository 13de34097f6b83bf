import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { backupsKept, takenAtOf, type Backup, type BackupLocation } from '../../../shared/backups'
import type { CheckOutcome } from '../db/background-check'
import { databaseDamaged } from '../errors'
import type { Clock, TimerHandle } from '../time/clock'
import { backupNameAt, dayOf, nextDayStart, partialSuffix } from './backup-names'
import type { BackupMirrorService } from './backup-mirror'
import { copiesToDelete } from './retention'

export interface BackupServiceOptions {
  db: Database
  clock: Clock
  /** `<dataDir>/backups` */
  folder: string
  kept?: number
  /**
   * Writes a consistent copy of the open database to `file`. SQLite's online backup, a few pages
   * per turn of the event loop, so sends go on meanwhile; a seam for the crash test.
   */
  copy?: (file: string) => Promise<unknown>
  /** The second folder each copy is also written to, if the owner chose one. */
  mirror?: BackupMirrorService
  /** Removes old databases kept aside by restores and upgrades: at start-up and with each copy. */
  pruneOld?: () => void
  /** A new copy is in place (after the old ones were pruned). */
  onCreated?: (backup: Backup) => void
  /**
   * SQLite's quick_check on a new copy, off the core's thread (db/background-check.ts): no old copy
   * is deleted for a new one that is damaged or unchecked, so silent damage never rotates the last
   * good copy away. Without it (unit tests) every copy counts as whole.
   */
  checkCopy?: (file: string) => Promise<CheckOutcome>
  /** A new copy was found damaged: the database it came from is checked too. */
  onCopyDamaged?: (problems: readonly string[]) => void
  /** Resolves once a check of the database under way has answered: no copy is taken before. */
  databaseChecked?: () => Promise<void>
  /** The database is known damaged: no copy is taken, nor a copy in flight kept. */
  damaged?: () => boolean
  log?: (error: unknown) => void
}

/** One copy of the database a day (and on request), the last `kept` days kept. */
export function createBackupService(options: BackupServiceOptions) {
  const { db, clock, folder, kept = backupsKept, log = console.error } = options
  const copy = options.copy ?? ((file: string) => db.backup(file))
  let running: Promise<Backup> | undefined
  let timer: TimerHandle | undefined

  function mainCopies(): Backup[] {
    if (!existsSync(folder)) return []
    return readdirSync(folder).flatMap((name) => {
      const takenAt = takenAtOf(name)
      return takenAt === undefined
        ? []
        : [{ name, takenAt, bytes: statSync(join(folder, name)).size, location: 'main' as const }]
    })
  }

  /** Both folders' copies, newest first (the data folder's first of two taken at once). */
  function list(): Backup[] {
    return [...mainCopies(), ...(options.mirror?.list() ?? [])].sort(
      (a, b) => b.takenAt - a.takenAt || a.location.localeCompare(b.location),
    )
  }

  /** The file of a listed copy, or undefined when there is no such copy there. */
  function fileOf(name: string, location: BackupLocation): string | undefined {
    const listed = list().some((backup) => backup.name === name && backup.location === location)
    if (!listed) return undefined
    const where = location === 'main' ? folder : options.mirror?.folder()
    return where === undefined ? undefined : join(where, name)
  }

  /** The copy's check: whole, damaged, or not run (then the copy stays but pushes none out). */
  async function checked(partial: string): Promise<CheckOutcome> {
    if (!options.checkCopy) return { kind: 'whole' }
    try {
      return await options.checkCopy(partial)
    } finally {
      // The check's read-only connection leaves an empty log beside the copy.
      rmSync(`${partial}-wal`, { force: true })
      rmSync(`${partial}-shm`, { force: true })
    }
  }

  async function write(): Promise<Backup> {
    // A file being checked is copied once it is known whole, a damaged one never.
    await options.databaseChecked?.()
    if (options.damaged?.()) throw databaseDamaged()
    mkdirSync(folder, { recursive: true })
    const takenAt = clock.now()
    const name = backupNameAt(takenAt)
    const file = join(folder, name)
    const partial = `${file}${partialSuffix}`
    let verdict: CheckOutcome
    try {
      await copy(partial)
      verdict = await checked(partial)
      if (verdict.kind === 'damaged') {
        options.onCopyDamaged?.(verdict.problems)
        throw databaseDamaged()
      }
      // Damage found while the copy was written: the copy is dropped, the old ones stay.
      if (options.damaged?.()) throw databaseDamaged()
      renameSync(partial, file)
    } catch (error) {
      rmSync(partial, { force: true })
      throw error
    }
    // Only now, with a new copy in place and checked whole, may old ones go.
    if (verdict.kind === 'whole') {
      for (const doomed of copiesToDelete(readdirSync(folder), kept)) {
        rmSync(join(folder, doomed), { force: true })
      }
    } else {
      log(`The new copy ${name} could not be checked (${verdict.reason}): no older copy deleted`)
    }
    // The second folder's copy may fail (the stick is out): it is recorded, the main one stands.
    await options.mirror?.write(file, name)
    prune()
    const backup = {
      name,
      takenAt: takenAtOf(name) ?? takenAt,
      bytes: statSync(file).size,
      location: 'main' as const,
    }
    options.onCreated?.(backup)
    return backup
  }

  /** One copy at a time: asked while one is being written, it waits for that one, then writes. */
  function create(): Promise<Backup> {
    const next = (running ?? Promise.resolve()).catch(() => undefined).then(write)
    running = next
    const settle = () => {
      if (running === next) running = undefined
    }
    next.then(settle, settle)
    return next
  }

  function dailyCopy(): void {
    const today = dayOf(clock.now())
    if (!running && !list().some((backup) => dayOf(backup.takenAt) === today)) {
      create().catch(log)
    }
    timer = clock.setTimeout(dailyCopy, nextDayStart(clock.now()) - clock.now())
  }

  function prune(): void {
    try {
      options.pruneOld?.()
    } catch (error) {
      log(error)
    }
  }

  return {
    folder,
    list,
    fileOf,
    create,
    /** Makes today's copy if it is missing, then one each day; returns the function that stops it. */
    start(): () => void {
      // Copies cut short by a crash: never counted, and not left to fill the disk.
      if (existsSync(folder)) {
        for (const name of readdirSync(folder)) {
          if (name.endsWith(partialSuffix)) rmSync(join(folder, name), { force: true })
        }
      }
      options.mirror?.clearPartials()
      prune()
      dailyCopy()
      return () => {
        timer?.cancel()
        timer = undefined
      }
    },
    /** Resolves when no copy is being written (whether it succeeded or not). */
    async idle(): Promise<void> {
      while (running) await running.catch(() => undefined)
    },
  }
}
export type BackupService = ReturnType<typeof createBackupService>

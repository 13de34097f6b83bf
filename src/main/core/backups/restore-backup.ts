import { join } from 'node:path'
import type { RestoreOutcome } from '../../../shared/backups'
import { CoreError, notFound } from '../errors'
import type { BackupService } from './backup-service'
import { planRestore, type FileSwap } from './restore-plan'

/**
 * Closes the core, runs the swap, and opens the core again on the file now in place; if that
 * fails, `undo` and open the old file. The shell's core holder does it (restorable-core.ts).
 */
export type Reopen = (swap: FileSwap) => void

export interface RestoreDeps {
  backups: BackupService
  databaseFile: string
  now: () => number
  nativeBinding?: string
  /** An import is being applied: it holds the database across turns of the event loop. */
  importing: () => boolean
  /** Pauses every running or scheduled campaign of the database in use. */
  pauseCampaigns: () => void
  /** Resolves when no message or copy is in flight. */
  settled: () => Promise<void>
  reopen: Reopen | undefined
}

/**
 * Puts a daily copy in place of the database: the copy is checked and readied first (a refused
 * one changes nothing), then the campaigns running now are paused and what is in flight is let
 * finish, and the current file is kept aside while the core is reopened on the copy.
 */
export async function restoreBackup(name: string, deps: RestoreDeps): Promise<RestoreOutcome> {
  const { reopen } = deps
  if (!reopen) {
    throw new CoreError('wrong_state', 'This shell cannot reopen the database.', undefined, {
      state: 'not_reopenable',
    })
  }
  if (deps.importing()) {
    throw new CoreError('wrong_state', 'Wait for the import to finish, then restore.', undefined, {
      state: 'importing',
    })
  }
  if (!deps.backups.list().some((backup) => backup.name === name)) {
    throw notFound(`There is no copy called ${name}.`)
  }
  // Checked and readied before anything changes: a refused copy leaves everything as it was.
  const plan = planRestore({
    copyFile: join(deps.backups.folder, name),
    databaseFile: deps.databaseFile,
    now: deps.now(),
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
  })
  deps.pauseCampaigns()
  await deps.settled()
  reopen(plan)
  return { restored: name, keptAs: plan.keptAs }
}

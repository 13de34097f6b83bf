import type { BackupLocation, CarriedForward, RestoreOutcome } from '../../../shared/backups'
import { CoreError, notFound } from '../errors'
import type { BackupService } from './backup-service'
import { carryForward } from './carry-forward'
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
  /** A list build is in flight: its worker would write into the file swapped out. */
  buildingLists?: () => boolean
  /** Pauses every running or scheduled campaign of the database in use. */
  pauseCampaigns: () => void
  /** Resolves when no message or copy is in flight. */
  settled: () => Promise<void>
  reopen: Reopen | undefined
}

/**
 * Puts a daily copy in place of the database: the copy is checked and readied first (a refused
 * one changes nothing), then the campaigns running now are paused and what is in flight is let
 * finish; what protects people and the number is carried from the database in use into the copy
 * (carry-forward.ts), and the current file is kept aside while the core is reopened on the copy.
 */
export async function restoreBackup(
  name: string,
  location: BackupLocation,
  deps: RestoreDeps,
): Promise<RestoreOutcome> {
  const { reopen } = deps
  if (!reopen) {
    throw new CoreError('wrong_state', 'This shell cannot reopen the database.', undefined, {
      state: 'not_reopenable',
    })
  }
  refuseWhileBusy(deps)
  const copyFile = deps.backups.fileOf(name, location)
  if (copyFile === undefined) throw notFound(`There is no copy called ${name}.`)
  // Checked and readied before anything changes: a refused copy leaves everything as it was.
  const plan = planRestore({
    copyFile,
    databaseFile: deps.databaseFile,
    now: deps.now(),
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
  })
  deps.pauseCampaigns()
  await deps.settled()
  // An import (or a build) may have started while a send or a daily copy ended: its worker holds
  // the file.
  try {
    refuseWhileBusy(deps)
  } catch (error) {
    plan.discard()
    throw error
  }
  // Nothing runs between here and the swap (no await): what is carried is all there is.
  let carried: CarriedForward
  try {
    carried = carryForward({
      from: deps.databaseFile,
      into: plan.candidate,
      now: deps.now(),
      ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
    })
  } catch (error) {
    plan.discard()
    throw error
  }
  reopen(plan)
  return { restored: name, keptAs: plan.keptAs, carried }
}

/** An import or a list build holds the database: the restore is refused, nothing changed. */
function refuseWhileBusy(deps: RestoreDeps): void {
  if (deps.importing()) {
    throw new CoreError('wrong_state', 'Wait for the import to finish, then restore.', undefined, {
      state: 'importing',
    })
  }
  if (deps.buildingLists?.()) {
    throw new CoreError('wrong_state', 'Wait for the list to be built, then restore.', undefined, {
      state: 'building_lists',
    })
  }
}

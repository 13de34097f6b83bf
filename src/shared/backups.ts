// Automatic daily copies of the database, restoring one, and exporting everything as a zip.
import { z } from 'zod'
import { backupNamePattern, backupRefusals, takenAtOf, type BackupRefusal } from './backup-names'

export { backupNamePattern, backupRefusals, takenAtOf, type BackupRefusal }

/** How many daily copies are kept; older ones are deleted after a good new one is written. */
export const backupsKept = 7

/** Where a copy is: the data folder's backups folder, or the second folder the owner chose. */
export const backupLocations = ['main', 'mirror'] as const
export type BackupLocation = (typeof backupLocations)[number]

export interface Backup {
  name: string
  /** When the copy was taken (ms since the epoch). */
  takenAt: number
  bytes: number
  location: BackupLocation
}

/**
 * Why the second folder cannot take copies: not a full path, not there (a USB stick removed), not
 * a folder, cannot be written, the data folder or its backups folder, or the system's root. The same words answer a
 * folder the owner enters (`invalid_input`, issue path `folder`) and a daily copy that failed.
 */
export const mirrorProblems = [
  'not_absolute',
  'not_found',
  'not_a_folder',
  'not_writable',
  'same_as_main',
  'system_folder',
  'disk_full',
  'write_failed',
] as const
export type MirrorProblem = (typeof mirrorProblems)[number]

/** The second folder where each copy is also written, and how the last attempt went. */
export interface BackupMirror {
  folder: string
  /** The last copy written there whole. */
  lastSuccess: { at: number; name: string } | null
  /** The last copy that could not be written there (cleared by a later success). */
  lastFailure: { at: number; problem: MirrorProblem } | null
}

export interface BackupsOverview {
  /** The folder the copies are in, for the owner to find. */
  folder: string
  /** Newest first, both folders' copies (a copy in both is listed once for each). */
  backups: Backup[]
  kept: number
  /** The second folder, if the owner chose one. */
  mirror: BackupMirror | null
  /** Whether this shell can show a folder picker (the desktop app); the path can always be typed. */
  canChooseFolder: boolean
}

export const backupRestoreSchema = z
  .object({
    name: z.string().regex(backupNamePattern),
    location: z.enum(backupLocations).default('main'),
  })
  .strict()

/** A full path to the second folder, or null to stop copying there. */
export const backupMirrorSchema = z
  .object({ folder: z.string().trim().min(1).max(4096).nullable() })
  .strict()

export interface RestoreOutcome {
  /** The copy now in use. */
  restored: string
  /** Where the database as it was just before the restore was kept. */
  keptAs: string
  /** What was kept from the data in use, which protects people and the number. */
  carried: CarriedForward
}

/** Counts of what a restore carried forward from the data in use into the restored copy. */
export interface CarriedForward {
  /** Numbers that opted out after the copy: on the list again. */
  optOuts: number
  /** Numbers whose confirmed re-subscription came after the copy: off the list again. */
  resubscriptions: number
  /** Contacts whose consent withdrawal came after the copy. */
  withdrawals: number
  /** Rows of the record of sent messages (the limits count them). */
  sends: number
  /** Campaign items marked sent (or uncertain), so resuming never messages them twice. */
  items: number
  /** Records of the block history. */
  blocks: number
}

/** A binary file to save (the zip of everything), base64 so it crosses IPC and HTTP as JSON. */
export interface BinaryDownload {
  fileName: string
  mimeType: string
  base64: string
}

// Automatic daily copies of the database, restoring one, and exporting everything as a zip.
import { z } from 'zod'

/** How many daily copies are kept; older ones are deleted after a good new one is written. */
export const backupsKept = 7

/** A copy's file name: `rupor-2026-01-05T09-00-00Z.db`, the moment it was taken, in UTC. */
export const backupNamePattern = /^rupor-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.db$/

/** When a copy was taken, read back from its name; undefined for any other file. */
export function takenAtOf(name: string): number | undefined {
  const match = backupNamePattern.exec(name)
  if (!match) return undefined
  const [, day, hours, minutes, seconds] = match
  const at = Date.parse(`${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}Z`)
  return Number.isNaN(at) ? undefined : at
}

export interface Backup {
  name: string
  /** When the copy was taken (ms since the epoch). */
  takenAt: number
  bytes: number
}

export interface BackupsOverview {
  /** The folder the copies are in, for the owner to find. */
  folder: string
  /** Newest first. */
  backups: Backup[]
  kept: number
}

export const backupRestoreSchema = z.object({ name: z.string().regex(backupNamePattern) }).strict()

export interface RestoreOutcome {
  /** The copy now in use. */
  restored: string
  /** Where the database as it was just before the restore was kept. */
  keptAs: string
}

/**
 * Why a copy was refused for a restore (`file_problem` with `details.problem`): damaged, not a
 * Rupor database, or written by a newer Rupor than this one.
 */
export const backupRefusals = ['backup_damaged', 'backup_foreign', 'backup_too_new'] as const
export type BackupRefusal = (typeof backupRefusals)[number]

/** A binary file to save (the zip of everything), base64 so it crosses IPC and HTTP as JSON. */
export interface BinaryDownload {
  fileName: string
  mimeType: string
  base64: string
}

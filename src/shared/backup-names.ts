// What a copy's name and a refused restore say, without zod: the renderer's first screen (the
// restored-copy notice) needs these, not backups.ts's schemas, which re-exports them.
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

/**
 * Why a copy was refused for a restore (`file_problem` with `details.problem`): damaged, not a
 * Rupor database, or written by a newer Rupor than this one.
 */
export const backupRefusals = ['backup_damaged', 'backup_foreign', 'backup_too_new'] as const
export type BackupRefusal = (typeof backupRefusals)[number]

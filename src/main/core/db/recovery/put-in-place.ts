import { join } from 'node:path'
import { databaseFileName } from '../../create-core'
import { damagedCopyName, moveWithSidecars } from './file-moves'

export const databaseFileOf = (dataDir: string): string => join(dataDir, databaseFileName)

/**
 * Moves the damaged database aside with its sidecars (so no stale WAL stays at its place), then
 * renames the readied candidate, whole and closed, to the database's name. Returns where the
 * damaged file went.
 */
export function replaceDamaged(databaseFile: string, candidate: string, now: number): string {
  const keptAs = damagedCopyName(databaseFile, now)
  moveWithSidecars(databaseFile, keptAs)
  moveWithSidecars(candidate, databaseFile)
  return keptAs
}

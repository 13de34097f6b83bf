import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { z } from 'zod'

/**
 * The record a clean close leaves beside the database (`rupor.db-closed`), so the next start may
 * skip SQLite's quick_check (it reads every page: ~0.5 s on 100 000 contacts). It names the file
 * as the close left it — its size and time, the log's size — so a file swapped or touched while
 * Rupor was closed counts as unchecked. Removed at every open: a kill, a crash or a power cut
 * leaves none, and the next start checks.
 */
export const cleanShutdownFileOf = (databaseFile: string): string => `${databaseFile}-closed`

const recordSchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  walSize: z.number(),
})
type FileState = z.infer<typeof recordSchema>

function stateOf(databaseFile: string): FileState | undefined {
  const main = statSync(databaseFile, { throwIfNoEntry: false })
  if (!main) return undefined
  const wal = statSync(`${databaseFile}-wal`, { throwIfNoEntry: false })
  return { size: main.size, mtimeMs: main.mtimeMs, walSize: wal?.size ?? 0 }
}

/** After the database is closed: the file as it is now, to be found unchanged at the next open. */
export function recordCleanShutdown(databaseFile: string): void {
  const state = stateOf(databaseFile)
  if (state) writeFileSync(cleanShutdownFileOf(databaseFile), JSON.stringify(state))
}

/**
 * At open, before anything writes: whether the last run closed this very file cleanly. The record
 * is removed whatever it says, so this run's own end decides the next start.
 */
export function takeCleanShutdown(databaseFile: string): boolean {
  const recordFile = cleanShutdownFileOf(databaseFile)
  let recorded: FileState | undefined
  try {
    recorded = recordSchema.parse(JSON.parse(readFileSync(recordFile, 'utf8')))
  } catch {
    recorded = undefined // none, or unreadable: unclean
  }
  rmSync(recordFile, { force: true })
  const now = stateOf(databaseFile)
  return (
    recorded !== undefined &&
    now !== undefined &&
    now.size === recorded.size &&
    now.mtimeMs === recorded.mtimeMs &&
    now.walSize === recorded.walSize
  )
}

import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The files SQLite keeps beside a database: the WAL holds commits not yet written into the main
 * file, so a database and its sidecars only ever move together, and a file is never put where
 * another file's sidecars are (SQLite would replay that WAL onto it).
 */
export const sidecarSuffixes = ['-wal', '-shm', '-journal'] as const

const withSidecars = (file: string): string[] => [
  file,
  ...sidecarSuffixes.map((suffix) => `${file}${suffix}`),
]

/** Renames a database and whichever of its sidecars exist; refuses to overwrite anything. */
export function moveWithSidecars(from: string, to: string): void {
  const taken = withSidecars(to).filter((file) => existsSync(file))
  if (taken.length > 0) throw new Error(`will not overwrite ${taken.join(', ')}`)
  for (const suffix of ['', ...sidecarSuffixes]) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`)
  }
}

/** Deletes a file of our own making (a half-built candidate) with its sidecars. */
export function removeWithSidecars(file: string): void {
  for (const path of withSidecars(file)) rmSync(path, { force: true })
}

/** True when a sidecar is left at `file`'s place (a stale WAL a new file would inherit). */
export const hasSidecars = (file: string): boolean =>
  sidecarSuffixes.some((suffix) => existsSync(`${file}${suffix}`))

/**
 * Where a damaged database is kept, beside it: `rupor.damaged-2026-01-05T09-00-00-000Z.db`, never
 * deleted by Rupor. A second one in the same millisecond gets a number.
 */
export function damagedCopyName(databaseFile: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  const stem = basename(databaseFile).replace(/\.db$/, '')
  for (let n = 1; ; n += 1) {
    const name = `${stem}.damaged-${stamp}${n === 1 ? '' : `-${String(n)}`}.db`
    const file = join(dirname(databaseFile), name)
    if (!withSidecars(file).some((path) => existsSync(path))) return file
  }
}

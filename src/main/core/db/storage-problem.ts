/**
 * When writing fails for a reason the owner can fix, not a bug: the disk is full, or the data
 * folder cannot be written (read-only, not a folder, no permission). SQLite and Node say it with
 * their own codes (extended ones too, e.g. SQLITE_READONLY_DBMOVED); both fail a write whole.
 */
export type StorageProblem = 'disk_full' | 'read_only'

const diskFull = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])
const readOnly = new Set([
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_PERM',
  'EROFS',
  'EACCES',
  'EPERM',
  'ENOTDIR',
])

export function storageProblemOf(error: unknown): StorageProblem | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return undefined
  }
  const code = error.code
  const base = code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : code
  if (diskFull.has(base)) return 'disk_full'
  if (readOnly.has(base)) return 'read_only'
  return undefined
}

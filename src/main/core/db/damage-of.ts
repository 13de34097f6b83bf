/**
 * SQLite's word that the file is damaged (SQLITE_CORRUPT and its extended codes, SQLITE_NOTADB),
 * as text for the log and the note; undefined for any other error.
 */
/** SQLite's error code, for a word sent across a thread (an Error's own fields do not travel). */
export function sqliteCodeOf(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null
  return error.code.startsWith('SQLITE_') ? error.code : null
}

export function damageOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return undefined
  }
  return /^SQLITE_(CORRUPT|NOTADB)/.test(error.code) ? String(error) : undefined
}

import { existsSync, rmSync, writeFileSync } from 'node:fs'

/**
 * The note a background check leaves when it finds the database damaged (`rupor.db-damaged`):
 * the next start checks the file before anything else, so the damaged-database recovery (restore
 * the newest good copy, or start empty keeping the opt-outs) is offered at once. Removed when a
 * check at open finds the file whole (after a recovery put another file in its place).
 */
export const damageNoteFileOf = (databaseFile: string): string => `${databaseFile}-damaged`

export function noteDamage(databaseFile: string, problems: readonly string[]): void {
  writeFileSync(damageNoteFileOf(databaseFile), `${problems.join('\n')}\n`)
}

export function damageNoted(databaseFile: string): boolean {
  return existsSync(damageNoteFileOf(databaseFile))
}

export function forgetDamage(databaseFile: string): void {
  rmSync(damageNoteFileOf(databaseFile), { force: true })
}

import type { StorageProblem } from './storage-problem'

/** Why the database could not be opened. The file is left exactly as it was in every case. */
export type DatabaseProblem = 'damaged' | 'too_new' | 'unreadable' | StorageProblem

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly file: string,
    /** SQLite's own words; kept so the error can cross a process boundary whole. */
    readonly detail: string,
  ) {
    super(`${describe(problem)} (${file}): ${detail}`)
    this.name = 'DatabaseOpenError'
  }
}

function describe(problem: DatabaseProblem): string {
  switch (problem) {
    case 'damaged':
      return 'The Rupor database is damaged and was not changed. Rupor can restore the newest daily copy that passes its checks, or start empty keeping the opt-out list and what the number has sent'
    case 'too_new':
      return 'The Rupor database was written by a newer version of Rupor. Install that version again; this one will not touch the file'
    case 'unreadable':
      return 'The Rupor database could not be opened'
    case 'disk_full':
      return 'The disk is full, so Rupor cannot start: it needs room to open its database. Free some space on the disk and start Rupor again'
    case 'read_only':
      return 'Rupor cannot write to its data folder, so it cannot start. Check that the folder exists, is a folder, and may be written to (its permissions, a read-only or removed disk), then start Rupor again'
  }
}

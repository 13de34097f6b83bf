/** Why the database could not be opened. The file is left exactly as it was in every case. */
export type DatabaseProblem = 'damaged' | 'too_new' | 'unreadable'

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly file: string,
    detail: string,
  ) {
    super(`${describe(problem)} (${file}): ${detail}`)
    this.name = 'DatabaseOpenError'
  }
}

function describe(problem: DatabaseProblem): string {
  switch (problem) {
    case 'damaged':
      return 'The Rupor database is damaged and was not changed. Restore a backup copy from the same folder or move the file away to start empty'
    case 'too_new':
      return 'The Rupor database was written by a newer version of Rupor. Install that version again; this one will not touch the file'
    case 'unreadable':
      return 'The Rupor database could not be opened'
  }
}

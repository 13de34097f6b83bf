import type { Database } from 'better-sqlite3'

export interface Migration {
  /** Numbered in tens, so a later fix can slot in between. Stored in PRAGMA user_version. */
  version: number
  name: string
  /** Runs inside the runner's transaction: synchronous, never await. */
  up(db: Database): void
}

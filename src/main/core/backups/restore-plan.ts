import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { closeDatabase, openDatabase } from '../db/open-database'
import { inspectCopy } from './inspect-copy'

/** The file swap of a restore, run while the core is closed; `undo` puts the old file back. */
export interface FileSwap {
  swap(): void
  undo(): void
}

export interface RestorePlan extends FileSwap {
  /** Where the database as it is now will be kept. */
  keptAs: string
  /** The readied copy beside the database, which the swap puts in its place. */
  candidate: string
  /** Removes the readied copy: the restore will not happen. */
  discard(): void
}

const sidecars = ['-wal', '-shm']

/**
 * Readies a copy to replace the database without touching the database: the copy is copied
 * beside it, checked (inspectCopy), brought up to this app's schema and its campaigns paused —
 * a restored campaign must not go on sending from where it was days ago, to people who may have
 * had the message since. A refused copy leaves nothing behind.
 */
export function planRestore(options: {
  copyFile: string
  databaseFile: string
  now: number
  nativeBinding?: string
}): RestorePlan {
  const { databaseFile, now } = options
  const candidate = `${databaseFile}.restoring`
  const removeCandidate = () => {
    for (const suffix of ['', ...sidecars]) rmSync(`${candidate}${suffix}`, { force: true })
  }
  removeCandidate()
  copyFileSync(options.copyFile, candidate)
  try {
    inspectCopy(candidate, options.nativeBinding)
    const { db, migration } = openDatabase({
      file: candidate,
      now,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    try {
      db.prepare(
        `UPDATE campaigns SET state = 'paused', pause_reason = NULL, updated_at = @now
         WHERE state IN ('running', 'scheduled')`,
      ).run({ now })
    } finally {
      closeDatabase(db)
    }
    // The chosen copy itself stays in the backups folder: no second pre-upgrade copy needed.
    if (migration.backupFile) rmSync(migration.backupFile, { force: true })
  } catch (error) {
    removeCandidate()
    throw error
  }

  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  const keptAs = join(dirname(databaseFile), `before-restore-${stamp}.db`)
  const move = (from: string, to: string) => {
    for (const suffix of ['', ...sidecars]) {
      if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`)
    }
  }
  return {
    keptAs,
    candidate,
    discard: removeCandidate,
    swap() {
      move(databaseFile, keptAs)
      move(candidate, databaseFile)
    },
    undo() {
      if (!existsSync(keptAs)) return
      for (const suffix of ['', ...sidecars]) rmSync(`${databaseFile}${suffix}`, { force: true })
      move(keptAs, databaseFile)
    },
  }
}

// A fingerprint of everything a core keeps: every row of every table of its SQLite file, and the
// other files of its data folder (the secret store's content, uploads by name and size).
import Database from 'better-sqlite3'
import { createHash, type Hash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** WAL and shared-memory files change size on checkpoints without any data changing. */
const volatile = /-(wal|shm|journal)$/

export interface DataDigest {
  /** The fingerprint now: every row and file; equal fingerprints, equal data. */
  take(): string
  /**
   * A cheap one for every payload: SQLite's data_version (it moves on any commit by another
   * connection, even one that changed no row) and the other files.
   */
  quick(): string
  close(): void
}

/** A read-only connection of its own, kept open: the core's writes are seen once committed. */
export function openDataDigest(dataDir: string, databaseFile: string): DataDigest {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  const tableNames = db.prepare<[], { name: string }>(
    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
  )
  const selects = new Map<string, Database.Statement<[]>>()
  const selectAll = (name: string) => {
    let select = selects.get(name)
    if (!select) {
      select = db.prepare<[]>(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw()
      selects.set(name, select)
    }
    return select
  }
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  const hashFiles = (hash: Hash): void => {
    for (const file of filesUnder(dataDir)) {
      if (file === databaseFile || volatile.test(file)) continue
      hash.update(`${relative(dataDir, file)} ${String(statSync(file).size)}\n`)
      if (file.endsWith('.json')) hash.update(readFileSync(file))
    }
  }
  return {
    quick() {
      const hash = createHash('sha256').update(`data_version ${String(dataVersion.get())}\n`)
      hashFiles(hash)
      return hash.digest('hex')
    },
    take() {
      const hash = createHash('sha256')
      for (const { name } of tableNames.all()) {
        const rows = selectAll(name)
          .all()
          .map((row) => JSON.stringify(row, (_key, value: unknown) => bytesAsHex(value)))
          .sort()
        hash.update(`${name}\n${rows.join('\n')}\n`)
      }
      hashFiles(hash)
      return hash.digest('hex')
    },
    close: () => db.close(),
  }
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? filesUnder(path) : [path]
    })
    .sort()
}

function bytesAsHex(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex')
  if (typeof value === 'bigint') return value.toString()
  return value
}

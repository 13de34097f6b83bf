import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'

/**
 * In development the Node build of better-sqlite3 stays in place for tests and the host;
 * `npm start` builds an Electron copy beside it (scripts/sqlite-abi.mjs) and we load that one.
 * Packaged apps carry a binary rebuilt for Electron in the usual place.
 */
export function electronSqliteBinding(): string | undefined {
  if (app.isPackaged) return undefined
  const file = join(
    app.getAppPath(),
    'node_modules',
    '.rupor-electron-sqlite',
    process.versions.electron,
    'better_sqlite3.node',
  )
  return existsSync(file) ? file : undefined
}

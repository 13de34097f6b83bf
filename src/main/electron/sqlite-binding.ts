import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import { packagedSqliteBinding } from './packaged-sqlite-binding'

/**
 * In development the Node build of better-sqlite3 stays in place for tests and the host;
 * `npm start` builds an Electron copy beside it (scripts/sqlite-abi.mjs) and we load that one.
 * Packaged apps carry a binary rebuilt for Electron in the usual place, named outright so the
 * background check's worker finds it too (packaged-sqlite-binding.ts).
 */
export function electronSqliteBinding(): string | undefined {
  if (app.isPackaged) return packagedSqliteBinding(process.resourcesPath, existsSync)
  const file = join(
    app.getAppPath(),
    'node_modules',
    '.rupor-electron-sqlite',
    process.versions.electron,
    'better_sqlite3.node',
  )
  return existsSync(file) ? file : undefined
}

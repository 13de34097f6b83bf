import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The Electron binary the electron package downloaded, or why there is none. Read from the
 * `path.txt` its download leaves: since Electron 42 `require('electron')` downloads the binary
 * when it is missing, and a test must never start a download (`npm run test:e2e` runs
 * `scripts/sqlite-abi.mjs electron-if-available` first, which fetches it where that is allowed).
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, readIfThere(pathFile) ?? 'electron')
    return existsSync(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no ${path}` }
  }
  const relative = readIfThere(pathFile)
  if (relative === undefined) return { missing: 'the electron package has not downloaded it' }
  const path = join(packageDir, 'dist', relative)
  return existsSync(path) ? { path } : { missing: `${path} does not exist` }
}

const readIfThere = (file: string): string | undefined =>
  existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined

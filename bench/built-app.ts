// The app built from the sources as they are, into a folder of the bench's own (not out/, which
// other work may be rebuilding): the bundle part weighs its renderer, the paint part runs its host.
// Inside node_modules so that the built host finds the project's packages as out/ does.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const projectDir = join(__dirname, '..')
export const builtAppDir = join(projectDir, 'node_modules/.cache/rupor-bench/out')

let built = false

/** Runs `electron-vite build` once per bench run; returns the output folder. */
export function builtApp(): string {
  if (!built) {
    execFileSync(
      join(projectDir, 'node_modules/.bin/electron-vite'),
      ['build', '--outDir', builtAppDir, '--logLevel', 'warn'],
      { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    built = true
  }
  return builtAppDir
}

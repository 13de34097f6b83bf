import type { Database } from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Rolldown from 'rolldown'

/** The worker's entry among the sources (bundled on the fly when running from them). */
export const importWorkerEntry = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../import-worker.ts',
)
const builtName = 'import-worker.js'

export interface SourceWays {
  exists: (path: string) => boolean
  read: (path: string) => string
  /** The entry as one CommonJS script needing only Node's builtins and better-sqlite3. */
  bundle: (entry: string) => Promise<string>
}

/**
 * The import worker's program as text, for `new Worker(text, { eval: true })`: a worker cannot read
 * a script inside Electron's app.asar, but this thread's fs (Electron's, asar-aware) can read it
 * for it. Built (out/main, where this code is bundled into core-worker.js or a chunk beside it):
 * electron.vite.config.ts wrote import-worker.js there. From the sources (Vitest, vite-node for the
 * bench) there is no built file: the entry is bundled once per process with rolldown.
 */
export function workerSourceFrom(here: string, ways: SourceWays): Promise<string> {
  if (here.endsWith('.js') || here.endsWith('.cjs') || here.endsWith('.mjs')) {
    const folder = dirname(here)
    for (const candidate of [join(folder, builtName), join(folder, '..', builtName)]) {
      if (ways.exists(candidate)) return Promise.resolve(ways.read(candidate))
    }
    return Promise.reject(new Error(`${builtName} was not built next to ${here}`))
  }
  return ways.bundle(importWorkerEntry)
}

/**
 * The worker's entry as one CommonJS script, every package bundled in but better-sqlite3: by
 * Vitest and vite-node (once per process) and by electron.vite.config.ts for out/main.
 * Rolldown comes from node_modules, a dev dependency: never loaded in the packaged app.
 */
export async function bundleImportWorker(entry: string): Promise<string> {
  const name = 'rolldown'
  const { build } = (await import(/* @vite-ignore */ name)) as typeof Rolldown
  const output = await build({
    input: entry,
    platform: 'node',
    write: false,
    // better-sqlite3 is required by the absolute path the worker is given (import-worker.ts).
    external: ['better-sqlite3', /^node:/, ...builtinModules],
    logLevel: 'silent',
    output: { format: 'cjs' },
  })
  const [chunk, ...others] = output.output
  if (others.some((item) => item.type === 'chunk')) {
    throw new Error('The import worker did not bundle into one script.')
  }
  return chunk.code
}

let cached: Promise<string> | undefined

/** This process's import worker program (read or bundled once). */
export function importWorkerSource(): Promise<string> {
  cached ??= workerSourceFrom(fileURLToPath(import.meta.url), {
    exists: existsSync,
    read: (path) => readFileSync(path, 'utf8'),
    bundle: bundleImportWorker,
  })
  // A failed attempt is not kept: the next import tries again (and falls back meanwhile).
  cached.catch(() => (cached = undefined))
  return cached
}

/**
 * How the worker opens the book, for an import or a list build alike: better-sqlite3 and its
 * binding, the file, and the core's page limit (the file may grow no further from either side).
 */
export function workerBook(
  db: Database,
  worker: { sqlite: string; nativeBinding: string | null; file: string },
): { sqlite: string; nativeBinding: string | null; file: string; maxPageCount: number } {
  return {
    sqlite: worker.sqlite,
    nativeBinding: worker.nativeBinding,
    file: worker.file,
    maxPageCount: db.pragma('max_page_count', { simple: true }) as number,
  }
}

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { sep } from 'node:path'
import { Worker } from 'node:worker_threads'
import { z } from 'zod'

/** What SQLite's quick_check said of the file, read on a connection of its own. */
export type CheckOutcome =
  | { kind: 'whole' }
  | { kind: 'damaged'; problems: string[] }
  /** The check could not run (the worker did not start, the file could not be opened). */
  | { kind: 'failed'; reason: string }

export interface BackgroundCheck {
  readonly done: Promise<CheckOutcome>
  /** Stops the check (the core closes): `done` then says it failed. */
  stop(): void
}

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('whole') }),
  z.object({ kind: z.literal('damaged'), problems: z.array(z.string()) }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
])

/**
 * The worker's whole program, evaluated rather than loaded from a file: the same text runs from
 * Vitest's sources, the built host (out/main) and Electron's app.asar, where a worker script
 * file could not be found or read. It requires better-sqlite3 by the absolute path it is given.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const corrupt = /^SQLITE_(CORRUPT|NOTADB)/
let db
try {
  const Sqlite = require(workerData.sqlite)
  db = new Sqlite(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  })
  const problems = db.pragma('quick_check').map((row) => row.quick_check).filter((text) => text !== 'ok')
  parentPort.postMessage(problems.length === 0 ? { kind: 'whole' } : { kind: 'damaged', problems })
} catch (error) {
  const code = error && typeof error.code === 'string' ? error.code : ''
  parentPort.postMessage(
    corrupt.test(code)
      ? { kind: 'damaged', problems: [String(error)] }
      : { kind: 'failed', reason: String(error) },
  )
} finally {
  if (db) db.close()
}
`

/**
 * better-sqlite3's entry as a plain file: in a packaged app the package sits unpacked beside
 * app.asar (electron-builder.yml's asarUnpack), which a worker can read without Electron's asar
 * support.
 */
export function sqliteModulePath(): string {
  return unpackedPathOf(createRequire(import.meta.url).resolve('better-sqlite3'), existsSync)
}

/** A path inside app.asar as its unpacked twin, when that exists; any other path as it is. */
export function unpackedPathOf(resolved: string, exists: (path: string) => boolean): string {
  const asar = `${sep}app.asar${sep}`
  const unpacked = resolved.replace(asar, `${sep}app.asar.unpacked${sep}`)
  return unpacked !== resolved && exists(unpacked) ? unpacked : resolved
}

/**
 * Runs quick_check (it reads every page: ~0.5 s on a 60 MB book) in a worker thread on a
 * read-only connection, so the core's thread keeps answering. In WAL mode it reads the last
 * committed state while the core writes.
 */
export function checkInBackground(options: {
  file: string
  /**
   * better-sqlite3's binary, given outright: in a packaged app the worker's better-sqlite3 sits
   * unpacked beside app.asar, where the package it would look the binary up with is not.
   */
  nativeBinding?: string
  /** better-sqlite3's entry (tests: a packaged app's layout); by default `sqliteModulePath()`. */
  sqliteModule?: string
}): BackgroundCheck {
  let worker: Worker
  try {
    worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        sqlite: options.sqliteModule ?? sqliteModulePath(),
        file: options.file,
        nativeBinding: options.nativeBinding ?? null,
      },
    })
  } catch (error) {
    return { done: Promise.resolve({ kind: 'failed', reason: String(error) }), stop: () => {} }
  }
  const done = new Promise<CheckOutcome>((resolve) => {
    worker.once('message', (message: unknown) => {
      const outcome = outcomeSchema.safeParse(message)
      resolve(outcome.success ? outcome.data : { kind: 'failed', reason: 'an unexpected answer' })
    })
    worker.once('error', (error) => resolve({ kind: 'failed', reason: String(error) }))
    worker.once('exit', (code) =>
      resolve({ kind: 'failed', reason: `the check stopped (exit code ${String(code)})` }),
    )
  })
  return {
    done,
    stop: () => {
      void worker.terminate()
    },
  }
}

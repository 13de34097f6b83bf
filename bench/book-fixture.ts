// The 100 000-contact data folder that the search, start-up, idle and paint parts measure: built
// once per run through the real import, closed, then opened (or copied) by each part.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../src/main/core/create-core'
import { call } from './bench-calls'
import { importThroughCore, openBenchCore } from './import-bench'
import { writeGoogleCsv } from './make-google-csv'

let runDir: string | undefined
let book: Promise<string> | undefined
let copies = 0

/** A folder for this run's files, removed by `removeRunFiles`. */
export function runFolder(): string {
  runDir ??= mkdtempSync(join(tmpdir(), 'rupor-bench-run-'))
  return runDir
}

/** The data folder of a book of `rows` generated contacts (no core has it open). */
export function bookDataDir(rows: number): Promise<string> {
  book ??= makeBook(rows)
  return book
}

/** A copy of the book's data folder, for a part that changes it or hands it to another process. */
export async function copyOfBook(rows: number): Promise<string> {
  const source = await bookDataDir(rows)
  copies += 1
  const copy = join(runFolder(), `data-copy-${String(copies)}`)
  cpSync(source, copy, { recursive: true })
  return copy
}

/** `work` on a core over a copy of the book (sending to people without a consent record allowed). */
export async function withBookCopy<T>(rows: number, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openBenchCore(await copyOfBook(rows))
  try {
    return await work(core)
  } finally {
    core.close()
  }
}

async function makeBook(rows: number): Promise<string> {
  const dir = runFolder()
  const dataDir = join(dir, 'book')
  const csv = join(dir, 'book.csv')
  await writeGoogleCsv(csv, rows)
  const core = openBenchCore(dataDir)
  try {
    const report = await importThroughCore(core, csv)
    if (report.added === 0) throw new Error('the bench book import added no contacts')
    // The idle part's campaign needs people it may message; the others do not mind.
    await call(core, 'settings.update', { broadcastWithoutConsent: true })
  } finally {
    core.close()
  }
  return dataDir
}

export function removeRunFiles(): void {
  if (runDir) rmSync(runDir, { recursive: true, force: true })
  runDir = undefined
  book = undefined
}

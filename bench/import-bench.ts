import { mkdtempSync, readFileSync, rmSync, statSync, openSync, readSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import parsePhoneNumber from 'libphonenumber-js/max'
import Papa from 'papaparse'
import type { ImportReport } from '../src/shared/imports'
import { createCore, type Core } from '../src/main/core/create-core'
import { createHostCapabilities } from '../src/main/host/host-capabilities'
import { systemClock } from '../src/main/core/time/clock'
import type { PartResult } from './bench-calls'
import { call } from './bench-calls'
import { writeGoogleCsv } from './make-google-csv'
import { worstCallDuring } from './worst-call'

const chunkBytes = 4 * 1024 * 1024

/**
 * The process's peak resident memory while `work` runs. The kernel's high-water mark is exact when
 * the work set a new one; otherwise the work peaked below an earlier part's mark, and samples every
 * 20 ms (which can miss a short spike) are all there is.
 */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRssMb: number; startRssMb: number }> {
  const start = process.memoryUsage().rss
  const markBefore = process.resourceUsage().maxRSS * 1024
  let sampled = start
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 20)
  try {
    const value = await work()
    sampled = Math.max(sampled, process.memoryUsage().rss)
    const markAfter = process.resourceUsage().maxRSS * 1024
    const peak = markAfter > markBefore ? markAfter : sampled
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
    return { value, peakRssMb: mb(peak), startRssMb: mb(start) }
  } finally {
    clearInterval(timer)
  }
}

export function openBenchCore(dataDir: string): Core {
  return createCore({
    dataDir,
    clock: systemClock,
    capabilities: createHostCapabilities(dataDir).capabilities,
    version: 'bench',
    shell: 'browser',
  })
}

/** Imports a file the way the UI does: upload in chunks, start, wait for the report. */
export async function importThroughCore(core: Core, file: string): Promise<ImportReport> {
  const size = statSync(file).size
  const { importId } = await call<{ importId: string }>(core, 'imports.create', {
    fileName: 'contacts.csv',
    size,
  })
  const fd = openSync(file, 'r')
  const buffer = Buffer.alloc(chunkBytes)
  for (let offset = 0; offset < size;) {
    const n = readSync(fd, buffer, 0, chunkBytes, offset)
    await call(core, 'imports.appendChunk', {
      importId,
      offset,
      data: buffer.subarray(0, n).toString('base64'),
    })
    offset += n
  }
  closeSync(fd)
  const preview = await call<{ mapping: string[] }>(core, 'imports.preview', { importId })
  const finished = new Promise<ImportReport>((resolve) => {
    const stop = core.events.subscribe((message) => {
      if (message.name === 'imports.finished' && message.payload.importId === importId) {
        stop()
        resolve(message.payload)
      }
    })
  })
  await call(core, 'imports.start', { importId, mapping: preview.mapping, consent: 'unknown' })
  return finished
}

/**
 * The floor: what any import of this file must do at the least, with nothing else — papaparse over
 * the whole file, libphonenumber-js for each number (both columns, as the import does), one
 * transaction of inserts into a table without indexes. No encoding sniffing, no staging, no
 * duplicates merged, no search index: the import's extra cost over this is what it adds.
 */
export function naiveImport(file: string, dbFile: string): number {
  const db = new Sqlite(dbFile)
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE c (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, phone2 TEXT)')
  const insert = db.prepare('INSERT INTO c (name, phone, phone2) VALUES (?, ?, ?)')
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true })
  const normalized = (text: string | undefined): string | null => {
    if (!text) return null
    const phone = parsePhoneNumber(text, 'RU')
    return phone?.isValid() ? phone.number : null
  }
  let rows = 0
  db.transaction(() => {
    for (const row of parsed.data.slice(1)) {
      insert.run(`${row[0] ?? ''} ${row[2] ?? ''}`, normalized(row[7]), normalized(row[9]))
      rows += 1
    }
  })()
  db.close()
  return rows
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * The import the way the UI runs it, of a `rows`-row Google Contacts file (rows per second, and
 * against the floor on the same file), then of a `bigRows`-row file (rows per second and the
 * process's peak memory meanwhile). Each into a fresh data folder.
 */
export async function benchImport(options: { rows: number; bigRows: number }): Promise<PartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rupor-bench-'))
  try {
    const file = join(dir, 'google.csv')
    await writeGoogleCsv(file, options.rows)

    const core = openBenchCore(join(dir, 'data'))
    const started = process.hrtime.bigint()
    const { value: report, worstCallMs } = await worstCallDuring(core, () =>
      importThroughCore(core, file),
    ).finally(() => core.close())
    const importSeconds = seconds(started)

    const floorStart = process.hrtime.bigint()
    const floorRows = naiveImport(file, join(dir, 'floor.db'))
    const floorSeconds = seconds(floorStart)

    const figures: Record<string, number> = {
      importRowsPerSecond: Math.round(options.rows / importSeconds),
      importFloorRowsPerSecond: Math.round(floorRows / floorSeconds),
      importToFloorRatio: round(importSeconds / floorSeconds),
      importWorstCallMs: worstCallMs,
    }
    if (options.bigRows > 0) {
      const bigFile = join(dir, 'google-big.csv')
      await writeGoogleCsv(bigFile, options.bigRows, 7)
      rmSync(join(dir, 'data'), { recursive: true, force: true })
      const bigCore = openBenchCore(join(dir, 'data-big'))
      const bigStart = process.hrtime.bigint()
      const { peakRssMb, startRssMb } = await withPeakRss(() =>
        importThroughCore(bigCore, bigFile).finally(() => bigCore.close()),
      )
      figures.importBigRowsPerSecond = Math.round(options.bigRows / seconds(bigStart))
      figures.importBigPeakRssMb = peakRssMb
      // The process before it (Node, vite-node, the libraries): the import's own share is the rest.
      figures.importBigRssBeforeMb = startRssMb
    }
    return {
      figures,
      sizes: {
        importRows: options.rows,
        importAdded: report.added,
        importRejected: report.rejected,
        importMergedDuplicates: report.mergedDuplicates,
        importBigRows: options.bigRows,
      },
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

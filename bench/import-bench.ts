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
import { call, percentile } from './bench-calls'
import { writeGoogleCsv } from './make-google-csv'

const chunkBytes = 4 * 1024 * 1024

/** Peak resident memory while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRssMb: number; startRssMb: number }> {
  const start = process.memoryUsage().rss
  let peak = start
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  try {
    const value = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    return {
      value,
      peakRssMb: Math.round(peak / 1024 / 1024),
      startRssMb: Math.round(start / 1024 / 1024),
    }
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

/**
 * A fresh core with a generated book of `rows` contacts imported the way the UI does, sending to
 * people without a consent record allowed (the lists and the meter are measured, not the policy);
 * its folder is removed after `work`.
 */
export async function withImportedBook<T>(
  part: string,
  rows: number,
  work: (core: Core) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `rupor-bench-${part}-`))
  const core = openBenchCore(join(dir, 'data'))
  try {
    const file = join(dir, 'contacts.csv')
    await writeGoogleCsv(file, rows)
    await importThroughCore(core, file)
    await call(core, 'settings.update', { broadcastWithoutConsent: true })
    return await work(core)
  } finally {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
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

/** The floor: papaparse → libphonenumber-js → one transaction of inserts, nothing else. */
export function naiveImport(file: string, dbFile: string): number {
  const db = new Sqlite(dbFile)
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE c (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)')
  const insert = db.prepare('INSERT INTO c (name, phone) VALUES (?, ?)')
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true })
  let rows = 0
  db.transaction(() => {
    for (const row of parsed.data.slice(1)) {
      const phone = parsePhoneNumber(row[7] ?? '', 'RU')
      insert.run(`${row[0] ?? ''} ${row[2] ?? ''}`, phone?.isValid() ? phone.number : null)
      rows += 1
    }
  })()
  db.close()
  return rows
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

export async function benchImport(options: {
  rows: number
  bigRows: number
}): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'rupor-bench-'))
  try {
    const file = join(dir, 'google.csv')
    await writeGoogleCsv(file, options.rows)

    const core = openBenchCore(join(dir, 'data'))
    const started = process.hrtime.bigint()
    const {
      value: report,
      peakRssMb,
      startRssMb,
    } = await withPeakRss(() => importThroughCore(core, file))
    const importSeconds = seconds(started)

    const floorStart = process.hrtime.bigint()
    naiveImport(file, join(dir, 'floor.db'))
    const floorSeconds = seconds(floorStart)

    // Search as the user types: parts of names and runs of digits.
    const queries = [
      'ива',
      'иванов',
      'петрова анна',
      'ахмет',
      'ёдор',
      'vip',
      '916',
      '9161',
      '7701',
      '375 29',
      '495',
      'ко',
      'шевч',
      '8 916 1',
      '67',
    ]
    const latencies: number[] = []
    for (let round = 0; round < 20; round++) {
      for (const search of queries) {
        const t = process.hrtime.bigint()
        await call(core, 'contacts.query', { search, limit: 100 })
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
    }
    latencies.sort((a, b) => a - b)
    core.close()

    let bigSeconds = -1
    if (options.bigRows > 0) {
      const bigFile = join(dir, 'google-big.csv')
      await writeGoogleCsv(bigFile, options.bigRows, 7)
      const bigCore = openBenchCore(join(dir, 'data-big'))
      const bigStart = process.hrtime.bigint()
      await importThroughCore(bigCore, bigFile)
      bigSeconds = seconds(bigStart)
      bigCore.close()
    }

    return {
      import_rows: options.rows,
      import_rows_per_s: Math.round(options.rows / importSeconds),
      import_seconds: round(importSeconds),
      import_floor_seconds: round(floorSeconds),
      import_ratio_to_floor: round(importSeconds / floorSeconds),
      import_peak_rss_mb: peakRssMb,
      // The process before the import (Node, vite-node, the libraries): the import's own share is the difference.
      import_rss_before_mb: startRssMb,
      import_added: report.added,
      import_rejected: report.rejected,
      import_merged_duplicates: report.mergedDuplicates,
      import_big_rows: options.bigRows,
      import_big_seconds: round(bigSeconds),
      import_1m_seconds: round(options.bigRows === 1_000_000 ? bigSeconds : -1),
      search_p50_ms: round(percentile(latencies, 50), 3),
      search_p95_ms: round(percentile(latencies, 95), 3),
      search_queries: latencies.length,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

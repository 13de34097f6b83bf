import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { databaseFileName } from '../src/main/core/create-core'
import { cleanShutdownFileOf } from '../src/main/core/db/clean-shutdown'
import { closeDatabaseCleanly, openDatabase } from '../src/main/core/db/open-database'
import type { PartResult } from './bench-calls'
import { call, percentile } from './bench-calls'
import { bookDataDir } from './book-fixture'
import { openBenchCore } from './import-bench'
import { firstTablePage } from './ui-queries'

const starts = 7
const tenths = (ms: number) => Math.round(ms * 10) / 10

/**
 * The core's start on an existing book of `rows` contacts, as the app starts after a clean
 * shutdown (the usual case): createCore (open the file, the migrations check, the services, the
 * scheduler's recovery; no quick_check, which the last clean close made unnecessary) and then the
 * contact table's first page. In this process, one start after another: the file is in the
 * operating system's cache after the first, and the code is warm; the first start is kept apart.
 * In the same rounds: a start after a kill (no clean-shutdown record), whose quick_check runs in a
 * worker beside the first page, and quick_check's own time.
 */
export async function benchStartup(options: { rows: number }): Promise<PartResult> {
  const dataDir = await bookDataDir(options.rows)
  const file = join(dataDir, databaseFileName)
  const opens: number[] = []
  const firstPages: number[] = []
  const totals: number[] = []
  const afterKills: number[] = []
  const databaseOpens: number[] = []
  const checks: number[] = []
  for (let i = 0; i < starts; i += 1) {
    const start = performance.now()
    const core = openBenchCore(dataDir)
    const opened = performance.now()
    let paged: number
    try {
      if (core.integrity.state() !== 'whole') throw new Error('the clean start ran a check')
      await call(core, 'contacts.query', firstTablePage())
      paged = performance.now()
    } finally {
      core.close()
    }
    opens.push(opened - start)
    firstPages.push(paged - opened)
    totals.push(paged - start)

    // In the same round (so a busy moment of the machine touches all alike): a start after a
    // kill — the same, with quick_check started in a worker beside it (waited for after).
    rmSync(cleanShutdownFileOf(file))
    const killedStart = performance.now()
    const afterKill = openBenchCore(dataDir)
    try {
      if (afterKill.integrity.state() !== 'checking') throw new Error('no check after a kill')
      await call(afterKill, 'contacts.query', firstTablePage())
      afterKills.push(performance.now() - killedStart)
      await afterKill.integrity.idle()
    } finally {
      afterKill.close()
    }

    // The open's parts on their own: the database (pragmas, header, schema and migrations
    // check; the rest of the open is the services), and SQLite's quick_check alone, which reads
    // every page of the file — the background check's work.
    const databaseStart = performance.now()
    const { db } = openDatabase({ file, now: Date.now() })
    databaseOpens.push(performance.now() - databaseStart)
    closeDatabaseCleanly(db, file, true)
    const readOnly = new Sqlite(file, { readonly: true })
    const checkStart = performance.now()
    readOnly.pragma('quick_check')
    checks.push(performance.now() - checkStart)
    readOnly.close()
  }
  const firstStart = totals[0] ?? -1
  const median = (times: number[]) =>
    tenths(
      percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
    )
  return {
    figures: {
      startupMedianMs: median(totals),
      startupOpenMedianMs: median(opens),
      startupFirstPageMedianMs: median(firstPages),
      startupAfterKillMedianMs: median(afterKills),
      startupDatabaseOpenMedianMs: median(databaseOpens),
      startupQuickCheckMedianMs: median(checks),
      startupFirstOfRunMs: tenths(firstStart),
    },
    sizes: {
      startupBookRows: options.rows,
      startupStarts: starts,
      startupDatabaseMb: Math.round(statSync(join(dataDir, databaseFileName)).size / 1024 ** 2),
    },
  }
}

// The host is killed (SIGKILL) at random moments of an import of 1 000 000 rows — while the file
// arrives, while it is read and staged, and while the staged rows are applied in one transaction —
// and started again on the same data folder. Each time the database passes integrity_check, the
// book holds either none of the file or all of it, nothing staged is left, the import says it was
// interrupted, and the file can be imported again. FAULT_SEED=<seed> replays a run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import type { ImportProgress, ImportReport } from '../src/shared/imports'
import { writeGoogleCsv } from '../bench/make-google-csv'
import { callHost, importCsv } from './support/host-api'
import { listenToHost, type HostEvent } from './support/host-events'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { startFileImport } from './support/import-file'
import { faultSeed, seededRandom } from './support/seeded-random'

/** The figure; FAULT_IMPORT_ROWS only to try the spec itself quickly. */
const rows = Number(process.env.FAULT_IMPORT_ROWS ?? 1_000_000)
const kills = Number(process.env.FAULT_IMPORT_KILLS ?? 20)
const bigStart = { startTimeoutMs: 180_000 }
const seedBook = 'Name,Phone\nЛавка,+79030000001\nСклад,+79030000002\nКурьер,+79030000003\n'

type Phase = 'upload' | 'reading' | 'apply'
/** Where a kill lands: a fraction of its phase (for `apply`, of its measured length: past 1 is after the commit). */
interface Kill {
  phase: Phase
  at: number
}

/**
 * A fifth while the file arrives, most while it is read, and four in the apply — two of them aimed
 * at its commit. An apply kill costs a whole read first, so there are only as many as prove the
 * point: CI's budget for all fault runs is minutes. The commit-aimed ones reach to 1.45 of the
 * measured apply: with the other folder busy beside it, an apply runs longer than the one measured.
 * The other two land between 0.1 and 0.7 of it, inside the transaction: an apply can also run
 * faster than the one measured (a CI run saw one done before 0.86), and a kill there must leave
 * the book as it was.
 */
function planKills(random: () => number, count: number): Kill[] {
  const apply = Math.min(count - 1, 4)
  const upload = Math.round((count - apply) * 0.25)
  const plan: Kill[] = []
  for (let i = 0; i < upload; i += 1) plan.push({ phase: 'upload', at: random() })
  for (let i = 0; i < count - upload - apply; i += 1)
    plan.push({ phase: 'reading', at: 0.98 * random() })
  for (let i = 0; i < apply; i += 1)
    plan.push({ phase: 'apply', at: i < 2 ? 0.95 + 0.5 * random() : 0.1 + 0.6 * random() })
  return plan
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isProgress = (event: HostEvent): event is HostEvent & { payload: ImportProgress } =>
  event.name === 'imports.progress'

/** A fresh data folder with a small book, on a running host. */
async function freshBook(): Promise<{ host: HostProcess; before: number }> {
  const host = await startHostProcess({ dataDir: newDataDir() })
  await importCsv(host, seedBook, 'seed.csv')
  return { host, before: 3 }
}

function countContacts(dataDir: string): number {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()?.n ?? -1
  } finally {
    db.close()
  }
}

/** What the restarted host's folder must show after any kill; returns the book's size. */
async function checkAfterRestart(host: HostProcess, before: number, csvName: string) {
  const db = new Sqlite(join(host.dataDir, 'rupor.db'), { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()?.n
    const imports = db
      .prepare<[string], { id: string; status: string }>(
        'SELECT id, status FROM imports WHERE file_name = ? ORDER BY created_at',
      )
      .all(csvName)
    // Nothing is left running or half-uploaded, nor any problem row of an import that did not finish.
    expect(imports.filter((i) => !['finished', 'failed'].includes(i.status))).toEqual([])
    const orphanProblems = db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM import_problems WHERE import_id NOT IN (SELECT id FROM imports WHERE status = 'finished')",
      )
      .get()?.n
    expect(orphanProblems).toBe(0)
    expect(readdirSync(join(host.dataDir, 'imports'))).toEqual([])
    const reports = await Promise.all(
      imports.map((i) => callHost<ImportReport>(host, 'imports.report', { importId: i.id })),
    )
    for (const report of reports) expect(['finished', 'interrupted']).toContain(report.status)
    const last = reports.at(-1)
    // The book grew only if the import finished; otherwise it says interrupted and added nothing.
    if (count !== before) expect(last?.status).toBe('finished')
    else if (last) expect(last.status).toBe('interrupted')
    return count ?? -1
  } finally {
    db.close()
  }
}

test('killing the host during an import of 1 000 000 rows leaves the import whole or absent', async () => {
  test.setTimeout(30 * 60_000)
  const seed = faultSeed()
  const random = seededRandom(seed)
  const plan = planKills(random, kills)
  console.log(`fault-import: seed ${String(seed)} (FAULT_SEED=${String(seed)} replays it)`)
  const csvDir = mkdtempSync(join(tmpdir(), 'rupor-fault-csv-'))
  const csv = join(csvDir, 'google-1m.csv')
  await writeGoogleCsv(csv, rows, seed)

  /** The apply phase's length and the whole book, from one import left to finish. */
  let calibrated: (value: { applyMs: number; full: number }) => void = () => undefined
  const calibration = new Promise<{ applyMs: number; full: number }>((r) => (calibrated = r))
  const counts: { run: number; count: number; before: number }[] = []

  /** One import on `host`, killed as planned; returns the restarted host. */
  async function killRun(
    index: number,
    host: HostProcess,
    kill: Kill,
    before: number,
  ): Promise<HostProcess> {
    const events = await listenToHost(host)
    const started = Date.now()
    let trigger: Promise<unknown>
    let uploaded: (() => void) | undefined
    if (kill.phase === 'upload') {
      trigger = new Promise<void>((resolve) => (uploaded = resolve))
    } else if (kill.phase === 'reading') {
      trigger = events.next(
        (e) =>
          isProgress(e) &&
          ((e.payload.phase === 'reading' && e.payload.rowsDone >= kill.at * rows) ||
            e.payload.phase !== 'reading'),
      )
    } else {
      const { applyMs } = await calibration
      trigger = events
        .next((e) => isProgress(e) && e.payload.phase === 'saving')
        .then(() => sleep(kill.at * applyMs))
    }
    const importing = startFileImport(host, csv, (sent, size) => {
      if (sent >= kill.at * size) uploaded?.()
    }).catch(() => undefined) // the host dies under it
    await trigger
    if (kill.phase !== 'apply') await sleep(random() * 150)
    const killedAt = Date.now() - started
    await host.kill()
    await importing
    events.close()
    const back = await startHostProcess({ dataDir: host.dataDir, ...bigStart })
    const count = await checkAfterRestart(back, before, 'google-1m.csv')
    console.log(
      `fault-import: kill ${String(index + 1)} in ${kill.phase} at ${kill.at.toFixed(3)} of the phase, ` +
        `${String(killedAt)} ms after the upload began → ${count === before ? 'absent' : 'whole'} (${String(count)} contacts)`,
    )
    counts.push({ run: index, count, before })
    return back
  }

  /** A chain of kills on one folder, so each run also shows the file imports again after the last. */
  async function chain(runs: number[], calibrate: boolean) {
    let { host, before } = await freshBook()
    counts.push({ run: -1, count: before, before })
    const rotate = async () => {
      if (countContacts(host.dataDir) === before) return
      // The file went in whole: a fresh folder, so the next kill again has something to lose.
      await host.stop()
      rmSync(host.dataDir, { recursive: true, force: true })
      ;({ host, before } = await freshBook())
      counts.push({ run: -1, count: before, before })
    }
    for (const [n, run] of runs.entries()) {
      host = await killRun(run, host, plan[run] as Kill, before)
      if (calibrate && n === 0) {
        // After the interrupted one, the same file is imported to the end: it measures the apply
        // phase for the kills aimed at it, and gives the size of the book with the whole file.
        const events = await listenToHost(host)
        await startFileImport(host, csv)
        await events.next((e) => isProgress(e) && e.payload.phase === 'saving')
        const savingAt = Date.now()
        const done = await events.next(
          (e) => isProgress(e) && !['reading', 'saving'].includes(e.payload.phase),
        )
        expect(done.payload).toMatchObject({ phase: 'finished' })
        events.close()
        const applyMs = Date.now() - savingAt
        const full = countContacts(host.dataDir)
        console.log(
          `fault-import: a whole import applied in ${String(applyMs)} ms → ${String(full)} contacts`,
        )
        calibrated({ applyMs, full })
      }
      await rotate()
    }
    await host.stop()
    rmSync(host.dataDir, { recursive: true, force: true })
  }

  try {
    // Two folders side by side (CI has two cores): one starts with the whole import the apply
    // kills are timed by, the other with the kills that need no timing. Each gets half the apply
    // kills; the first, already busy with the whole import, fewer of the cheap ones.
    const order = plan.map((_, i) => i)
    const early = order.filter((i) => plan[i]?.phase !== 'apply')
    const late = order.filter((i) => plan[i]?.phase === 'apply')
    const half = Math.ceil(late.length / 2)
    const cheap = Math.ceil(early.length * 0.35)
    const first = [...early.slice(0, 1), ...late.slice(0, half), ...early.slice(1, cheap)]
    const second = [...early.slice(cheap), ...late.slice(half)]
    await Promise.all([chain(first, true), chain(second, false)])
  } finally {
    rmSync(csvDir, { recursive: true, force: true })
  }

  // Every kill left the book as it was before that import or with the whole file in it.
  const { full } = await calibration
  for (const { count, before } of counts) expect([before, full]).toContain(count)
  expect(counts.filter((c) => c.run >= 0)).toHaveLength(kills)
})

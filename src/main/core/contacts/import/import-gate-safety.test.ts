// What an import in its worker must never do to the rest of the core: make a core transaction
// fail (it writes nothing to the book's file before its apply), let a tray pause be blocked or
// lost during the apply, or report a committed import as failed.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite, { type Database } from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Campaign } from '../../../../shared/campaigns'
import type { ContactPage } from '../../../../shared/contacts'
import type { ImportPreview } from '../../../../shared/imports'
import { writeGoogleCsv } from '../../../../../bench/make-google-csv'
import type { Core } from '../../create-core'
import { setUpAssistedCore } from '../../test-support/assisted-core'
import { callCore, uploadFile, waitForReport } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import type { ImportWorkerOptions } from './import-service'
import { importWorkerSource } from './import-worker-source'
import { workerImportFixture } from './worker-import-fixture'

const until = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 1))
}

/** Every other row has no number: a rejected row, a problem kept for the report. */
function halfRejected(path: string, rows: number): void {
  const lines = ['Name,Phone']
  for (let i = 0; i < rows; i += 1) {
    const phone = i % 2 === 0 ? `+7 916 ${String(1_000_000 + i).slice(-7)}` : ''
    lines.push(`Person ${String(i)},${phone}`)
  }
  writeFileSync(path, lines.join('\n'))
}

/** The real worker, changed by `prelude` (run before it, on the worker's own thread). */
const wrapped = (prelude: string) => async () => `${prelude}\n${await importWorkerSource()}`

describe('the import worker and the core’s connection', () => {
  const tempDir = useTempDir()
  let opened: Database | undefined
  afterEach(() => {
    opened?.close()
    opened = undefined
    vi.restoreAllMocks()
  })

  const service = (
    csv: (path: string) => void | Promise<void>,
    worker: Partial<ImportWorkerOptions> = {},
  ) => workerImportFixture({ dir: tempDir(), csv, worker, opened: (db) => (opened = db) })

  it('a core transaction that reads then writes never meets SQLITE_BUSY while the worker reads', async () => {
    const { db, gate, report, phases, start } = await service((path) => halfRejected(path, 60_000))
    db.exec('CREATE TABLE owner_writes (n INTEGER NOT NULL)')
    // As the scheduler's claim or contacts.tag: a read, a moment, then a write (no busy wait then).
    const readThenWrite = db.transaction(() => {
      const seen = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM import_problems').get()
      const until = performance.now() + 1
      while (performance.now() < until);
      db.prepare('INSERT INTO owner_writes (n) VALUES (?)').run(seen?.n ?? 0)
    })
    start()
    const busy: string[] = []
    let tries = 0
    // The reading phase: the gate is still open, the core writes as it likes.
    while (!gate.closed() && !phases.includes('saving')) {
      try {
        readThenWrite()
      } catch (error) {
        busy.push(String(error))
      }
      tries += 1
      await new Promise((resolve) => setImmediate(resolve))
    }
    const ended = await report
    expect(ended.status).toBe('finished')
    expect(ended.rejected).toBe(30_000)
    expect(tries).toBeGreaterThan(20)
    expect(busy).toEqual([])
  })

  it('a worker that dies after its commit, before its last word, is reported as the commit says', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { imports, importId, report, start } = await service(
      (path) => halfRejected(path, 2_000),
      {
        source: wrapped(`{
          const { parentPort } = require('node:worker_threads')
          const say = parentPort.postMessage.bind(parentPort)
          parentPort.postMessage = (message) => {
            if (message && message.kind === 'finished') process.exit(3)
            say(message)
          }
        }`),
      },
    )
    start()
    const ended = await report
    expect(ended.status).toBe('finished')
    expect(ended.added).toBe(1_000)
    expect(ended.rejected).toBe(1_000)
    expect(ended.problems.length).toBe(1_000)
    expect(imports.report({ importId }).status).toBe('finished')
    expect(imports.problems({ importId, offset: 0, limit: 5 })).toHaveLength(5)
    expect(error).not.toHaveBeenCalled()
  })

  it('a worker that crashes once started is this import’s failure, never run again on the core', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { db, report, start } = await service((path) => halfRejected(path, 2_000), {
      source: wrapped(`{
          const { parentPort } = require('node:worker_threads')
          const say = parentPort.postMessage.bind(parentPort)
          parentPort.postMessage = (message) => {
            say(message)
            if (message && message.kind === 'started') setImmediate(() => process.exit(4))
          }
        }`),
    })
    start()
    const ended = await report
    expect(ended.status).toBe('failed')
    expect(warn).not.toHaveBeenCalled()
    expect(db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()?.n).toBe(0)
  })

  it('one import at a time: a second start is refused while the first runs', async () => {
    const { imports, report, start } = await service((path) => halfRejected(path, 20_000))
    start()
    const second = imports.create({ fileName: 'other.csv', size: 0 })
    expect(() =>
      imports.start({
        importId: second.importId,
        mapping: ['fullName', 'phone'],
        consent: 'unknown',
      }),
    ).toThrow(expect.objectContaining({ details: { state: 'importing' } }) as Error)
    expect((await report).status).toBe('finished')
  })
})

/** Starts an import of 20 000 people and waits until its writer holds the gate. */
async function startBigImport(core: Core, dir: string) {
  const big = join(dir, 'big.csv')
  await writeGoogleCsv(big, 20_000, 7)
  const importId = await uploadFile(core, big, 'big.csv', 1 << 20)
  const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
  const report = waitForReport(core, importId)
  await callCore(core, 'imports.start', { importId, mapping: preview.mapping, consent: 'unknown' })
  await until(() => core.writeGate.closed())
  return { importId, report }
}

describe('the tray’s pause during an import’s apply', () => {
  const tempDir = useTempDir()
  const book = [
    'Name,Phone,Consent',
    'Анна,+7 916 111-11-11,да',
    'Борис,+7 916 222-22-22,да',
    'Вера,+7 916 333-33-33,да',
  ].join('\n')

  it('answers at once, sends nothing more, and writes the pause once the apply has committed', async () => {
    const dir = tempDir()
    const { core, clock, campaign } = await setUpAssistedCore(dir, { book, seed: 5 })
    try {
      await callCore(core, 'campaigns.start', { id: campaign.id })
      const first = await callCore<{ task: { itemId: number } }>(core, 'campaigns.get', {
        id: campaign.id,
      })
      await callCore(core, 'campaigns.confirm', { itemId: first.task.itemId, outcome: 'sent' })
      const due = core.desktop.activity().nextSendAt ?? 0
      expect(due).toBeGreaterThan(clock.now())

      const { report } = await startBigImport(core, dir)
      // The next message's time comes during the apply: its tick waits for the gate.
      clock.advance(due - clock.now() + 1)

      const asked = performance.now()
      const paused = core.desktop.pauseAll()
      expect(performance.now() - asked).toBeLessThan(100)
      expect(core.writeGate.closed()).toBe(true)
      const during = await callCore<Campaign[]>(core, 'campaigns.list', {})
      expect(during.find((c) => c.id === campaign.id)?.state).toBe('running')

      expect((await report).status).toBe('finished')
      expect(await paused).toBe(1)
      const after = await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })
      expect(after.state).toBe('paused')
      expect(after.counts.sent).toBe(1)
      expect(after.counts.sending).toBe(0)
    } finally {
      core.close()
    }
  })

  it('a quit while the import still reads cancels it, and the quit’s pause lands at once after', async () => {
    const dir = tempDir()
    const { core, campaign } = await setUpAssistedCore(dir, { book, seed: 5 })
    try {
      await callCore(core, 'campaigns.start', { id: campaign.id })
      const { report } = await startBigImport(core, dir)
      const paused = core.desktop.pauseForQuit('running')
      // The import is let go, not waited for: the book keeps its three people.
      expect((await report).status).toBe('cancelled')
      expect(await paused).toBe(1)
      expect((await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state).toBe(
        'paused',
      )
      expect((await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).total).toBe(3)
    } finally {
      core.close()
    }
  })

  it('a close during the apply stops the import first and leaves the book as it was', async () => {
    const dir = tempDir()
    const { core } = await setUpAssistedCore(dir, { book, seed: 5 })
    const { importId, report } = await startBigImport(core, dir)
    core.close()
    await core.closed()
    expect((await report).status).toBe('cancelled')
    const db = new Sqlite(join(dir, 'data', 'rupor.db'), { readonly: true })
    try {
      expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3)
      expect(db.prepare('SELECT status FROM imports WHERE id = ?').pluck().get(importId)).toBe(
        'cancelled',
      )
    } finally {
      db.close()
    }
  })
})

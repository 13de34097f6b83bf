// The import runs in a worker on its own connection: the core's thread answers throughout, even
// while the one apply transaction holds the write lock, and whatever ends the run (a cancel, a
// killed thread) leaves the book as it was, with the owner's writes of that time kept.
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ContactPage } from '../../../../shared/contacts'
import {
  importTableLimits,
  type ImportPreview,
  type ImportReport,
} from '../../../../shared/imports'
import { writeGoogleCsv } from '../../../../../bench/make-google-csv'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { callCore, importFile, uploadFile, waitForReport } from '../../test-support/import-file'
import type { ImportWorkerOptions } from './import-service'
import type { WorkerRun } from './run-in-worker'
import { workerImportFixture } from './worker-import-fixture'

const rows = 20_000
const until = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 2))
}

describe('an import off the core’s thread', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const small = join(dir, 'small.csv')
    await writeGoogleCsv(small, 20, 3)
    // The book is not empty: "as it was" must mean these people, unchanged.
    expect((await importFile(core, small)).status).toBe('finished')
    const big = join(dir, 'big.csv')
    await writeGoogleCsv(big, rows, 7)
    const book = () => callCore<ContactPage>(core, 'contacts.query', { limit: 500 })
    const before = await book()
    const start = async () => {
      const importId = await uploadFile(core, big, 'big.csv', 1 << 20)
      const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
      const report = waitForReport(core, importId)
      await callCore(core, 'imports.start', {
        importId,
        mapping: preview.mapping,
        consent: 'unknown',
      })
      return { importId, report }
    }
    return { core, book, before, start }
  }

  it('answers cheap calls while the worker applies, and the import lands whole', async () => {
    const { core, book, before, start } = await setup()
    try {
      const { report } = await start()
      await until(() => core.writeGate.closed())
      const settings = await callCore<{ defaultCountry: string }>(core, 'settings.get', {})
      const page = await book()
      // Answered while the apply still held the lock: the book read is the last committed one.
      expect(core.writeGate.closed()).toBe(true)
      expect(settings.defaultCountry).toBe('RU')
      expect(page.total).toBe(before.total)
      const ended = await report
      expect(ended.status).toBe('finished')
      expect(ended.rows).toBe(rows)
      expect((await book()).total).toBeGreaterThan(before.total + rows / 2)
    } finally {
      core.close()
    }
  })

  it('a write made during the apply waits and lands; a cancel then leaves the book as it was', async () => {
    const { core, book, before, start } = await setup()
    try {
      const { importId, report } = await start()
      await until(() => core.writeGate.closed())
      const optOut = callCore<{ added: number }>(core, 'optOuts.addNumbers', {
        text: '+7 999 111-22-33',
        note: 'asked during an import',
      })
      await callCore(core, 'imports.cancel', { importId })
      const ended: ImportReport = await report
      expect(ended.status).toBe('cancelled')
      expect((await optOut).added).toBe(1)
      const after = await book()
      expect(after.total).toBe(before.total)
      expect(after.rows).toEqual(before.rows)
      expect(after.rows.length).toBeGreaterThan(0)
      const verdict = await callCore<{ eligible: boolean; reasons: string[] }>(
        core,
        'optOuts.check',
        { number: '+79991112233' },
      )
      expect(verdict.reasons).toContain('opted_out')
    } finally {
      core.close()
    }
  })
})

describe('the import service’s worker', () => {
  const tempDir = useTempDir()
  let opened: Database | undefined
  afterEach(() => {
    opened?.close()
    opened = undefined
    vi.restoreAllMocks()
  })

  const service = (
    worker: Partial<ImportWorkerOptions>,
    csv: (path: string) => void | Promise<void> = (path) => writeGoogleCsv(path, rows, 11),
  ) => workerImportFixture({ dir: tempDir(), csv, worker, opened: (db) => (opened = db) })

  it('a worker killed during the apply leaves the book as it was and the import failed', async () => {
    let run: WorkerRun | undefined
    const { gate, report, count, start, imports, importId } = await service({
      started: (_id, started) => (run = started),
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    start()
    await until(() => gate.closed())
    await run?.terminate()
    const ended = await report
    expect(ended.status).toBe('failed')
    expect(count()).toBe(0)
    expect(gate.closed()).toBe(false)
    expect(imports.report({ importId }).status).toBe('failed')
    expect(imports.problems({ importId, offset: 0, limit: 10 })).toEqual([])
    expect(error).toHaveBeenCalled()
  })

  it('a problem with the file met after thousands of rows were applied leaves the book as it was', async () => {
    // Rows are applied as they are read: the overlong line at the file's end rolls them all back.
    let lastLine = 0
    const { gate, report, count, start, imports, importId } = await service({}, async (path) => {
      await writeGoogleCsv(path, rows, 11)
      // The file ends with a line break: the next line is one past the breaks (notes have some).
      lastLine = readFileSync(path, 'utf8').split('\n').length
      appendFileSync(path, `${'x'.repeat(importTableLimits.lineChars + 1)}\n`)
    })
    start()
    const ended = await report
    expect(ended.status).toBe('failed')
    expect(ended.fileProblem).toEqual({ code: 'line_too_long', line: lastLine })
    expect(count()).toBe(0)
    expect(gate.closed()).toBe(false)
    expect(imports.problems({ importId, offset: 0, limit: 10 })).toEqual([])
  })

  it('a file refused at its start never closes the gate: the owner’s writes are not held back', async () => {
    const { gate, report, count, imports, importId } = await service({})
    const close = vi.spyOn(gate, 'close')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // A mapping that does not fit the file's columns is found at its header, before any row.
    const { mapping } = await imports.preview({ importId })
    imports.start({ importId, mapping: [...mapping, 'ignore'], consent: 'unknown' })
    const ended = await report
    expect(ended.status).toBe('failed')
    expect(close).not.toHaveBeenCalled()
    expect(count()).toBe(0)
  })

  it('a reading thread that dies mid-file fails the import and leaves the book as it was', async () => {
    let run: WorkerRun | undefined
    const { gate, report, count, start, phases } = await service({
      started: (_id, started) => (run = started),
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    start()
    // Some rows read and applied, inside the import's one transaction.
    await until(() => phases.includes('reading'))
    await run?.terminateParser()
    const ended = await report
    expect(ended.status).toBe('failed')
    expect(count()).toBe(0)
    expect(gate.closed()).toBe(false)
    expect(error).toHaveBeenCalled()
  })

  it('falls back to the core’s thread, with a warning, when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { report, count, start } = await service({
      source: () => Promise.reject(new Error('no worker here')),
    })
    start()
    const ended = await report
    expect(ended.status).toBe('finished')
    expect(count()).toBeGreaterThan(rows / 2)
    expect(warn).toHaveBeenCalledWith(
      'The import runs on the core’s thread:',
      expect.stringContaining('no worker here'),
    )
  })
})

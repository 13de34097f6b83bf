// Tests' import service with the real import worker on a real file: the book opened as the core
// opens it, a write gate, the file uploaded and previewed; `start` runs it, `report` ends with it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { ImportProgress, ImportReport } from '../../../../shared/imports'
import { sqliteModulePath } from '../../db/background-check'
import { openDatabase } from '../../db/open-database'
import { EventBus } from '../../event-bus'
import { FakeClock } from '../../time/fake-clock'
import { createWriteGate } from '../../write-gate/write-gate'
import { createImportService, type ImportService, type ImportWorkerOptions } from './import-service'

export interface WorkerImportFixture {
  db: Database
  gate: ReturnType<typeof createWriteGate>
  imports: ImportService
  importId: string
  /** The import's end, as the owner's window hears it. */
  report: Promise<ImportReport>
  /** Every progress phase heard, in order. */
  phases: string[]
  count: () => number
  start: () => ImportProgress
}

export async function workerImportFixture(options: {
  dir: string
  /** Writes the file to import at `path`. */
  csv: (path: string) => void | Promise<void>
  worker?: Partial<ImportWorkerOptions>
  /** Called with the book once opened, so the test can close it. */
  opened: (db: Database) => void
}): Promise<WorkerImportFixture> {
  const file = join(options.dir, 'data', 'rupor.db')
  const clock = new FakeClock()
  const { db } = openDatabase({ file, now: clock.now() })
  options.opened(db)
  const events = new EventBus()
  const gate = createWriteGate(clock)
  const imports = createImportService({
    db,
    clock,
    events,
    dataDir: join(options.dir, 'data'),
    defaultCountry: () => 'RU',
    worker: { file, sqlite: sqliteModulePath(), nativeBinding: null, gate, ...options.worker },
  })
  const path = join(options.dir, 'file.csv')
  await options.csv(path)
  const bytes = readFileSync(path)
  const { importId } = imports.create({ fileName: 'file.csv', size: bytes.length })
  imports.appendChunk({ importId, offset: 0, data: bytes.toString('base64') })
  const preview = await imports.preview({ importId })
  const phases: string[] = []
  const report = new Promise<ImportReport>((resolve) =>
    events.subscribe((message) => {
      if (message.name === 'imports.progress') phases.push(message.payload.phase)
      if (message.name === 'imports.finished') resolve(message.payload)
    }),
  )
  const count = () =>
    db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()?.n ?? -1
  const start = () => imports.start({ importId, mapping: preview.mapping, consent: 'unknown' })
  return { db, gate, imports, importId, report, phases, count, start }
}

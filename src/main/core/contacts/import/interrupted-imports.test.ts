import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ContactPage } from '../../../../shared/contacts'
import type { ImportReport } from '../../../../shared/imports'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { callCore, importFile, uploadFile } from '../../test-support/import-file'

const csv = 'Name,Phone\nАнна,+79161234567\nИван,+79161234568\nПётр,123\n'

describe('an import the process died in', () => {
  const tempDir = useTempDir()

  it('is reported as interrupted on the next start, leaves nothing behind, and the file imports again', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const file = join(dir, 'book.csv')
    writeFileSync(file, csv)
    const first = createTestCore(dataDir).core
    const importId = await uploadFile(first, file)
    first.close()
    // What a SIGKILL in the middle of the run leaves: the row says running, a problem row was
    // written, the uploaded file is still there (the staged rows were in a TEMP table).
    const db = new Sqlite(join(dataDir, 'rupor.db'))
    db.prepare("UPDATE imports SET status = 'running' WHERE id = ?").run(importId)
    db.prepare(
      "INSERT INTO import_problems (import_id, seq, line, severity, code, value, raw) VALUES (?, 0, 4, 'rejected', 'invalid_phone', '123', '[]')",
    ).run(importId)
    db.close()
    expect(readdirSync(join(dataDir, 'imports'))).toHaveLength(1)

    const { core } = createTestCore(dataDir)
    const report = await callCore<ImportReport>(core, 'imports.report', { importId })
    expect(report).toMatchObject({ status: 'interrupted', rows: 0, added: 0, problems: [] })
    expect(existsSync(join(dataDir, 'imports', `${importId}.upload`))).toBe(false)

    const again = await importFile(core, file)
    expect(again).toMatchObject({ status: 'finished', added: 2, rejected: 1 })
    expect((await callCore<ContactPage>(core, 'contacts.query', {})).total).toBe(2)
    core.close()
  })
})

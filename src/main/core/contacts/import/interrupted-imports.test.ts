import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ContactPage } from '../../../../shared/contacts'
import type { ImportReport } from '../../../../shared/imports'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { callCore, importFile, uploadFile } from '../../test-support/import-file'

const csv = 'Name,Phone\nАнна,+79161234567\nИван,+79161234568\nПётр,123\n'

function writeCsv(dir: string): string {
  const file = join(dir, 'book.csv')
  writeFileSync(file, csv)
  return file
}

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

  it('removes files a kill left before any import named them, and keeps the rest of the folder', async () => {
    const dataDir = join(tempDir(), 'data')
    createTestCore(dataDir).core.close()
    // A kill between writing an upload's first bytes and recording its import, a media file
    // handed over halfway (only memory knew of it), a list of opt-out numbers being read.
    const left = [
      join('imports', '6f1c2a9e-0000-4000-8000-000000000001.upload'),
      join('media-uploads', '0123456789abcdef0123456789abcdef.upload'),
      join('uploads', 'opt-outs-6f1c2a9e-0000-4000-8000-000000000002.upload'),
    ]
    for (const path of left) {
      mkdirSync(join(dataDir, path, '..'), { recursive: true })
      writeFileSync(join(dataDir, path), 'Name,Phone\nАнна,+79161234567\n')
    }
    writeFileSync(join(dataDir, 'imports', 'notes.txt'), 'not ours to remove')

    const { core } = createTestCore(dataDir)
    for (const path of left) expect(existsSync(join(dataDir, path)), path).toBe(false)
    expect(readdirSync(join(dataDir, 'imports'))).toEqual(['notes.txt'])
    expect(await importFile(core, writeCsv(dataDir))).toMatchObject({
      status: 'finished',
      added: 2,
    })
    core.close()
  })
})

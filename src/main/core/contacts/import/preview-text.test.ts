// The preview shows each cell cut to `previewCellChars` characters: a legal file whose notes run
// to hundreds of thousands of characters sends kilobytes to the window, not megabytes, while the
// import itself still takes every cell whole.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Contact, ContactPage } from '../../../../shared/contacts'
import type { ImportPreview } from '../../../../shared/imports'
import { callCore, uploadFile, waitForReport } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { previewCellChars, previewText } from './preview-text'
import { tableText } from './test-fixtures'

describe('previewText', () => {
  it('keeps a short cell whole and cuts a long one to its start and «…»', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (cell) => {
        const shown = previewText(cell)
        if (cell.length <= previewCellChars) expect(shown).toBe(cell)
        else {
          expect(shown.endsWith('…')).toBe(true)
          expect(cell.startsWith(shown.slice(0, -1))).toBe(true)
          expect(shown.length).toBeLessThanOrEqual(previewCellChars + 1)
          expect(shown.length).toBeGreaterThanOrEqual(previewCellChars)
        }
      }),
    )
  })

  it('never splits an emoji in two', () => {
    const cell = `${'x'.repeat(previewCellChars - 1)}😀${'y'.repeat(10)}`
    expect(previewText(cell)).toBe(`${'x'.repeat(previewCellChars - 1)}…`)
  })
})

describe('the preview of a file with huge cells', () => {
  const tempDir = useTempDir()

  it('sends each cell cut, and the import still keeps the notes whole', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    try {
      const note = (i: number) => `Заметка ${String(i)} ${'ж'.repeat(300_000)}`
      const rows = [
        ['Name', 'Phone', 'Notes'],
        ...Array.from({ length: 12 }, (_, i) => [`Клиент ${String(i)}`, '123', note(i)]),
        ['Анна', '+79161234567', note(99)],
      ]
      const path = join(dir, 'notes.csv')
      writeFileSync(path, tableText(rows))
      const importId = await uploadFile(core, path, 'notes.csv', 1024 * 1024)
      const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
      // About 13 rows × 3 cells, twice (the row and its problem's raw cells): tens of kilobytes.
      expect(JSON.stringify(preview).length).toBeLessThan(60_000)
      const shownNote = preview.sampleRows[0]?.[2] ?? ''
      expect(shownNote.endsWith('…')).toBe(true)
      expect(note(0).startsWith(shownNote.slice(0, -1))).toBe(true)
      const problem = preview.sampleContacts[0]?.problems[0]
      expect(problem?.value).toBe('123')
      expect(problem?.raw[0]).toBe('Клиент 0')
      expect(problem?.raw[2]?.length).toBe(previewCellChars + 1)

      const done = waitForReport(core, importId)
      await callCore(core, 'imports.start', {
        importId,
        mapping: preview.mapping,
        consent: 'unknown',
      })
      expect((await done).status).toBe('finished')
      const page = await callCore<ContactPage>(core, 'contacts.query', { search: 'Анна' })
      const anna = await callCore<Contact>(core, 'contacts.get', { id: page.rows[0]?.id })
      expect(anna.notes).toBe(note(99))
    } finally {
      core.close()
    }
  })
})

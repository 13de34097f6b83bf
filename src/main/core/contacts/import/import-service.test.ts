import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ContactPage, DownloadFile } from '../../../../shared/contacts'
import type { ImportPreview, ImportProgress } from '../../../../shared/imports'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { callCore, importFile, uploadFile, waitForReport } from '../../test-support/import-file'

const google = [
  'First Name,Middle Name,Last Name,Labels,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Notes',
  'Анна,,Петрова,* myContacts ::: VIP,Mobile,8 916 123-45-67,,,',
  'Иван,,Смирнов,* myContacts,Work,+7 495 123-45-67,Mobile,+7 (903) 765-43-21,"Любит розы,\nзвонить после 18:00"',
  'Пётр,,Сидоров,,Mobile,123,,,',
  'Анна,,Петрова,* myContacts ::: Опт,Mobile,+79161234567,,,',
  'Офис,,,,Work,+7 495 000-00-00,,,',
].join('\r\n')

describe('importing a contact file through the core', () => {
  const tempDir = useTempDir()

  function setup() {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const file = (name: string, content: string | Buffer) => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    }
    return { core, file, dir }
  }
  const all = (core: ReturnType<typeof setup>['core']) =>
    callCore<ContactPage>(core, 'contacts.query', { limit: 500 })

  it('previews a Google export: encoding, delimiter, guessed mapping and the first rows as imported', async () => {
    const { core, file } = setup()
    const importId = await uploadFile(core, file('google.csv', `\uFEFF${google}`))
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    expect(preview.headers[0]).toBe('First Name')
    expect(preview.delimiter).toBe(',')
    expect(preview.mapping[preview.headers.indexOf('Phone 1 - Value')]).toBe('phone')
    expect(preview.sampleContacts[0]).toMatchObject({
      name: 'Анна Петрова',
      phones: [{ e164: '+79161234567', kind: 'mobile', primary: true }],
    })
    expect(preview.sampleContacts[2]?.problems[0]).toMatchObject({
      severity: 'rejected',
      code: 'invalid_phone',
    })
    core.close()
  })

  it('imports, merges the duplicate, rejects the impossible number and reports every row', async () => {
    const { core, file } = setup()
    const report = await importFile(core, file('google.csv', google))
    expect(report).toMatchObject({
      status: 'finished',
      rows: 5,
      added: 3,
      mergedDuplicates: 1,
      rejected: 1,
    })
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        line: 5,
        severity: 'rejected',
        code: 'invalid_phone',
        value: '123',
      }),
    )
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 7, code: 'not_mobile' }))
    const anna = (await all(core)).rows.find((r) => r.name === 'Анна Петрова')
    expect(anna?.tags).toEqual(['VIP', 'Опт'])
    const ivan = (await all(core)).rows.find((r) => r.name === 'Иван Смирнов')
    expect(ivan).toMatchObject({ primaryPhone: '+79037654321', otherPhones: 1 })
    core.close()
  })

  it('a number on the opt-out list stays there through delete and re-import', async () => {
    const { core, file, dir } = setup()
    await importFile(core, file('first.csv', google), { consent: 'granted' })
    // Until the opt-out screens exist, the list is written directly, as they will write it.
    const other = new Sqlite(join(dir, 'data', 'rupor.db'))
    other
      .prepare(
        "INSERT INTO opt_outs (e164, created_at, source) VALUES ('+79161234567', 1, 'manual_entry')",
      )
      .run()
    other.close()
    const anna = (await all(core)).rows.find((r) => r.name === 'Анна Петрова')
    if (!anna) throw new Error('Anna was not imported')
    expect(anna.optedOut).toBe(true)
    await callCore(core, 'contacts.delete', { ids: [anna.id] })
    await importFile(core, file('again.csv', google), { consent: 'granted' })
    const again = (await all(core)).rows.find((r) => r.name === 'Анна Петрова')
    expect(again?.optedOut).toBe(true)
    core.close()
  })

  it('keeps a withdrawn consent and the notes when the same person is imported again', async () => {
    const { core, file } = setup()
    await importFile(core, file('first.csv', google))
    const ivan = (await all(core)).rows.find((r) => r.name === 'Иван Смирнов')
    if (!ivan) throw new Error('Ivan was not imported')
    await callCore(core, 'contacts.update', {
      id: ivan.id,
      consent: 'withdrawn',
      notes: 'Просил не писать',
    })
    const report = await importFile(
      core,
      file('yes.csv', 'Name,Phone,Consent,Notes\r\nИван Смирнов,+79037654321,да,\r\n'),
      { consent: 'granted' },
    )
    expect(report.unchanged + report.updated).toBe(1)
    const after = await callCore<{ consent: string; notes: string }>(core, 'contacts.get', {
      id: ivan.id,
    })
    expect(after.consent).toBe('withdrawn')
    expect(after.notes).toBe('Просил не писать')
    core.close()
  })

  it('reads a Windows-1251 file with semicolons from Russian Excel', async () => {
    const { core, file } = setup()
    const table =
      'ФИО;Телефон;Группа\r\nСергей Кузнецов;8 (926) 111-22-33;Опт\r\nОльга Попова;89262223344;\r\n'
    const report = await importFile(core, file('excel.csv', iconv.encode(table, 'win1251')))
    expect(report).toMatchObject({ added: 2, rejected: 0 })
    const names = (await all(core)).rows.map((r) => r.name)
    expect(names).toEqual(['Ольга Попова', 'Сергей Кузнецов'])
    core.close()
  })

  it('names the problem and the line of a broken file, and imports nothing', async () => {
    const { core, file } = setup()
    for (const [content, problem, line] of [
      ['', 'empty_file', undefined],
      ['Name,Phone\r\n', 'header_only', 1],
      [
        'Name,Phone\r\nАнна,+79161234567\r\n"Иван,+79031234567\r\nОльга,+79262223344\r\n',
        'unbalanced_quote',
        3,
      ],
    ] as const) {
      const importId = await uploadFile(core, file('bad.csv', content))
      const failure = await callCore(core, 'imports.preview', { importId }).catch((e: unknown) => e)
      expect(failure).toMatchObject({
        error: { code: 'file_problem', details: { problem, ...(line ? { line } : {}) } },
      })
      if (problem === 'unbalanced_quote') {
        const done = waitForReport(core, importId)
        await callCore(core, 'imports.start', {
          importId,
          mapping: ['fullName', 'phone'],
          consent: 'unknown',
        })
        expect((await done).fileProblem).toEqual({ code: 'unbalanced_quote', line: 3 })
      }
    }
    expect((await all(core)).total).toBe(0)
    core.close()
  })

  it('cancelling leaves the book as it was and removes the uploaded file', async () => {
    const { core, file, dir } = setup()
    await importFile(core, file('first.csv', google))
    const before = await all(core)
    const rows = ['Name,Phone']
    for (let i = 0; i < 30_000; i++) rows.push(`Клиент ${i},+7916${String(1_000_000 + i)}`)
    const importId = await uploadFile(core, file('big.csv', rows.join('\n')), 'big.csv', 1 << 20)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    const progress: ImportProgress[] = []
    core.events.subscribe((m) => {
      if (m.name === 'imports.progress') progress.push(m.payload)
    })
    const done = waitForReport(core, importId)
    await callCore(core, 'imports.start', {
      importId,
      mapping: preview.mapping,
      consent: 'unknown',
    })
    await new Promise<void>((resolve) => {
      const stop = core.events.subscribe((m) => {
        if (m.name === 'imports.progress' && m.payload.rowsDone > 0) {
          stop()
          resolve()
        }
      })
    })
    await callCore(core, 'imports.cancel', { importId })
    const report = await done
    expect(report.status).toBe('cancelled')
    expect(await all(core)).toEqual(before)
    expect(progress.at(-1)?.phase).toBe('cancelled')
    expect(existsSync(join(dir, 'data', 'imports', `${importId}.upload`))).toBe(false)
    core.close()
  })

  it('exports the book to CSV that imports back to the same book, in either language', async () => {
    const { core, file, dir } = setup()
    await importFile(core, file('google.csv', google), { consent: 'granted' })
    const strip = (page: ContactPage) => page.rows.map(({ id: _id, ...row }) => row)
    for (const language of ['ru', 'en'] as const) {
      const exported = await callCore<DownloadFile>(core, 'contacts.exportCsv', { language })
      const { core: fresh } = createTestCore(join(dir, `fresh-${language}`))
      await importFile(fresh, file(exported.fileName, exported.content))
      expect(strip(await all(fresh))).toEqual(strip(await all(core)))
      fresh.close()
    }
    core.close()
  })

  it('finds imported and merged contacts by digits, and the search index stays whole', async () => {
    const { core, file, dir } = setup()
    await importFile(core, file('first.csv', google))
    await importFile(
      core,
      file(
        'more.csv',
        'Name,Phone,Labels\r\nАнна Петрова,+7 916 123-45-67,Новые\r\nЗоя,8 926 555 44 33,\r\n',
      ),
    )
    const search = async (text: string) =>
      (await callCore<ContactPage>(core, 'contacts.query', { search: text })).rows.map(
        (r) => r.name,
      )
    expect(await search('9037654321')).toEqual(['Иван Смирнов'])
    expect(await search('8 926 555')).toEqual(['Зоя'])
    expect(await search('петрова')).toEqual(['Анна Петрова'])
    core.close()
    const db = new Sqlite(join(dir, 'data', 'rupor.db'))
    expect(() =>
      db.prepare("INSERT INTO contacts_search (contacts_search) VALUES ('integrity-check')").run(),
    ).not.toThrow()
    expect(db.prepare('SELECT count(*) AS n FROM search_index_deferred').get()).toEqual({ n: 0 })
    // The import gathers its index in bigger pieces; a later edit writes with FTS5's own default.
    expect(
      db.prepare("SELECT v FROM contacts_search_config WHERE k = 'hashsize'").pluck().get(),
    ).toBe(1024 * 1024)
    db.close()
  })

  it('estimates the rows of a file in the preview: exactly when small, closely when big', async () => {
    const { core, file } = setup()
    const rows = (n: number) =>
      [
        'Name,Phone',
        ...Array.from({ length: n }, (_, i) => `Клиент ${String(i)},+7916${String(1_000_000 + i)}`),
      ].join('\r\n')
    const small = await uploadFile(core, file('small.csv', rows(32)), 'small.csv', 1 << 20)
    expect(
      (await callCore<ImportPreview>(core, 'imports.preview', { importId: small })).estimatedRows,
    ).toBe(32)
    const big = await uploadFile(core, file('big.csv', rows(150_000)), 'big.csv', 4 << 20)
    const estimate = (await callCore<ImportPreview>(core, 'imports.preview', { importId: big }))
      .estimatedRows
    // Its first rows are a little shorter than its last ("Клиент 7" against "Клиент 149999").
    expect(estimate).toBeGreaterThan(150_000 * 0.95)
    expect(estimate).toBeLessThan(150_000 * 1.15)
    core.close()
  })
})

// A Russian shop's own Excel file, saved as CSV: Windows-1251, ";" between cells, one «ФИО» column
// with names written every way real files mix them. Each contact's parts are written out.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { Contact, ContactPage } from '../../../../shared/contacts'
import type { ImportPreview, ImportReport } from '../../../../shared/imports'
import type { Core } from '../../create-core'
import { callCore, uploadFile, waitForReport } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'

const shopFile = [
  'ФИО;Телефон;Дата покупки;Сумма;Примечание',
  'Новиков Сергей Петрович;8 916 123-45-67;12.03.2024;4 500,00;постоянный',
  'Смирнова Анна;+7 903 765-43-21;15.03.2024;1 200,00;',
  'Иванов И.И.;8(926)111-22-33;02.04.2024;800,00;оплата картой',
  'Анна Петровна Кузнецова;89854445566;05.04.2024;2 300,00;',
  'КОЗЛОВА ЕЛЕНА ВИКТОРОВНА;+79167778899;07.04.2024;650,00;',
  'Петров-Водкин Кузьма;810 49 1512 3456789;09.04.2024;3 100,00;опт',
  'Соколов А. В.;89031112233;11.04.2024;990,00;',
  'Фёдорова Ольга Ильинична;00375 29 765-43-21;14.04.2024;1 500,00;Минск',
  'Ким Олег;8 10 375 33 111-22-33;18.04.2024;700,00;',
  'Лебедев Дмитрий;123;20.04.2024;0,00;номер потерян',
  'ООО Ромашка;8 495 123-45-67;22.04.2024;15 000,00;безнал',
  'Марина;89160001122;25.04.2024;450,00;',
].join('\r\n')

/** name as written → [Фамилия, Имя, Отчество] as stored. */
const expectedLastFirst: Record<string, [string, string, string]> = {
  'Новиков Сергей Петрович': ['Новиков', 'Сергей', 'Петрович'],
  'Смирнова Анна': ['Смирнова', 'Анна', ''],
  'Иванов И.И.': ['Иванов', '', ''],
  'Анна Петровна Кузнецова': ['Кузнецова', 'Анна', 'Петровна'],
  'КОЗЛОВА ЕЛЕНА ВИКТОРОВНА': ['КОЗЛОВА', 'ЕЛЕНА', 'ВИКТОРОВНА'],
  'Петров-Водкин Кузьма': ['Петров-Водкин', 'Кузьма', ''],
  'Соколов А. В.': ['Соколов', '', ''],
  'Фёдорова Ольга Ильинична': ['Фёдорова', 'Ольга', 'Ильинична'],
  'Ким Олег': ['Ким', 'Олег', ''],
  'ООО Ромашка': ['', '', ''],
  Марина: ['', 'Марина', ''],
}

describe('importing a Russian shop’s file with a ФИО column', () => {
  const tempDir = useTempDir()

  function setup() {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'клиенты.csv')
    writeFileSync(path, iconv.encode(shopFile, 'windows-1251'))
    return { core, path }
  }

  async function contactsOf(core: Core): Promise<Record<string, [string, string, string]>> {
    const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 100 })
    const found: Record<string, [string, string, string]> = {}
    for (const row of page.rows) {
      const contact = await callCore<Contact>(core, 'contacts.get', { id: row.id })
      found[contact.name] = [contact.lastName, contact.firstName, contact.middleName]
    }
    return found
  }

  async function run(core: Core, importId: string, preview: ImportPreview, nameOrder?: string) {
    const done = waitForReport(core, importId)
    await callCore(core, 'imports.start', {
      importId,
      mapping: preview.mapping,
      consent: 'unknown',
      ...(nameOrder ? { nameOrder } : {}),
    })
    return done
  }

  it('previews the split as «Фамилия Имя Отчество», and a rejected row with its name', async () => {
    const { core, path } = setup()
    const importId = await uploadFile(core, path, 'клиенты.csv', 4096)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    expect(preview).toMatchObject({
      encoding: 'windows-1251',
      delimiter: ';',
      nameOrder: 'last_first',
      splitsNames: true,
    })
    expect(
      preview.sampleContacts.map((c) => [c.name, c.lastName, c.firstName, c.middleName]),
    ).toEqual(
      Object.entries(expectedLastFirst)
        .slice(0, 9)
        .map(([name, parts]) => [name, ...parts])
        .concat([['Лебедев Дмитрий', '', '', '']]),
    )
    expect(preview.sampleContacts[9]?.problems).toMatchObject([
      { severity: 'rejected', code: 'invalid_phone', value: '123', name: 'Лебедев Дмитрий' },
    ])
    core.close()
  })

  it('imports every contact with its last, first and middle name, and reports who was lost', async () => {
    const { core, path } = setup()
    const importId = await uploadFile(core, path, 'клиенты.csv', 4096)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    // No order in the request: the import guesses it as the preview did.
    const report: ImportReport = await run(core, importId, preview)
    expect(report).toMatchObject({ status: 'finished', rows: 12, added: 11, rejected: 1 })
    expect(report.problems).toContainEqual(
      expect.objectContaining({ line: 11, code: 'invalid_phone', name: 'Лебедев Дмитрий' }),
    )
    expect(await contactsOf(core)).toEqual(expectedLastFirst)
    core.close()
  })

  it('imports in the order the owner switched to: only names their own words do not place change', async () => {
    const { core, path } = setup()
    const importId = await uploadFile(core, path, 'клиенты.csv', 4096)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', {
      importId,
      nameOrder: 'first_last',
    })
    expect(preview.nameOrder).toBe('first_last')
    expect(preview.sampleContacts[8]).toMatchObject({
      name: 'Ким Олег',
      firstName: 'Ким',
      lastName: 'Олег',
    })
    await run(core, importId, preview, 'first_last')
    expect(await contactsOf(core)).toEqual({
      ...expectedLastFirst,
      'Ким Олег': ['Олег', 'Ким', ''],
    })
    core.close()
  })

  it('reads every number as the shop wrote it: 8, +7, 00 and 8 10 / 810 for abroad', async () => {
    const { core, path } = setup()
    const importId = await uploadFile(core, path, 'клиенты.csv', 4096)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    await run(core, importId, preview)
    const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 100 })
    const numbers: Record<string, [string, string][]> = {}
    for (const row of page.rows) {
      const contact = await callCore<Contact>(core, 'contacts.get', { id: row.id })
      numbers[contact.name] = contact.phones.map((p) => [p.e164, p.kind])
    }
    expect(numbers).toEqual({
      'Новиков Сергей Петрович': [['+79161234567', 'mobile']],
      'Смирнова Анна': [['+79037654321', 'mobile']],
      'Иванов И.И.': [['+79261112233', 'mobile']],
      'Анна Петровна Кузнецова': [['+79854445566', 'mobile']],
      'КОЗЛОВА ЕЛЕНА ВИКТОРОВНА': [['+79167778899', 'mobile']],
      'Петров-Водкин Кузьма': [['+4915123456789', 'mobile']],
      'Соколов А. В.': [['+79031112233', 'mobile']],
      'Фёдорова Ольга Ильинична': [['+375297654321', 'mobile']],
      'Ким Олег': [['+375331112233', 'mobile']],
      // A Moscow landline: kept, flagged, never sent to.
      'ООО Ромашка': [['+74951234567', 'fixed']],
      Марина: [['+79160001122', 'mobile']],
    })
    core.close()
  })

  it('refuses an order it does not know', async () => {
    const { core, path } = setup()
    const importId = await uploadFile(core, path, 'клиенты.csv', 4096)
    await expect(
      callCore(core, 'imports.preview', { importId, nameOrder: 'middle_first' }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
    core.close()
  })
})

// Real vCard exports (see vcard-fixtures.ts) through the import service, as the import dialog runs
// it; every expected contact is written out, name by name and number by number.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Contact, ContactPage } from '../../../../shared/contacts'
import type { ImportPreview } from '../../../../shared/imports'
import { callCore, importFile, uploadFile } from '../../test-support/import-file'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { androidVcf, gmailVcf, iphoneVcf, outlookVcf, vcard40Vcf } from './vcard-fixtures'

describe('importing vCards from real phones and mail programs', () => {
  const tempDir = useTempDir()

  async function imported(name: string, content: string | Buffer) {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, name)
    writeFileSync(path, content)
    const report = await importFile(core, path, { fileName: name })
    const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })
    const contacts = await Promise.all(
      page.rows.map((row) => callCore<Contact>(core, 'contacts.get', { id: row.id })),
    )
    core.close()
    const problems = report.problems.map((p) => [p.line, p.severity, p.code, p.value])
    const people = contacts
      .map((c) => ({
        name: c.name,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        notes: c.notes,
        tags: c.tags,
        phones: c.phones.map((p) => [p.e164, p.raw, p.label, p.kind, p.primary]),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
    return { report, problems, people }
  }

  it('iPhone (iOS 3.0): labels of items and types, faxes and a pager skipped, the photo ignored', async () => {
    const { report, problems, people } = await imported('iPhone.vcf', iphoneVcf())
    expect(report).toMatchObject({ rows: 3, added: 2, rejected: 1 })
    expect(people).toEqual([
      {
        name: 'Дмитрий Морозов',
        firstName: 'Дмитрий',
        lastName: 'Морозов',
        email: '',
        notes: '',
        tags: [],
        phones: [
          ['+79032223344', '+7 903 222-33-44', 'Mobile', 'mobile', true],
          ['+79252223344', '+7 925 222-33-44', 'iPhone', 'mobile', false],
          ['+78122223344', '8 (812) 222-33-44', 'Main', 'fixed', false],
        ],
      },
      {
        name: 'Елена Викторовна Кузнецова',
        firstName: 'Елена',
        lastName: 'Кузнецова',
        email: 'elena@example.ru',
        notes: 'Постоянная покупательница, скидка 5%\nЛюбит пионы',
        tags: [],
        phones: [
          ['+79161112233', '+7 (916) 111-22-33', 'Mobile', 'mobile', true],
          ['+74951112233', '+7 (495) 111-22-33', 'Рабочий', 'fixed', false],
        ],
      },
    ])
    expect(problems).toEqual([
      [1, 'flagged', 'fax_or_pager_skipped', '+7 (495) 111-22-34'],
      [1, 'flagged', 'fax_or_pager_skipped', '+7 (495) 111-22-35'],
      [expect.any(Number), 'flagged', 'fax_or_pager_skipped', '+7 916 000-00-01'],
      [expect.any(Number), 'rejected', 'fax_or_pager_skipped', '+7 (495) 333-44-55'],
    ])
  })

  it('Android (2.1): quoted-printable UTF-8, Windows-1251 and KOI8-R cards in one file', async () => {
    const { report, problems, people } = await imported('00001.vcf', androidVcf())
    expect(report).toMatchObject({ rows: 4, added: 4, rejected: 0 })
    expect(people).toEqual([
      {
        name: 'Андрей Соколов',
        firstName: 'Андрей',
        lastName: 'Соколов',
        email: 'sokolov@example.ru',
        notes: 'Опт: берёт упаковку по 10 штук, платит по счёту\nСкидка 7%',
        tags: [],
        phones: [
          ['+79161234501', '+79161234501', 'Mobile', 'mobile', true],
          ['+74957654301', '84957654301', 'Work', 'fixed', false],
        ],
      },
      {
        name: 'Ирина Петрова',
        firstName: 'Ирина',
        lastName: 'Петрова',
        email: '',
        notes: 'Звонить после обеда',
        tags: [],
        phones: [
          ['+79267654302', '8-926-765-43-02', 'Mobile', 'mobile', true],
          ['+74957654302', '8 (495) 765-43-02', 'Склад', 'fixed', false],
        ],
      },
      {
        name: 'Олег Смирнов',
        firstName: 'Олег',
        lastName: 'Смирнов',
        email: '',
        notes: '',
        tags: [],
        phones: [['+79167654303', '+7 (916) 765-43-03', '', 'mobile', true]],
      },
      {
        name: 'Павел Фёдоров',
        firstName: 'Павел',
        lastName: 'Фёдоров',
        email: '',
        notes: '',
        tags: [],
        phones: [['+375297654304', '+375 29 765-43-04', 'Mobile', 'mobile', true]],
      },
    ])
    expect(problems).toEqual([
      [1, 'flagged', 'fax_or_pager_skipped', '84957654302'],
      [expect.any(Number), 'flagged', 'fax_or_pager_skipped', '+7 916 765-43-09'],
    ])
  })

  it('Outlook 2007 (2.1, Windows-1251): work, cell and fax numbers, X-MS properties skipped', async () => {
    const { report, problems, people } = await imported('Васильев.vcf', outlookVcf())
    expect(report).toMatchObject({ rows: 2, added: 2, rejected: 0 })
    expect(people).toEqual([
      {
        name: 'Васильев Сергей Петрович',
        firstName: 'Сергей',
        lastName: 'Васильев',
        email: 'vasiliev@example.ru',
        notes: 'Оптовик, счёт на юрлицо\nЗвонить до 17:00',
        tags: [],
        phones: [
          ['+79165551234', '+7 (916) 555-12-34', 'Mobile', 'mobile', true],
          ['+74955551234', '+7 (495) 555-12-34', 'Work', 'fixed', false],
        ],
      },
      {
        name: 'Николаева Анна',
        firstName: 'Анна',
        lastName: 'Николаева',
        email: '',
        notes: '',
        tags: [],
        phones: [['+79035551236', '8 903 555-12-36', 'Mobile', 'mobile', true]],
      },
    ])
    expect(problems.map(([, severity, code, value]) => [severity, code, value])).toEqual([
      ['flagged', 'fax_or_pager_skipped', '+7 (495) 555-12-35'],
      ['flagged', 'fax_or_pager_skipped', '8 916 555-12-37'],
    ])
  })

  it('Gmail (3.0): escapes in names and notes, a custom label, Google’s own groups dropped', async () => {
    const { report, problems, people } = await imported('contacts.vcf', gmailVcf())
    expect(report).toMatchObject({ rows: 2, added: 2, rejected: 0 })
    expect(people).toEqual([
      {
        name: 'Алексей Гусев, прораб',
        firstName: 'Алексей',
        lastName: 'Гусев',
        email: '',
        notes: '',
        tags: [],
        phones: [
          ['+79034445568', '8 (903) 444-55-68', 'Mobile', 'mobile', true],
          ['+74954445570', '8 495 444-55-70', 'Склад', 'fixed', false],
        ],
      },
      {
        name: 'Мария Ковалёва',
        firstName: 'Мария',
        lastName: 'Ковалёва',
        email: 'maria.k@example.ru',
        notes:
          'Заказы по пятницам, доставка\nс 10 до 18; самовывоз — склад на Лесной, вход со двора, код 1234',
        tags: ['VIP клиенты', 'Опт'],
        phones: [
          ['+79164445566', '+7 916 444-55-66', 'Mobile', 'mobile', true],
          ['+79264445567', '+7 926 444-55-67', 'WhatsApp', 'mobile', false],
          ['+74954445566', '+7 495 444-55-66', 'Work', 'fixed', false],
        ],
      },
    ])
    expect(problems.map(([, severity, code, value]) => [severity, code, value])).toEqual([
      ['flagged', 'fax_or_pager_skipped', '8 495 444-55-69'],
    ])
  })

  it('vCard 4.0: tel: URIs, an extension kept with its number, PREF=1', async () => {
    const { report, problems, people } = await imported('contacts.vcf', vcard40Vcf())
    expect(report).toMatchObject({ rows: 2, added: 2, rejected: 0 })
    expect(people[0]).toEqual({
      name: 'Игорь Бондаренко',
      firstName: 'Игорь',
      lastName: 'Бондаренко',
      email: 'igor@example.ru',
      notes: 'Офис, 3 этаж',
      tags: [],
      phones: [
        ['+79167778899', '+7-916-777-88-99', 'Mobile', 'mobile', true],
        ['+74957778899', '+7-495-777-88-99;ext=102', 'Work', 'fixed', false],
      ],
    })
    // No N: how a name alone is split is the names' business, not the vCard's.
    expect(people[1]).toMatchObject({
      name: 'Склад на Лесной',
      email: '',
      notes: '',
      tags: [],
      phones: [['+74957778890', '+7-495-777-88-90;ext=5', 'Work', 'fixed', false]],
    })
    expect(people).toHaveLength(2)
    expect(problems).toEqual([
      [1, 'flagged', 'fax_or_pager_skipped', '+7-495-777-88-98'],
      [11, 'flagged', 'not_mobile', '+7-495-777-88-90;ext=5'],
    ])
  })

  it('shows the labels in the mapping preview as columns that are not imported by themselves', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'iPhone.vcf')
    writeFileSync(path, iphoneVcf())
    const importId = await uploadFile(core, path, 'iPhone.vcf', 65_536)
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    const column = (header: string) => preview.headers.indexOf(header)
    expect(preview.mapping[column('Mobile phone')]).toBe('phone')
    expect(preview.mapping[column('Mobile phone - Label')]).toBe('ignore')
    expect(preview.sampleRows[0]?.[column('Other phone - Label')]).toBe(
      'Рабочий ::: Home Fax ::: Work Fax',
    )
    core.close()
  })
})

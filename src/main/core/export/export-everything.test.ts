import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import Sqlite from 'better-sqlite3'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { notFound } from '../errors'
import { setUpAssistedCore } from '../test-support/assisted-core'
import { FakeClock } from '../time/fake-clock'
import { exportEverything } from './export-everything'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

/** Three customers (one with a formula for a name) and one who has no phone. */
const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+7 916 111-11-11,да',
  'Борис,+7 916 222-22-22,да',
  '"=HYPERLINK(""http://evil"")",+7 916 333-33-33,да',
].join('\n')

/** Cells starting with + are written with an apostrophe, like formulas (csv-safety.ts). */
const cell = (e164: string) => `'${e164}`

/** A file of the zip as a Russian Excel splits it: on ";" (csv-writer.ts). */
const read = (files: Record<string, Uint8Array>, name: string, delimiter = ';'): string[][] => {
  const bytes = files[name]
  if (!bytes) throw new Error(`${name} is not in the zip: ${Object.keys(files).join(', ')}`)
  const text = Buffer.from(bytes).toString('utf8')
  expect(text.startsWith('\uFEFF'), `${name} starts with a BOM`).toBe(true)
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data
}

/** The first line of every file in the zip, as written. */
const headerLines = (files: Record<string, Uint8Array>): string[] =>
  Object.values(files).map((bytes) => Buffer.from(bytes).toString('utf8').split('\r\n')[0] ?? '')

describe('export everything', () => {
  const tempDir = useTempDir()

  it('is one zip of CSV files that read back: contacts, opt-outs, lists, campaigns, ledger', async () => {
    const shop = await setUpAssistedCore(tempDir(), { book })
    const { core } = shop
    await callCore<Campaign>(core, 'campaigns.start', { id: shop.campaign.id })
    // The owner sends to everyone; Борис then asks to stop.
    await shop.answerAll()
    await callCore(core, 'optOuts.addNumbers', { text: '+7 916 222-22-22', note: 'просил' })
    await core.capabilities.secrets.set('cloud-token-1', 'EAAGsecretTOKEN123')
    // Anna gets a second number (primary stays the first) and two tags; one more person has no number.
    const found = await callCore<ContactPage>(core, 'contacts.query', { search: 'Анна' })
    const anna = found.rows[0]?.id ?? 0
    await callCore(core, 'contacts.update', {
      id: anna,
      phones: [{ raw: '+7 916 111-11-11' }, { raw: '+7 495 123-45-67', label: 'work' }],
      notes: 'любит тюльпаны, звонить после 18:00',
    })
    await callCore(core, 'contacts.tag', { ids: [anna], add: ['VIP', 'постоянная'] })

    const download = await callCore<{ fileName: string; mimeType: string; base64: string }>(
      core,
      'data.exportAll',
      { language: 'ru' },
    )
    expect(download.fileName).toBe('rupor-export-2026-12-01.zip')
    expect(download.mimeType).toBe('application/zip')
    const files = unzipSync(Buffer.from(download.base64, 'base64'))
    expect(Object.keys(files).sort()).toEqual([
      'campaigns.csv',
      'campaigns/Декабрь.csv',
      'contacts.csv',
      'ledger.csv',
      'lists.csv',
      'lists/Все.csv',
      'opt-outs.csv',
    ])

    // Exactly what the contact book's own export writes, byte for byte.
    const bookExport = await callCore<{ content: string }>(core, 'contacts.exportCsv', {
      language: 'ru',
    })
    expect(Buffer.from(files['contacts.csv'] ?? []).toString('utf8')).toBe(bookExport.content)
    const contacts = read(files, 'contacts.csv')
    expect(contacts).toHaveLength(1 + 3)
    expect(contacts[0]?.slice(0, 5)).toEqual([
      'Name',
      'First Name',
      'Middle Name',
      'Last Name',
      'Phone',
    ])
    const annaRow = contacts.find((row) => row[0] === 'Анна Петрова')
    expect(annaRow?.[4]).toBe(cell('+79161111111'))
    expect(annaRow?.[5]).toBe(cell('+74951234567'))
    expect(annaRow?.[7]).toBe('VIP ::: постоянная')
    // A formula stays text in a spreadsheet.
    expect(contacts.some((row) => row[0] === '\'=HYPERLINK("http://evil")')).toBe(true)
    const boris = contacts.find((row) => row[0] === 'Борис')
    expect(boris?.[9]).toBe('yes') // Opted Out

    const optOuts = read(files, 'opt-outs.csv')
    expect(optOuts.slice(1).map((row) => [row[0], row[3]])).toEqual([
      [cell('+79162222222'), 'просил'],
    ])

    expect(
      read(files, 'lists.csv')
        .slice(1)
        .map((row) => [row[0], row[2]]),
    ).toEqual([['Все', '3']])
    const members = read(files, 'lists/Все.csv')
    expect(
      members
        .slice(1)
        .map((row) => row[4])
        .sort(),
    ).toEqual([cell('+79161111111'), cell('+79162222222'), cell('+79163333333')])

    const campaigns = read(files, 'campaigns.csv')
    expect(campaigns.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[8]])).toEqual([
      ['Декабрь', 'Магазин', 'Все', 'finished', '3'],
    ])
    const items = read(files, 'campaigns/Декабрь.csv')
    expect(items.slice(1).map((row) => row[2])).toEqual(['sent', 'sent', 'sent'])

    const ledger = read(files, 'ledger.csv')
    expect(ledger[0]).toEqual([
      'Time',
      'Number',
      'Campaign',
      'Phone',
      'New Chat',
      'State',
      'Number Deleted',
      'Channel',
    ])
    expect(ledger.slice(1).map((row) => [row[1], row[2], row[5], row[6], row[7]])).toEqual([
      ['Магазин', 'Декабрь', 'sent', 'no', 'assisted'],
      ['Магазин', 'Декабрь', 'sent', 'no', 'assisted'],
      ['Магазин', 'Декабрь', 'sent', 'no', 'assisted'],
    ])
    expect(
      ledger
        .slice(1)
        .map((row) => row[3])
        .sort(),
    ).toEqual(
      members
        .slice(1)
        .map((r) => r[4])
        .sort(),
    )

    const everything = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n')
    expect(everything).not.toContain('EAAGsecretTOKEN123')

    // Every file as the owner's Excel splits it: ";" in Russian, "," in English, cells quoted.
    for (const line of headerLines(files)) expect(line).toMatch(/^\uFEFF"[^"]+"(;"[^"]+")+$/)
    const english = await callCore<{ base64: string }>(core, 'data.exportAll', { language: 'en' })
    const englishFiles = unzipSync(Buffer.from(english.base64, 'base64'))
    for (const line of headerLines(englishFiles)) {
      expect(line).toMatch(/^\uFEFF"[^"]+"(,"[^"]+")+$/)
    }
    expect(read(englishFiles, 'lists.csv', ',').slice(1)[0]?.[0]).toBe('Все')
    core.close()
  })

  it('names a deleted sender in the ledger rows of what it sent, marked as deleted', async () => {
    const shop = await setUpAssistedCore(tempDir(), { book })
    const { core } = shop
    await callCore<Campaign>(core, 'campaigns.start', { id: shop.campaign.id })
    await shop.answerAll()
    // The owner clears up: the finished campaign, then the number it was sent from.
    await callCore(core, 'campaigns.delete', { id: shop.campaign.id })
    await callCore(core, 'senders.delete', { id: shop.sender.id })
    expect(await callCore<unknown[]>(core, 'senders.list', {})).toEqual([])

    const download = await callCore<{ base64: string }>(core, 'data.exportAll', {
      language: 'ru',
    })
    const files = unzipSync(Buffer.from(download.base64, 'base64'))
    const ledger = read(files, 'ledger.csv')
    // Still three sends, each saying which number sent it (the limits count them too).
    expect(ledger.slice(1).map((row) => [row[1], row[2], row[5], row[6]])).toEqual([
      ['Магазин', '', 'sent', 'yes'],
      ['Магазин', '', 'sent', 'yes'],
      ['Магазин', '', 'sent', 'yes'],
    ])
    expect(read(files, 'campaigns.csv').slice(1)).toEqual([])
    core.close()
  })

  it('goes on when a list is deleted while the zip is written (it waits a turn after each file)', async () => {
    const db = new Sqlite(':memory:')
    migrate(db, migrations, () => ':memory:')
    const list = (id: number, name: string) => ({
      id,
      name,
      description: '',
      size: 2,
      eligible: 2,
      createdAt: 0,
    })
    const download = await exportEverything(
      {
        db,
        clock: new FakeClock(),
        optOutsCsv: () => '\uFEFF"Phone"\r\n',
        lists: () => [list(1, 'Весна'), list(2, 'Осень')],
        // «Весна» was deleted after the lists were read, before its file was written.
        listCsv: (id) => {
          if (id === 1) throw notFound('no such list')
          return '\uFEFF"Name"\r\n"Анна"\r\n'
        },
        campaigns: () => [],
        campaignItemsCsv: () => '',
        senderLabels: () => new Map(),
      },
      'ru',
    )
    const files = unzipSync(Buffer.from(download.base64, 'base64'))
    expect(strFromU8(files['lists/Весна.csv'] ?? new Uint8Array([1]))).toBe('')
    expect(read(files, 'lists/Осень.csv').slice(1)).toEqual([['Анна']])
    db.close()
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Contact, ContactPage, DeleteOutcome, DownloadFile } from '../../../shared/contacts'
import type { Eligibility } from '../../../shared/eligibility'
import type { OptOutAddOutcome, OptOutPage } from '../../../shared/opt-outs'
import type { Core } from '../create-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+79161234567 ::: +79031112233,да',
  'Иван Смирнов,8 903 123-45-67,да',
].join('\n')

describe('the opt-out list', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const { core, clock } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'book.csv')
    writeFileSync(path, book)
    await importFile(core, path)
    return { core, clock, dir, path }
  }
  const idOf = async (core: Core, name: string) => {
    const page = await callCore<ContactPage>(core, 'contacts.query', { search: name })
    const row = page.rows[0]
    if (!row) throw new Error(`${name} missing`)
    return row.id
  }
  const check = (core: Core, number: string) =>
    callCore<Eligibility>(core, 'optOuts.check', { number })

  it('takes pasted numbers in any spelling and names the unreadable ones by line', async () => {
    const { core } = await setup()
    const outcome = await callCore<OptOutAddOutcome>(core, 'optOuts.addNumbers', {
      text: '8 (916) 123-45-67\n+7 903 123 45 67, 79161234567\n\nпозвонить 12\n',
      note: 'просили по телефону',
    })
    expect(outcome).toEqual({
      added: 2,
      alreadyOptedOut: 0,
      rejected: [{ line: 4, raw: 'позвонить 12', reason: 'invalid_phone' }],
    })
    const page = await callCore<OptOutPage>(core, 'optOuts.query', {})
    expect(page.total).toBe(3) // Анна's second number follows her first
    expect(page.rows.find((r) => r.e164 === '+79031112233')).toMatchObject({
      linkedFrom: '+79161234567',
      contactName: 'Анна Петрова',
    })
    expect(await check(core, '89161234567')).toEqual({
      eligible: false,
      e164: '+79161234567',
      reasons: ['opted_out'],
    })
  })

  it('keeps a number opted out when its contact is deleted and imported again', async () => {
    const { core, path } = await setup()
    const anna = await idOf(core, 'Анна')
    await callCore(core, 'optOuts.addContacts', { ids: [anna], note: '' })
    await callCore<DeleteOutcome>(core, 'contacts.delete', { ids: [anna] })
    await importFile(core, path, { consent: 'granted' })
    const again = await callCore<Contact>(core, 'contacts.get', { id: await idOf(core, 'Анна') })
    expect(again.optedOut).toBe(true)
    expect(again.optedOutPhones.sort()).toEqual(['+79031112233', '+79161234567'])
    expect((await check(core, '+79161234567')).eligible).toBe(false)
  })

  it('opts out a number given to an opted-out contact by an edit', async () => {
    const { core } = await setup()
    const ivan = await idOf(core, 'Иван')
    await callCore(core, 'optOuts.addContacts', { ids: [ivan], note: '' })
    await callCore(core, 'contacts.update', { id: ivan, phones: [{ raw: '+7 926 000-11-22' }] })
    expect(await check(core, '+79260001122')).toMatchObject({
      eligible: false,
      reasons: ['opted_out'],
    })
    // The old number stays on the list although no contact has it now.
    expect(await check(core, '+79031234567')).toMatchObject({
      eligible: false,
      reasons: ['opted_out', 'no_consent'],
    })
  })

  it('lets a number off only through a confirmed re-subscription, recorded', async () => {
    const { core } = await setup()
    await callCore(core, 'optOuts.addNumbers', { text: '+79031234567', note: '' })
    await expect(
      callCore(core, 'optOuts.resubscribe', { e164s: ['+79031234567'], note: '' }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
    expect(
      await callCore(core, 'optOuts.resubscribe', {
        e164s: ['+79031234567'],
        note: 'написал сам',
        confirmed: true,
      }),
    ).toEqual({ removed: 1 })
    expect(await check(core, '+79031234567')).toEqual({ eligible: true, e164: '+79031234567' })
  })

  it('reads a Windows-1251 table of numbers and finds its number column', async () => {
    const { core } = await setup()
    const csv =
      'Клиент;Телефон;Заметка\r\nПетров;8 916 123-45-67;просил\r\nСидоров;нет номера;\r\nКозлов;+7 903 123 45 67;\r\n'
    const outcome = await callCore<OptOutAddOutcome>(core, 'optOuts.importFile', {
      fileName: 'отписки.csv',
      base64: iconv.encode(csv, 'windows-1251').toString('base64'),
      note: '',
    })
    expect(outcome).toEqual({
      added: 2,
      alreadyOptedOut: 0,
      rejected: [{ line: 3, raw: 'нет номера', reason: 'no_digits' }],
    })
    const page = await callCore<OptOutPage>(core, 'optOuts.query', { source: 'imported_list' })
    // Анна's second number follows her first.
    expect(page.rows.map((r) => [r.e164, r.linkedFrom]).sort()).toEqual([
      ['+79031112233', '+79161234567'],
      ['+79031234567', null],
      ['+79161234567', null],
    ])
  })

  it('takes every number of a list written on one line, naming the unreadable ones', async () => {
    const { core } = await setup()
    const numbers = Array.from({ length: 20 }, (_, i) => `+7916${String(2000000 + i)}`)
    const importText = (text: string) =>
      callCore<OptOutAddOutcome>(core, 'optOuts.importFile', {
        fileName: 'list.txt',
        base64: Buffer.from(text).toString('base64'),
        note: '',
      })
    expect(await importText(numbers.join(','))).toEqual({
      added: 20,
      alreadyOptedOut: 0,
      rejected: [],
    })
    const others = numbers.map((n) => n.replace('+7916', '+7903'))
    const withBad = [...others.slice(0, 10), '123', ...others.slice(10)].join('; ')
    expect(await importText(`${withBad}\r\n`)).toEqual({
      added: 20,
      alreadyOptedOut: 0,
      rejected: [{ line: 1, raw: '123', reason: 'too_short' }],
    })
    expect((await callCore<OptOutPage>(core, 'optOuts.query', {})).total).toBe(40)
  })

  it('refuses a one-line list past the column limit as a file problem naming the line', async () => {
    const { core } = await setup()
    const numbers = Array.from({ length: 600 }, (_, i) => `+7916${String(3000000 + i)}`)
    await expect(
      callCore(core, 'optOuts.importFile', {
        fileName: 'list.txt',
        base64: Buffer.from(numbers.join(',')).toString('base64'),
        note: '',
      }),
    ).rejects.toMatchObject({
      error: { code: 'file_problem', details: { problem: 'too_many_columns', line: 1 } },
    })
  })

  it('refuses a file with no numbers with a file problem', async () => {
    const { core } = await setup()
    await expect(
      callCore(core, 'optOuts.importFile', {
        fileName: 'x.csv',
        base64: Buffer.from('a,b\nc,d\n').toString('base64'),
        note: '',
      }),
    ).rejects.toMatchObject({
      error: { code: 'file_problem', details: { problem: 'no_phone_column' } },
    })
  })

  it('finds entries by digits or by name and exports them for the records', async () => {
    const { core } = await setup()
    await callCore(core, 'optOuts.addContacts', { ids: [await idOf(core, 'Иван')], note: 'звонил' })
    await callCore(core, 'optOuts.addNumbers', { text: '+7 999 111-22-33', note: '' })
    expect((await callCore<OptOutPage>(core, 'optOuts.query', { search: '111 22' })).total).toBe(1)
    const whole = await callCore<OptOutPage>(core, 'optOuts.query', { search: '8 (903) 123-45-67' })
    expect(whole.rows.map((r) => r.e164)).toEqual(['+79031234567'])
    expect((await callCore<OptOutPage>(core, 'optOuts.query', { search: 'смирн' })).total).toBe(1)
    // Digits that are no number at all (here read as 00…, an international prefix) find nothing.
    expect((await callCore<OptOutPage>(core, 'optOuts.query', { search: '000000' })).total).toBe(0)
    const file = await callCore<DownloadFile>(core, 'optOuts.exportCsv', { language: 'ru' })
    // As a Russian Excel splits it: ";" between quoted cells.
    expect(file.content.startsWith('\uFEFF"Phone";"Opted Out At";')).toBe(true)
    const rows = Papa.parse<string[]>(file.content.slice(1).trim(), { delimiter: ';' }).data
    expect(rows[0]).toEqual(['Phone', 'Opted Out At', 'Source', 'Note', 'Linked From', 'Contact'])
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ["'+79031234567", 'contact_card', 'звонил', 'Иван Смирнов'],
      ["'+79991112233", 'manual_entry', '', ''],
    ])
    const english = await callCore<DownloadFile>(core, 'optOuts.exportCsv', { language: 'en' })
    expect(english.content.startsWith('\uFEFF"Phone","Opted Out At",')).toBe(true)
  })

  it('takes back its own export, in either language, as the same numbers', async () => {
    const { core } = await setup()
    await callCore(core, 'optOuts.addNumbers', {
      text: '+7 999 111-22-33\n+7 903 123-45-67',
      note: 'a;b',
    })
    for (const language of ['ru', 'en'] as const) {
      const file = await callCore<DownloadFile>(core, 'optOuts.exportCsv', { language })
      const other = createTestCore(join(tempDir(), 'data')).core
      const outcome = await callCore<OptOutAddOutcome>(other, 'optOuts.importFile', {
        fileName: file.fileName,
        base64: Buffer.from(file.content, 'utf8').toString('base64'),
        note: '',
      })
      expect(outcome).toEqual({ added: 2, alreadyOptedOut: 0, rejected: [] })
      const page = await callCore<OptOutPage>(other, 'optOuts.query', {})
      expect(page.rows.map((r) => r.e164).sort()).toEqual(['+79031234567', '+79991112233'])
      other.close()
    }
  })

  it('excludes people without consent unless Settings allow it, and never a withdrawal', async () => {
    const { core } = await setup()
    await callCore(core, 'optOuts.addNumbers', { text: '+79161234567', note: '' })
    expect(await check(core, '+7 926 555-44-33')).toMatchObject({ reasons: ['no_consent'] })
    await callCore(core, 'settings.update', { broadcastWithoutConsent: true })
    expect(await check(core, '+7 926 555-44-33')).toMatchObject({ eligible: true })
    expect(await check(core, '+7 495 123-45-67')).toMatchObject({ reasons: ['not_mobile'] })
    expect(await check(core, '12')).toMatchObject({ reasons: ['invalid_number'] })
  })
})

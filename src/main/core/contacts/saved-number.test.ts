import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type {
  Contact,
  ContactPage,
  DownloadFile,
  SavedNumberMarkOutcome,
  SavedNumberState,
} from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { guessMapping } from './import/guess-mapping'
import { savedNumberOfCell } from './import/saved-number-cell'
import { importedSavedNumber } from './merge-contact'

const day = 24 * 60 * 60 * 1000

const shop = [
  'Name,Phone,Tags',
  'Анна Петрова,+79161234567,VIP',
  'Иван Смирнов,+79031234567,',
  'Ольга Попова,+79262223344,VIP',
].join('\n')

describe('"saved our number" on contacts', () => {
  const tempDir = useTempDir()

  async function setup(table = shop, fileName = 'clients.csv') {
    const dir = tempDir()
    const { core, clock } = createTestCore(join(dir, 'data'))
    const path = join(dir, fileName)
    writeFileSync(path, table)
    await importFile(core, path, { fileName })
    const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })
    const id = (name: string) => {
      const row = page.rows.find((r) => r.name === name)
      if (!row) throw new Error(`${name} missing`)
      return row.id
    }
    const contact = (name: string) => callCore<Contact>(core, 'contacts.get', { id: id(name) })
    const names = async (query: object) =>
      (await callCore<ContactPage>(core, 'contacts.query', query)).rows.map((r) => r.name)
    const reimport = async (text: string, name = 'again.csv') => {
      const path = join(dir, name)
      writeFileSync(path, text)
      return importFile(core, path, { fileName: name })
    }
    return { core, clock, dir, id, contact, names, reimport }
  }

  it('is unknown, with no source, for a contact nobody said anything about', async () => {
    const { core, contact } = await setup()
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'unknown',
      savedNumberSource: null,
      savedNumberAt: null,
    })
    core.close()
  })

  it('an edit on the card records the owner as the source, with the date; an unchanged answer keeps it', async () => {
    const { core, clock, id, contact } = await setup()
    const at = clock.now()
    await callCore(core, 'contacts.update', { id: id('Анна Петрова'), savedNumber: 'yes' })
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'yes',
      savedNumberSource: 'owner',
      savedNumberAt: at,
    })
    clock.advance(day)
    await callCore(core, 'contacts.update', {
      id: id('Анна Петрова'),
      savedNumber: 'yes',
      notes: 'постоянная',
    })
    expect((await contact('Анна Петрова')).savedNumberAt).toBe(at)
    await callCore(core, 'contacts.update', { id: id('Анна Петрова'), savedNumber: 'unknown' })
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'unknown',
      savedNumberSource: null,
      savedNumberAt: null,
    })
    core.close()
  })

  it('refuses an answer that is not one of the four', async () => {
    const { core, id } = await setup()
    await expect(
      callCore(core, 'contacts.update', { id: id('Анна Петрова'), savedNumber: 'maybe' }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
    core.close()
  })

  it('marks the ticked, or everyone a filter finds less the unticked, as the owner', async () => {
    const { core, clock, id, contact, names } = await setup()
    const first = await callCore<SavedNumberMarkOutcome>(core, 'contacts.markSavedNumber', {
      ids: [id('Анна Петрова')],
      savedNumber: 'no',
    })
    expect(first).toEqual({ matched: 1, marked: 1 })
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'no',
      savedNumberSource: 'owner',
      savedNumberAt: clock.now(),
    })
    const all = await callCore<SavedNumberMarkOutcome>(core, 'contacts.markSavedNumber', {
      matching: { query: { search: '', tag: 'VIP' }, except: [id('Ольга Попова')] },
      savedNumber: 'yes',
    })
    expect(all).toEqual({ matched: 1, marked: 1 })
    expect(await names({ savedNumber: 'yes' })).toEqual(['Анна Петрова'])
    expect(await names({ savedNumber: 'unknown' })).toEqual(['Иван Смирнов', 'Ольга Попова'])
    // Already so: counted as found, not as marked.
    expect(
      await callCore(core, 'contacts.markSavedNumber', {
        ids: [id('Анна Петрова'), 999_999],
        savedNumber: 'yes',
      }),
    ).toEqual({ matched: 1, marked: 0 })
    core.close()
  })

  it('the book filters by the answer and by a list, with the count agreeing', async () => {
    const { core, id, names } = await setup()
    await callCore(core, 'contacts.markSavedNumber', {
      ids: [id('Иван Смирнов'), id('Ольга Попова')],
      savedNumber: 'no',
    })
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Весна',
      contactIds: [id('Анна Петрова'), id('Ольга Попова')],
    })
    expect(await names({ savedNumber: 'no' })).toEqual(['Иван Смирнов', 'Ольга Попова'])
    expect(await names({ savedNumber: 'no', listId: list.id })).toEqual(['Ольга Попова'])
    const page = await callCore<ContactPage>(core, 'contacts.query', {
      savedNumber: 'unknown',
      listId: list.id,
    })
    expect(page.total).toBe(1)
    expect(page.rows.map((r) => r.name)).toEqual(['Анна Петрова'])
    core.close()
  })

  it('an import reads the column: yes, no, empty; the source is the import, with its date', async () => {
    const { core, clock, contact } = await setup(
      [
        'Имя,Телефон,Сохранил номер',
        'Анна Петрова,+79161234567,да',
        'Иван Смирнов,+79031234567,-',
        'Ольга Попова,+79262223344,',
        'Пётр Орлов,+79265556677,не помню',
      ].join('\n'),
    )
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'yes',
      savedNumberSource: 'import',
      savedNumberAt: clock.now(),
    })
    expect((await contact('Иван Смирнов')).savedNumber).toBe('no')
    expect(await contact('Ольга Попова')).toMatchObject({
      savedNumber: 'unknown',
      savedNumberSource: null,
    })
    expect((await contact('Пётр Орлов')).savedNumber).toBe('unknown')
    core.close()
  })

  it('a merge never turns a known answer into unknown; a yes or no in a newer file is taken', async () => {
    const { core, id, contact, reimport } = await setup()
    await callCore(core, 'contacts.markSavedNumber', {
      ids: [id('Анна Петрова'), id('Иван Смирнов')],
      savedNumber: 'yes',
    })
    const report = await reimport(
      [
        'Name,Phone,Saved our number',
        'Анна Петрова,+79161234567,',
        'Иван Смирнов,+79031234567,no',
        'Ольга Попова,+79262223344,???',
      ].join('\n'),
    )
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 2 })
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'yes',
      savedNumberSource: 'owner',
    })
    expect(await contact('Иван Смирнов')).toMatchObject({
      savedNumber: 'no',
      savedNumberSource: 'import',
    })
    expect((await contact('Ольга Попова')).savedNumber).toBe('unknown')
    core.close()
  })

  it('the contacts CSV writes the column and an import of it reads every answer back', async () => {
    const { core, id, dir } = await setup()
    await callCore(core, 'contacts.markSavedNumber', {
      ids: [id('Анна Петрова')],
      savedNumber: 'yes',
    })
    await callCore(core, 'contacts.markSavedNumber', {
      ids: [id('Иван Смирнов')],
      savedNumber: 'no',
    })
    for (const language of ['ru', 'en'] as const) {
      const file = await callCore<DownloadFile>(core, 'contacts.exportCsv', { language })
      expect(file.content.split(/\r?\n/)[0]).toContain('Saved Our Number')
      const fresh = createTestCore(join(dir, `fresh-${language}`))
      const path = join(dir, `export-${language}.csv`)
      writeFileSync(path, file.content)
      await importFile(fresh.core, path)
      const rows = (await callCore<ContactPage>(fresh.core, 'contacts.query', {})).rows
      const answers: Record<string, SavedNumberState> = {}
      for (const row of rows) {
        const contact = await callCore<Contact>(fresh.core, 'contacts.get', { id: row.id })
        answers[contact.name] = contact.savedNumber
      }
      expect(answers).toEqual({
        'Анна Петрова': 'yes',
        'Иван Смирнов': 'no',
        'Ольга Попова': 'unknown',
      })
      fresh.core.close()
    }
    core.close()
  })
})

describe('someone who writes to the shop', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('is "likely" saved the number (wrote first) if nobody knew; a known answer stays', async () => {
    const { core, server, sender, clock } = await setUpCloudCore(tempDir(), servers)
    const rows = (await callCore<ContactPage>(core, 'contacts.query', {})).rows
    const id = (name: string) => rows.find((r) => r.name === name)?.id ?? 0
    await callCore(core, 'contacts.markSavedNumber', {
      ids: [id('Борис Смирнов')],
      savedNumber: 'no',
    })
    server.inboundText('79161111111', 'Здравствуйте! Есть тюльпаны?')
    server.inboundText('79162222222', 'Привет')
    const base64 = Buffer.from(
      server
        .webhookEvents()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    ).toString('base64')
    await callCore(core, 'cloud.importEvents', { senderId: sender.id, base64 })
    const contact = (name: string) => callCore<Contact>(core, 'contacts.get', { id: id(name) })
    expect(await contact('Анна Петрова')).toMatchObject({
      savedNumber: 'likely',
      savedNumberSource: 'wrote_first',
      savedNumberAt: Math.floor(clock.now() / 1000) * 1000,
    })
    expect((await contact('Борис Смирнов')).savedNumber).toBe('no')
    expect((await contact('Вера Кузнецова')).savedNumber).toBe('unknown')
    core.close()
  })
})

describe('the import column and its cells', () => {
  it.each([
    'Сохранил номер',
    'Номер сохранён',
    'Сохранил(а) наш номер',
    'Saved our number',
    'saved_number',
    'Saved Our Number',
  ])('guesses «%s» as the "saved our number" column, not a phone', (header) => {
    expect(guessMapping(['Имя', 'Телефон', header])).toEqual(['firstName', 'phone', 'savedNumber'])
  })

  it('leaves phone and consent columns alone', () => {
    expect(guessMapping(['Номер телефона', 'Согласие', 'Мобильный'])).toEqual([
      'phone',
      'consent',
      'phone',
    ])
  })

  it.each([
    ['да', 'yes'],
    ['Да', 'yes'],
    ['yes', 'yes'],
    ['1', 'yes'],
    ['true', 'yes'],
    ['+', 'yes'],
    ['✓', 'yes'],
    ['нет', 'no'],
    ['no', 'no'],
    ['0', 'no'],
    ['FALSE', 'no'],
    ['-', 'no'],
    ['likely', 'likely'],
    ['', 'unknown'],
    ['может быть', 'unknown'],
    ['2', 'unknown'],
  ] as const)('reads «%s» as %s', (cell, expected) => {
    expect(savedNumberOfCell(cell)).toBe(expected)
  })

  it('for any book answer and any cell, a merge never makes a known answer unknown', () => {
    const states = fc.constantFrom<SavedNumberState>('yes', 'likely', 'no', 'unknown')
    fc.assert(
      fc.property(states, fc.option(states, { nil: undefined }), (current, incoming) => {
        const next = importedSavedNumber(current, incoming) ?? current
        if (current !== 'unknown') expect(next).not.toBe('unknown')
        if (incoming === 'yes' || incoming === 'no') expect(next).toBe(incoming)
        if (incoming === undefined || incoming === 'unknown') expect(next).toBe(current)
      }),
    )
  })
})

import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Contact, ContactPage, DeleteOutcome, TagCount } from '../../../shared/contacts'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { callCore, importFile } from '../test-support/import-file'

const table = [
  'Name,Phone,Tags',
  'Анна Петрова,+79161234567,VIP',
  'Иван Смирнов,+79031234567,',
  'Ольга Попова,+79262223344,Опт',
].join('\n')

describe('editing the contact book', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'book.csv')
    writeFileSync(path, table)
    await importFile(core, path)
    const page = await callCore<ContactPage>(core, 'contacts.query', {})
    const id = (name: string) => {
      const row = page.rows.find((r) => r.name === name)
      if (!row) throw new Error(`${name} missing`)
      return row.id
    }
    return { core, id }
  }

  it('normalises edited numbers, makes a mobile one primary and keeps what was typed', async () => {
    const { core, id } = await setup()
    const contact = await callCore<Contact>(core, 'contacts.update', {
      id: id('Иван Смирнов'),
      phones: [
        { raw: '8 (495) 123-45-67', label: 'Рабочий' },
        { raw: '8 903 765 43 21', label: 'Мобильный' },
      ],
    })
    expect(contact.phones).toEqual([
      {
        e164: '+74951234567',
        raw: '8 (495) 123-45-67',
        kind: 'fixed',
        label: 'Рабочий',
        primary: false,
      },
      {
        e164: '+79037654321',
        raw: '8 903 765 43 21',
        kind: 'mobile',
        label: 'Мобильный',
        primary: true,
      },
    ])
    expect(contact.flag).toBeNull()
    core.close()
  })

  it('refuses an impossible number or one that belongs to someone else, naming it, and saves nothing', async () => {
    const { core, id } = await setup()
    const failure = await callCore(core, 'contacts.update', {
      id: id('Иван Смирнов'),
      name: 'Иван Иванович',
      phones: [{ raw: '12' }, { raw: '+79161234567' }],
    }).catch((e: unknown) => e)
    expect(failure).toMatchObject({
      error: {
        code: 'invalid_input',
        issues: [
          { path: 'phones.0.raw' },
          { path: 'phones.1.raw', message: 'belongs_to_other_contact' },
        ],
      },
    })
    const ivan = await callCore<Contact>(core, 'contacts.get', { id: id('Иван Смирнов') })
    expect(ivan.name).toBe('Иван Смирнов')
    core.close()
  })

  it('keeps a middle name edited in the card, finds the contact by it, and builds a blank name with it', async () => {
    const { core, id } = await setup()
    const anna = await callCore<Contact>(core, 'contacts.update', {
      id: id('Анна Петрова'),
      firstName: 'Анна',
      middleName: 'Сергеевна',
      lastName: 'Петрова',
      name: '',
    })
    expect(anna).toMatchObject({
      name: 'Анна Сергеевна Петрова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      lastName: 'Петрова',
    })
    const found = await callCore<ContactPage>(core, 'contacts.query', { search: 'сергеевна' })
    expect(found.rows.map((row) => row.name)).toEqual(['Анна Сергеевна Петрова'])
    core.close()
  })

  it('records where a consent change came from and when', async () => {
    const { core, id } = await setup()
    const contact = await callCore<Contact>(core, 'contacts.update', {
      id: id('Анна Петрова'),
      consent: 'granted',
    })
    expect(contact).toMatchObject({ consent: 'granted', consentSource: 'edited' })
    expect(contact.consentAt).toBeTypeOf('number')
    core.close()
  })

  it('deletes a selection and brings it back whole with undo', async () => {
    const { core, id } = await setup()
    // What she is beyond her record comes back too: she chats with the shop, saved its number.
    const before = await callCore<Contact>(core, 'contacts.update', {
      id: id('Анна Петрова'),
      chatsWithShop: true,
      savedNumber: 'yes',
    })
    expect(before).toMatchObject({ chatsWithShop: true, savedNumber: 'yes' })
    const outcome = await callCore<DeleteOutcome>(core, 'contacts.delete', {
      ids: [id('Анна Петрова'), id('Ольга Попова')],
    })
    expect(outcome.deleted).toBe(2)
    expect((await callCore<ContactPage>(core, 'contacts.query', {})).total).toBe(1)
    await callCore(core, 'contacts.undoDelete', { undoToken: outcome.undoToken })
    const after = await callCore<Contact>(core, 'contacts.get', { id: before.id })
    expect(after).toEqual({ ...before, updatedAt: after.updatedAt })
    const again = await callCore(core, 'contacts.undoDelete', {
      undoToken: outcome.undoToken,
    }).catch((e: unknown) => e)
    expect(again).toMatchObject({ error: { code: 'not_found' } })
    core.close()
  })

  it('brings back the newest contact even when a contact added since took its id', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const first = join(dir, 'first.csv')
    writeFileSync(first, table)
    await importFile(core, first)
    const rows = (await callCore<ContactPage>(core, 'contacts.query', { sort: 'created' })).rows
    const newest = rows.reduce((a, b) => (b.id > a.id ? b : a))
    const list = await callCore<{ id: number }>(core, 'lists.create', {
      name: 'Все',
      contactIds: rows.map((r) => r.id),
    })
    const outcome = await callCore<DeleteOutcome>(core, 'contacts.delete', { ids: [newest.id] })
    // SQLite gives the highest id again once it is deleted: the next contact gets it.
    const second = join(dir, 'second.csv')
    writeFileSync(second, 'Name,Phone\nПётр Орлов,+79265556677\n')
    await importFile(core, second)

    await callCore(core, 'contacts.undoDelete', { undoToken: outcome.undoToken })
    const after = await callCore<ContactPage>(core, 'contacts.query', {})
    expect(after.rows.map((r) => r.name).sort()).toEqual(
      ['Анна Петрова', 'Иван Смирнов', 'Ольга Попова', 'Пётр Орлов'].sort(),
    )
    const back = after.rows.find((r) => r.name === newest.name)
    expect(back?.primaryPhone).toBe(newest.primaryPhone)
    // Its place in the list came back with it, under the id it has now.
    const members = await callCore<{ members: { contactId: number }[] }>(core, 'lists.get', {
      id: list.id,
    })
    expect(members.members.map((m) => m.contactId)).toContain(back?.id)
    core.close()
  })

  it('tags and untags a selection, whatever the case of the tag', async () => {
    const { core, id } = await setup()
    await callCore(core, 'contacts.tag', {
      ids: [id('Иван Смирнов'), id('Анна Петрова')],
      add: ['Постоянные', 'vip'],
    })
    let tags = await callCore<TagCount[]>(core, 'contacts.tags', {})
    expect(tags).toEqual([
      { tag: 'VIP', count: 2 },
      { tag: 'Опт', count: 1 },
      { tag: 'Постоянные', count: 2 },
    ])
    await callCore(core, 'contacts.tag', {
      ids: [id('Иван Смирнов'), id('Анна Петрова')],
      remove: ['VIP'],
    })
    tags = await callCore<TagCount[]>(core, 'contacts.tags', {})
    expect(tags.map((t) => t.tag)).toEqual(['Опт', 'Постоянные'])
    core.close()
  })

  it('exports what the table shows: the search, its order, or only the chosen people', async () => {
    const { core, id } = await setup()
    const namesIn = (csv: string) =>
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((line) => /^"([^"]*)";/.exec(line)?.[1])
    const download = (request: object) =>
      callCore<{ content: string }>(core, 'contacts.exportCsv', {
        ...request,
        language: 'ru',
      }).then((d) => d.content)

    expect(namesIn(await download({}))).toEqual(['Анна Петрова', 'Иван Смирнов', 'Ольга Попова'])
    const byPhoneDesc = { search: '', sort: 'phone', direction: 'desc' }
    expect(namesIn(await download({ query: byPhoneDesc }))).toEqual([
      'Ольга Попова',
      'Анна Петрова',
      'Иван Смирнов',
    ])
    expect(namesIn(await download({ query: { ...byPhoneDesc, search: 'Попова' } }))).toEqual([
      'Ольга Попова',
    ])
    const chosen = { ids: [id('Иван Смирнов'), id('Ольга Попова')], query: byPhoneDesc }
    expect(namesIn(await download(chosen))).toEqual(['Ольга Попова', 'Иван Смирнов'])
    core.close()
  })
})

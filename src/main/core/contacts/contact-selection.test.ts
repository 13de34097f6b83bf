// «Выбрать всё» in the contact book: every bulk action takes "everyone the search finds, less the
// rows unticked" and reaches all of them, not only the page the table has loaded.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ContactPage, DeleteOutcome, DownloadFile } from '../../../shared/contacts'
import type { AddMembersOutcome, ListDetail, ListPlan, ListSummary } from '../../../shared/lists'
import type { OptOutAddOutcome } from '../../../shared/opt-outs'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

/** More than any page the table loads (at most 500 a call; it asks 100 at a time). */
const customers = 1124
const suppliers = 76

function bookCsv(): string {
  const lines = ['Name,Phone']
  for (let i = 0; i < customers; i += 1) {
    lines.push(`Покупатель ${String(i).padStart(4, '0')},+7916${String(1_000_000 + i)}`)
  }
  for (let i = 0; i < suppliers; i += 1) {
    lines.push(`Поставщик ${String(i).padStart(2, '0')},+7903${String(2_000_000 + i)}`)
  }
  return lines.join('\n')
}

describe('«Выбрать всё»: bulk actions on everyone found', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'book.csv')
    writeFileSync(path, bookCsv())
    await importFile(core, path)
    const count = async (query: object) =>
      (await callCore<ContactPage>(core, 'contacts.query', { ...query, limit: 1 })).total
    const firstIds = async (search: string, n: number) =>
      (await callCore<ContactPage>(core, 'contacts.query', { search, limit: n })).rows.map(
        (row) => row.id,
      )
    return { core, count, firstIds }
  }

  it('tags every customer found but the two unticked, and no supplier', async () => {
    const { core, count, firstIds } = await setup()
    expect(await count({})).toBe(customers + suppliers)
    const except = await firstIds('Покупатель', 2)
    const { changed } = await callCore<{ changed: number }>(core, 'contacts.tag', {
      matching: { query: { search: 'Покупатель' }, except },
      add: ['Весна'],
    })
    expect(changed).toBe(customers - 2)
    expect(await count({ tag: 'Весна' })).toBe(customers - 2)
    expect(await count({ tag: 'Весна', search: 'Поставщик' })).toBe(0)
    core.close()
  })

  it('still takes ticked ids as before', async () => {
    const { core, count, firstIds } = await setup()
    const ids = await firstIds('Поставщик', 3)
    await callCore(core, 'contacts.tag', { ids, add: ['Опт'] })
    expect(await count({ tag: 'Опт' })).toBe(3)
    core.close()
  })

  it('opts out every number found, with the filters as the table has them', async () => {
    const { core, count } = await setup()
    await callCore(core, 'contacts.tag', {
      matching: { query: { search: 'Поставщик' } },
      add: ['Опт'],
    })
    const outcome = await callCore<OptOutAddOutcome>(core, 'optOuts.addContacts', {
      matching: { query: { tag: 'Опт' } },
      note: 'просили не писать',
    })
    expect(outcome.added).toBe(suppliers)
    expect(await count({ optedOut: true })).toBe(suppliers)
    core.close()
  })

  it('plans and builds lists from everyone found, split by 256', async () => {
    const { core } = await setup()
    const selection = { matching: { query: { search: 'Покупатель' } } }
    const plan = await callCore<ListPlan>(core, 'lists.plan', { selection, onlyEligible: false })
    expect(plan.selected).toBe(customers)
    expect(plan.parts.reduce((a, b) => a + b, 0)).toBe(customers)
    expect(plan.parts).toHaveLength(5)
    const lists = await callCore<ListSummary[]>(core, 'lists.build', {
      selection,
      onlyEligible: false,
      name: 'Весна',
      split: true,
    })
    expect(lists.map((list) => list.size).reduce((a, b) => a + b, 0)).toBe(customers)
    core.close()
  })

  it('adds everyone found to a list, and refuses the whole of a selection over 256', async () => {
    const { core, firstIds } = await setup()
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Опт' })
    const [skip] = await firstIds('Поставщик', 1)
    const added = await callCore<AddMembersOutcome>(core, 'lists.addMembers', {
      id: list.id,
      matching: { query: { search: 'Поставщик' }, except: [skip] },
    })
    expect(added.added).toBe(suppliers - 1)
    await expect(
      callCore(core, 'lists.addMembers', {
        id: list.id,
        matching: { query: { search: 'Покупатель' } },
      }),
    ).rejects.toMatchObject({ error: { code: 'list_full' } })
    expect((await callCore<ListDetail>(core, 'lists.get', { id: list.id })).size).toBe(
      suppliers - 1,
    )
    core.close()
  })

  it('exports and deletes everyone found, and one undo brings them all back', async () => {
    const { core, count } = await setup()
    const matching = { query: { search: 'Покупатель' } }
    const file = await callCore<DownloadFile>(core, 'contacts.exportCsv', {
      matching,
      language: 'ru',
    })
    expect(file.content.split('Покупатель ').length - 1).toBe(customers)
    const { deleted, undoToken } = await callCore<DeleteOutcome>(core, 'contacts.delete', {
      matching,
    })
    expect(deleted).toBe(customers)
    expect(await count({})).toBe(suppliers)
    await callCore(core, 'contacts.undoDelete', { undoToken })
    expect(await count({})).toBe(customers + suppliers)
    core.close()
  })

  it('refuses a call that names both ticked ids and everyone found', async () => {
    const { core, count } = await setup()
    await expect(
      callCore(core, 'contacts.delete', { ids: [1], matching: { query: {} } }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
    expect(await count({})).toBe(customers + suppliers)
    core.close()
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ContactPage, DeleteOutcome, DownloadFile } from '../../../shared/contacts'
import type { ListDetail, ListPlan, ListSummary } from '../../../shared/lists'
import type { Core } from '../create-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

/** `count` customers tagged VIP; every fifth has no consent recorded, every tenth is a landline. */
function customers(count: number): string {
  const lines = ['Name,Phone,Tags,Consent']
  for (let i = 0; i < count; i += 1) {
    const n = String(i).padStart(4, '0')
    const phone =
      i % 10 === 9
        ? `+7 495 100-${n.slice(0, 2)}-${n.slice(2)}`
        : `+7 916 100-${n.slice(0, 2)}-${n.slice(2)}`
    lines.push(`Клиент ${n},${phone},VIP,${i % 5 === 4 ? '' : 'да'}`)
  }
  return lines.join('\n')
}

describe('broadcast lists', () => {
  const tempDir = useTempDir()

  async function setup(count: number) {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'book.csv')
    writeFileSync(path, customers(count))
    await importFile(core, path)
    return { core, path }
  }
  const ids = async (core: Core, search = '', limit = 500) =>
    (await callCore<ContactPage>(core, 'contacts.query', { search, limit })).rows.map((r) => r.id)
  const vip = { filter: { tags: ['VIP'] } }

  it('plans a selection: counts by reason, and near-equal parts over 256', async () => {
    const { core } = await setup(700)
    const plan = await callCore<ListPlan>(core, 'lists.plan', { selection: vip })
    // Of every ten: one landline (also without consent), one more without consent.
    expect(plan).toEqual({
      selected: 700,
      eligible: 560,
      excluded: { not_mobile: 70, no_consent: 70 },
      placed: 560,
      parts: [187, 187, 186],
    })
    const everyone = await callCore<ListPlan>(core, 'lists.plan', {
      selection: vip,
      onlyEligible: false,
    })
    expect(everyone.parts).toEqual([234, 233, 233])
  })

  it('builds split lists in a stable order and refuses one list over 256', async () => {
    const { core } = await setup(700)
    await expect(
      callCore(core, 'lists.build', { selection: vip, name: 'Клиенты VIP' }),
    ).rejects.toMatchObject({ error: { code: 'list_full', details: { limit: 256, adding: 560 } } })
    const built = await callCore<ListSummary[]>(core, 'lists.build', {
      selection: vip,
      name: 'Клиенты VIP',
      split: true,
    })
    expect(built.map((l) => [l.name, l.size, l.eligible])).toEqual([
      ['Клиенты VIP 1/3', 187, 187],
      ['Клиенты VIP 2/3', 187, 187],
      ['Клиенты VIP 3/3', 186, 186],
    ])
    const first = await callCore<ListDetail>(core, 'lists.get', { id: built[0]?.id })
    const second = await callCore<ListDetail>(core, 'lists.get', { id: built[1]?.id })
    expect(first.members[0]?.name).toBe('Клиент 0000')
    // 0000…0232 hold 187 who may be messaged (eight of every ten).
    expect(first.members.at(-1)?.name).toBe('Клиент 0232')
    expect(second.members[0]?.name).toBe('Клиент 0233')
    expect(first.filter).toMatchObject({ tags: ['VIP'] })
  })

  it('refuses a 257th person whatever the caller, and adds nothing then', async () => {
    const { core } = await setup(300)
    const all = await ids(core)
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Все',
      contactIds: all.slice(0, 250),
    })
    await expect(
      callCore(core, 'lists.addMembers', { id: list.id, contactIds: all.slice(250, 260) }),
    ).rejects.toMatchObject({ error: { code: 'list_full', details: { size: 250, adding: 10 } } })
    expect((await callCore<ListDetail>(core, 'lists.get', { id: list.id })).size).toBe(250)
    // Those already in do not count twice.
    await callCore(core, 'lists.addMembers', { id: list.id, contactIds: all.slice(245, 256) })
    expect((await callCore<ListDetail>(core, 'lists.get', { id: list.id })).size).toBe(256)
    await expect(
      callCore(core, 'lists.create', { name: 'Слишком', contactIds: all.slice(0, 257) }),
    ).rejects.toMatchObject({ error: { code: 'list_full' } })
  })

  it('shows an opt-out at once in every list, with the reason, and keeps the person visible', async () => {
    const { core } = await setup(10)
    const all = await ids(core)
    const a = await callCore<ListDetail>(core, 'lists.create', { name: 'A', contactIds: all })
    const b = await callCore<ListDetail>(core, 'lists.create', {
      name: 'B',
      contactIds: all.slice(0, 3),
    })
    await callCore(core, 'optOuts.addContacts', { ids: [all[0]], note: '' })
    for (const list of [a, b]) {
      const now = await callCore<ListDetail>(core, 'lists.get', { id: list.id })
      expect(now.members[0]).toMatchObject({
        name: 'Клиент 0000',
        eligible: false,
        reasons: ['opted_out'],
      })
      expect(now.excluded.opted_out).toBe(1)
    }
    const summaries = await callCore<ListSummary[]>(core, 'lists.all', {})
    expect(summaries.map((s) => [s.name, s.size, s.eligible])).toEqual([
      ['A', 10, 7], // 10 − the opted-out − the landline − one more without consent
      ['B', 3, 2],
    ])
  })

  it('renames, refuses a taken name, duplicates and deletes without touching contacts', async () => {
    const { core } = await setup(5)
    const all = await ids(core)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Опт', contactIds: all })
    await callCore(core, 'lists.create', { name: 'Розница' })
    await expect(
      callCore(core, 'lists.update', { id: list.id, name: 'РОЗНИЦА' }),
    ).rejects.toMatchObject({
      error: { code: 'name_taken', details: { name: 'РОЗНИЦА' } },
    })
    await callCore(core, 'lists.update', {
      id: list.id,
      name: 'Оптовики',
      description: 'по средам',
    })
    const copy = await callCore<ListSummary>(core, 'lists.duplicate', {
      id: list.id,
      name: 'Оптовики (копия)',
    })
    expect([copy.size, copy.description]).toEqual([5, 'по средам'])
    await callCore(core, 'lists.delete', { id: list.id })
    expect((await callCore<ListSummary[]>(core, 'lists.all', {})).map((l) => l.name)).toEqual([
      'Оптовики (копия)',
      'Розница',
    ])
    expect(await ids(core)).toHaveLength(5)
  })

  it('takes a deleted contact out of its lists and puts it back on undo', async () => {
    const { core } = await setup(5)
    const all = await ids(core)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'A', contactIds: all })
    const { undoToken } = await callCore<DeleteOutcome>(core, 'contacts.delete', { ids: [all[1]] })
    expect((await callCore<ListDetail>(core, 'lists.get', { id: list.id })).size).toBe(4)
    await callCore(core, 'contacts.undoDelete', { undoToken })
    const back = await callCore<ListDetail>(core, 'lists.get', { id: list.id })
    expect(back.members.map((m) => m.contactId)).toEqual(all)
  })

  it('adds everyone a filter finds, leaving out and counting those who may not be messaged', async () => {
    const { core } = await setup(20)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'A' })
    const outcome = await callCore(core, 'lists.addMatching', {
      id: list.id,
      filter: { field: 'name', contains: 'КЛИЕНТ 001' },
    })
    expect(outcome).toEqual({ added: 8, alreadyIn: 0, skipped: { not_mobile: 1, no_consent: 1 } })
  })

  it('exports a list as CSV with every reason and as vCard with only those who may be messaged', async () => {
    const { core } = await setup(5)
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Клиенты: март',
      contactIds: await ids(core),
    })
    const csv = await callCore<DownloadFile>(core, 'lists.export', {
      id: list.id,
      format: 'csv',
      language: 'ru',
    })
    expect(csv.fileName).toBe('Клиенты_ март.csv')
    expect(csv.content).toContain('"Клиент 0004";"";"";"";"\'+79161000004";"no";"no_consent"')
    const english = await callCore<DownloadFile>(core, 'lists.export', {
      id: list.id,
      format: 'csv',
      language: 'en',
    })
    expect(english.content).toContain('"Клиент 0004","","","","\'+79161000004","no","no_consent"')
    const vcf = await callCore<DownloadFile>(core, 'lists.export', {
      id: list.id,
      format: 'vcf',
      language: 'ru',
    })
    expect(vcf.content.match(/BEGIN:VCARD/g)).toHaveLength(4)
    expect(vcf.content).toContain(
      'FN:Клиент 0000\r\nN:;Клиент 0000;;;\r\nTEL;TYPE=CELL:+79161000000\r\nEND:VCARD',
    )
    expect(vcf.content).not.toContain('+79161000004')
  })

  it('needs at least two people to build a list', async () => {
    const { core } = await setup(5)
    await expect(
      callCore(core, 'lists.build', {
        selection: { filter: { search: 'Клиент 0003' } },
        name: 'Один',
      }),
    ).rejects.toMatchObject({ error: { code: 'list_too_small', details: { minimum: 2, size: 1 } } })
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConsentMarkOutcome } from '../../../shared/consent'
import type { Contact, ContactPage } from '../../../shared/contacts'
import type { ListDetail, ListPlan } from '../../../shared/lists'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

const shop = [
  'Name,Phone,Tags',
  'Анна Петрова,+79161234567,VIP',
  'Иван Смирнов,+79031234567,',
  'Ольга Попова,+79262223344,VIP',
  'Пётр Орлов,+79265556677,VIP',
].join('\n')

const day = 24 * 60 * 60 * 1000

describe('marking consent for many contacts at once', () => {
  const tempDir = useTempDir()

  async function setup(table = shop) {
    const dir = tempDir()
    const { core, clock } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'клиенты.csv')
    writeFileSync(path, table)
    await importFile(core, path)
    const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })
    const id = (name: string) => {
      const row = page.rows.find((r) => r.name === name)
      if (!row) throw new Error(`${name} missing`)
      return row.id
    }
    const contact = (name: string) => callCore<Contact>(core, 'contacts.get', { id: id(name) })
    return { core, clock, id, contact, ids: page.rows.map((r) => r.id) }
  }

  it('marks the ticked contacts, recording where and when, and leaves the others unknown', async () => {
    const { core, clock, id, contact } = await setup()
    const obtainedAt = clock.now() - 3 * day
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { ids: [id('Анна Петрова'), id('Иван Смирнов')] },
      source: '  в магазине, устно ',
      obtainedAt,
    })
    expect(outcome).toEqual({
      matched: 2,
      marked: 2,
      alreadyGranted: 0,
      skipped: { opted_out: 0, consent_withdrawn: 0 },
    })
    expect(await contact('Анна Петрова')).toMatchObject({
      consent: 'granted',
      consentSource: 'в магазине, устно',
      consentAt: obtainedAt,
    })
    expect((await contact('Ольга Попова')).consent).toBe('unknown')
    core.close()
  })

  it('marks everyone the book’s search finds, less the rows unticked', async () => {
    const { core, clock, id, contact } = await setup()
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { matching: { query: { tag: 'VIP' }, except: [id('Пётр Орлов')] } },
      source: 'анкета на кассе',
      obtainedAt: clock.now(),
    })
    expect(outcome.marked).toBe(2)
    expect((await contact('Анна Петрова')).consent).toBe('granted')
    expect((await contact('Ольга Попова')).consent).toBe('granted')
    expect((await contact('Пётр Орлов')).consent).toBe('unknown')
    expect((await contact('Иван Смирнов')).consent).toBe('unknown')
    core.close()
  })

  it('marks everyone a list filter finds, and the list plan then counts them as messageable', async () => {
    const { core, clock } = await setup()
    const selection = { filter: { tags: ['VIP'] } }
    const before = await callCore<ListPlan>(core, 'lists.plan', { selection })
    expect(before.excluded.no_consent).toBe(3)
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { listFilter: { tags: ['VIP'] } },
      source: 'в магазине, устно',
      obtainedAt: clock.now(),
    })
    expect(outcome.marked).toBe(3)
    const after = await callCore<ListPlan>(core, 'lists.plan', { selection })
    expect(after.eligible).toBe(3)
    expect(after.excluded.no_consent ?? 0).toBe(0)
    core.close()
  })

  it('marks a saved list’s members only, and the list then counts them as messageable', async () => {
    const { core, clock, id, contact } = await setup()
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Весна',
      contactIds: [id('Анна Петрова'), id('Иван Смирнов')],
    })
    expect(list.excluded.no_consent).toBe(2)
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { listId: list.id },
      source: 'анкета на кассе',
      obtainedAt: clock.now(),
    })
    expect(outcome.marked).toBe(2)
    const after = await callCore<ListDetail>(core, 'lists.get', { id: list.id })
    expect(after.eligible).toBe(2)
    expect(after.excluded.no_consent ?? 0).toBe(0)
    expect((await contact('Ольга Попова')).consent).toBe('unknown')
    await expect(
      callCore(core, 'contacts.markConsent', {
        target: { listId: list.id + 100 },
        source: 'анкета на кассе',
        obtainedAt: clock.now(),
      }),
    ).rejects.toMatchObject({ error: { code: 'not_found' } })
    core.close()
  })

  it('never touches an opted-out person or a withdrawn consent, and says how many were skipped and why', async () => {
    const { core, clock, id, contact, ids } = await setup()
    await callCore(core, 'optOuts.addNumbers', { text: '+79031234567' })
    await callCore(core, 'contacts.update', { id: id('Ольга Попова'), consent: 'withdrawn' })
    const anna = await callCore<Contact>(core, 'contacts.update', {
      id: id('Анна Петрова'),
      consent: 'granted',
    })
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { ids },
      source: 'в магазине, устно',
      obtainedAt: clock.now() - day,
    })
    expect(outcome).toEqual({
      matched: 4,
      marked: 1,
      alreadyGranted: 1,
      skipped: { opted_out: 1, consent_withdrawn: 1 },
    })
    const ivan = await contact('Иван Смирнов')
    expect(ivan).toMatchObject({ consent: 'unknown', optedOut: true })
    expect((await contact('Ольга Попова')).consent).toBe('withdrawn')
    // Who already agreed keeps their own record of it.
    expect(await contact('Анна Петрова')).toMatchObject({
      consentSource: anna.consentSource,
      consentAt: anna.consentAt,
    })
    core.close()
  })

  it('refuses a blank source, a source too long, a date in the future and no target, saving nothing', async () => {
    const { core, clock, ids, contact } = await setup()
    const mark = (input: object) =>
      callCore(core, 'contacts.markConsent', {
        target: { ids },
        source: 'в магазине',
        obtainedAt: clock.now(),
        ...input,
      }).catch((e: unknown) => e)
    expect(await mark({ source: '   ' })).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: 'source', kind: 'too_small' }] },
    })
    expect(await mark({ source: 'х'.repeat(201) })).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: 'source', kind: 'too_big', limit: 200 }] },
    })
    expect(await mark({ obtainedAt: clock.now() + 3 * day })).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: 'obtainedAt', message: 'in_future' }] },
    })
    expect(await mark({ target: { ids: [] } })).toMatchObject({ error: { code: 'invalid_input' } })
    expect(await mark({ target: {} })).toMatchObject({ error: { code: 'invalid_input' } })
    expect((await contact('Анна Петрова')).consent).toBe('unknown')
    core.close()
  })

  it('ignores ids no longer in the book', async () => {
    const { core, clock, id } = await setup()
    const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
      target: { ids: [id('Анна Петрова'), 999_999] },
      source: 'в магазине',
      obtainedAt: clock.now(),
    })
    expect(outcome).toMatchObject({ matched: 1, marked: 1 })
    core.close()
  })

  it('for any mix of people: the counts add up, only the unknown become granted, opt-outs and withdrawals stay', async () => {
    const states = fc.constantFrom('unknown', 'granted', 'withdrawn', 'opted_out')
    await fc.assert(
      fc.asyncProperty(fc.array(states, { minLength: 1, maxLength: 6 }), async (people) => {
        const rows = people.map((_, i) => `Клиент ${String(i)},+7916000000${String(i)},`)
        const { core, clock, ids } = await setup(['Name,Phone,Tags', ...rows].join('\n'))
        try {
          const byName = new Map<number, string>()
          for (const [i, state] of people.entries()) {
            const page = await callCore<ContactPage>(core, 'contacts.query', {
              search: `+7916000000${String(i)}`,
            })
            const own = page.rows[0]?.id ?? 0
            byName.set(own, state)
            if (state === 'opted_out')
              await callCore(core, 'optOuts.addNumbers', { text: `+7916000000${String(i)}` })
            else if (state !== 'unknown')
              await callCore(core, 'contacts.update', { id: own, consent: state })
          }
          const outcome = await callCore<ConsentMarkOutcome>(core, 'contacts.markConsent', {
            target: { ids },
            source: 'анкета',
            obtainedAt: clock.now(),
          })
          const count = (s: string) => people.filter((p) => p === s).length
          expect(outcome).toEqual({
            matched: people.length,
            marked: count('unknown'),
            alreadyGranted: count('granted'),
            skipped: { opted_out: count('opted_out'), consent_withdrawn: count('withdrawn') },
          })
          for (const [own, state] of byName) {
            const after = await callCore<Contact>(core, 'contacts.get', { id: own })
            const expected =
              state === 'unknown' ? 'granted' : state === 'opted_out' ? 'unknown' : state
            expect(after.consent).toBe(expected)
          }
        } finally {
          core.close()
        }
      }),
      { numRuns: 12 },
    )
  })
})

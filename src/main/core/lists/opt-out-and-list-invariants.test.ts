// Random sequences of everything a shop owner can do to the book, the opt-out list and lists,
// on a real SQLite file; after every step the three promises of the opt-out/list design must hold.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContactPage, DeleteOutcome } from '../../../shared/contacts'
import type { Eligibility } from '../../../shared/eligibility'
import type { ListDetail, ListSummary } from '../../../shared/lists'
import type { OptOutPage } from '../../../shared/opt-outs'
import type { Core } from '../create-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

/** A few numbers the steps play with, written the way people write them. */
const pool = Array.from({ length: 8 }, (_, i) => `+7916555000${String(i)}`)
const spelled = (i: number) => `8 916 555-00-0${String(i)}`

type Step =
  | { kind: 'import'; numbers: number[]; consent: boolean }
  | { kind: 'editNumber'; contact: number; number: number }
  | { kind: 'delete'; contact: number }
  | { kind: 'undo' }
  | { kind: 'optOutNumber'; number: number }
  | { kind: 'optOutContact'; contact: number }
  | { kind: 'resubscribe'; number: number }
  | { kind: 'build'; split: boolean; onlyEligible: boolean }
  | { kind: 'addToList'; list: number; from: number; count: number }
  | { kind: 'removeFromList'; list: number; contact: number }

const index = fc.nat({ max: 7 })
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('import' as const),
    numbers: fc.uniqueArray(index, { minLength: 1, maxLength: 4 }),
    consent: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('editNumber' as const), contact: index, number: index }),
  fc.record({ kind: fc.constant('delete' as const), contact: index }),
  fc.constant({ kind: 'undo' as const }),
  fc.record({ kind: fc.constant('optOutNumber' as const), number: index }),
  fc.record({ kind: fc.constant('optOutContact' as const), contact: index }),
  fc.record({ kind: fc.constant('resubscribe' as const), number: index }),
  fc.record({
    kind: fc.constant('build' as const),
    split: fc.boolean(),
    onlyEligible: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('addToList' as const),
    list: fc.nat({ max: 5 }),
    from: fc.nat({ max: 320 }),
    count: fc.integer({ min: 1, max: 300 }),
  }),
  fc.record({
    kind: fc.constant('removeFromList' as const),
    list: fc.nat({ max: 5 }),
    contact: index,
  }),
)

/** Errors the core gives on purpose (a full list, a taken number…) are answers, not failures. */
async function answered(run: Promise<unknown>): Promise<void> {
  try {
    await run
  } catch (error) {
    const code = (error as { error?: { code?: string } }).error?.code
    if (
      !['list_full', 'list_too_small', 'name_taken', 'invalid_input', 'not_found'].includes(
        code ?? '',
      )
    ) {
      throw error
    }
  }
}

describe('opt-outs and lists under any sequence of actions', () => {
  const tempDir = useTempDir()

  it('never pass 256, never call an opted-out number eligible, and lose opt-outs only to a re-subscription', async () => {
    const bigBook = ['Name,Phone,Tags,Consent']
    for (let i = 0; i < 300; i += 1)
      bigBook.push(
        `Покупатель ${String(i).padStart(3, '0')},+7903700${String(i).padStart(4, '0')},VIP,да`,
      )

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const dir = tempDir()
        const { core } = createTestCore(join(dir, 'data'))
        try {
          writeFileSync(join(dir, 'big.csv'), bigBook.join('\n'))
          await importFile(core, join(dir, 'big.csv'))
          await run(core, dir, steps)
        } finally {
          core.close()
        }
      }),
      { numRuns: 25 },
    )
  }, 60_000) // many generated runs: a busy CI machine must not fail it on time
})

async function run(core: Core, dir: string, steps: readonly Step[]): Promise<void> {
  const undoTokens: string[] = []
  let optedOut = await optedOutNumbers(core)
  let imports = 0

  const poolContacts = async () =>
    (await callCore<ContactPage>(core, 'contacts.query', { search: '916555', limit: 50 })).rows.map(
      (r) => r.id,
    )
  const allContacts = async () =>
    (await callCore<ContactPage>(core, 'contacts.query', { limit: 500, sort: 'created' })).rows.map(
      (r) => r.id,
    )
  const lists = () => callCore<ListSummary[]>(core, 'lists.all', {})

  for (const s of steps) {
    switch (s.kind) {
      case 'import': {
        const path = join(dir, `import-${String((imports += 1))}.csv`)
        const rows = s.numbers.map(
          (n) => `Человек ${String(n)},${spelled(n)},Пул,${s.consent ? 'да' : ''}`,
        )
        writeFileSync(path, ['Name,Phone,Tags,Consent', ...rows].join('\n'))
        await importFile(core, path)
        break
      }
      case 'editNumber': {
        const id = (await poolContacts())[s.contact]
        if (id !== undefined)
          await answered(
            callCore(core, 'contacts.update', { id, phones: [{ raw: spelled(s.number) }] }),
          )
        break
      }
      case 'delete': {
        const id = (await poolContacts())[s.contact]
        if (id !== undefined)
          undoTokens.push(
            (await callCore<DeleteOutcome>(core, 'contacts.delete', { ids: [id] })).undoToken,
          )
        break
      }
      case 'undo': {
        const token = undoTokens.pop()
        if (token !== undefined) await callCore(core, 'contacts.undoDelete', { undoToken: token })
        break
      }
      case 'optOutNumber':
        await callCore(core, 'optOuts.addNumbers', { text: spelled(s.number), note: '' })
        break
      case 'optOutContact': {
        const id = (await poolContacts())[s.contact]
        if (id !== undefined) await callCore(core, 'optOuts.addContacts', { ids: [id], note: '' })
        break
      }
      case 'resubscribe': {
        const e164 = pool[s.number] ?? ''
        await callCore(core, 'optOuts.resubscribe', { e164s: [e164], note: '', confirmed: true })
        break
      }
      case 'build':
        await answered(
          callCore(core, 'lists.build', {
            selection: { filter: { tags: ['VIP', 'Пул'] } },
            onlyEligible: s.onlyEligible,
            split: s.split,
            name: `Список ${String((imports += 1))}`,
          }),
        )
        break
      case 'addToList': {
        const list = (await lists())[s.list]
        const ids = (await allContacts()).slice(s.from, s.from + s.count)
        if (list && ids.length > 0)
          await answered(callCore(core, 'lists.addMembers', { id: list.id, contactIds: ids }))
        break
      }
      case 'removeFromList': {
        const list = (await lists())[s.list]
        const id = (await poolContacts())[s.contact]
        if (list && id !== undefined)
          await callCore(core, 'lists.removeMembers', { id: list.id, contactIds: [id] })
        break
      }
    }

    // 1. No list ever holds more than 256 people.
    for (const list of await lists()) expect(list.size).toBeLessThanOrEqual(256)

    // 2. Only a re-subscription takes numbers off the list, and only the one it names.
    const now = await optedOutNumbers(core)
    const lost = [...optedOut].filter((e164) => !now.has(e164))
    expect(lost).toEqual(
      s.kind === 'resubscribe' && optedOut.has(pool[s.number] ?? '') ? [pool[s.number]] : [],
    )
    optedOut = now

    // 3. An opted-out number is never eligible: asked directly, or as anyone's number in any list.
    for (const e164 of now) {
      const verdict = await callCore<Eligibility>(core, 'optOuts.check', { number: e164 })
      expect(verdict.eligible).toBe(false)
    }
    for (const summary of await lists()) {
      const list = await callCore<ListDetail>(core, 'lists.get', { id: summary.id })
      for (const member of list.members) {
        if (member.e164 !== null && now.has(member.e164)) expect(member.eligible).toBe(false)
      }
    }
  }
}

async function optedOutNumbers(core: Core): Promise<Set<string>> {
  const page = await callCore<OptOutPage>(core, 'optOuts.query', { limit: 500 })
  return new Set(page.rows.map((r) => r.e164))
}

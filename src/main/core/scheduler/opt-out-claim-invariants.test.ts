import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type {
  AssistedOutcome,
  AssistedTask,
  Campaign,
  CampaignDetail,
  CampaignItemsPage,
} from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import type { Core } from '../create-core'
import { tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { seededRandom } from './pacing'

const people = 5
const phoneOf = (i: number) => `+7916100000${String(i)}`
const book = [
  'Name,Phone,Consent',
  ...Array.from({ length: people }, (_, i) => `Клиент ${String(i)},${phoneOf(i)},да`),
].join('\n')

type Action =
  | { kind: 'wait'; ms: number }
  | { kind: 'optOut'; person: number; via: 'contact' | 'number' }
  /** An answer to any task ever asked: open, withdrawn, or long answered (a stale card). */
  | { kind: 'answer'; pick: number; outcome: AssistedOutcome }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 6 * 60_000 }) }),
  fc.record({
    kind: fc.constant('optOut' as const),
    person: fc.integer({ min: 0, max: people - 1 }),
    via: fc.constantFrom('contact' as const, 'number' as const),
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    pick: fc.nat(),
    outcome: fc.constantFrom<AssistedOutcome>('sent', 'sent', 'skipped', 'asked_to_stop'),
  }),
)

/** What happened, in the order it happened (an opt-out and an answer noted as they are asked). */
type Entry =
  | { kind: 'claim'; e164: string; itemId: number }
  | { kind: 'optOut'; e164: string }
  | { kind: 'sent'; e164: string; itemId: number }

describe('opt-outs against claims and answers (property)', () => {
  const tempDir = useTempDir()

  /** Two assisted numbers, each with a campaign to everyone: two tasks can be open at once. */
  async function setup(seed: number) {
    const dir = tempDir()
    const clock = new FakeClock(tuesdayMorning)
    const { core } = createTestCore(join(dir, 'data'), clock, seededRandom(seed))
    writeFileSync(join(dir, 'book.csv'), book)
    await importFile(core, join(dir, 'book.csv'))
    const contacts = (await callCore<ContactPage>(core, 'contacts.query', {})).rows
    const ids = contacts.map((r) => r.id)
    const contactOf = new Map(contacts.map((r) => [r.primaryPhone ?? '', r.id]))
    const log: Entry[] = []
    const tasks: AssistedTask[] = []
    core.events.subscribe((m) => {
      if (m.name !== 'campaigns.task') return
      tasks.push(m.payload)
      log.push({ kind: 'claim', e164: m.payload.e164, itemId: m.payload.itemId })
    })
    const campaigns: number[] = []
    for (const phone of ['8 903 000-00-00', '8 903 000-00-01']) {
      const list = await callCore<ListDetail>(core, 'lists.create', {
        name: phone,
        contactIds: ids,
      })
      const sender = await callCore<Sender>(core, 'senders.save', {
        label: phone,
        phone,
        startedOn: '2025-01-01',
        timeZone: 'Europe/Moscow',
      })
      const campaign = await callCore<Campaign>(core, 'campaigns.save', {
        name: phone,
        senderId: sender.id,
        listIds: [list.id],
        text: 'Здравствуйте!',
      })
      await callCore(core, 'campaigns.start', { id: campaign.id })
      campaigns.push(campaign.id)
    }
    return { core, clock, log, tasks, campaigns, contactOf }
  }

  async function play(
    core: Core,
    clock: FakeClock,
    run: Awaited<ReturnType<typeof setup>>,
    a: Action,
  ) {
    switch (a.kind) {
      case 'wait':
        clock.advance(a.ms)
        return
      case 'optOut': {
        const e164 = phoneOf(a.person)
        run.log.push({ kind: 'optOut', e164 })
        if (a.via === 'number') await callCore(core, 'optOuts.addNumbers', { text: e164, note: '' })
        else {
          await callCore(core, 'optOuts.addContacts', {
            ids: [run.contactOf.get(e164) ?? 0],
            note: '',
          })
        }
        return
      }
      case 'answer': {
        const task = run.tasks[a.pick % Math.max(1, run.tasks.length)]
        if (!task) return
        const entry: Entry = { kind: 'sent', e164: task.e164, itemId: task.itemId }
        if (a.outcome === 'asked_to_stop') run.log.push({ kind: 'optOut', e164: task.e164 })
        try {
          await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: a.outcome })
          if (a.outcome === 'sent') run.log.push(entry)
        } catch (error) {
          // Already answered: a stale card is refused, which is fine.
          expect(error).toMatchObject({ error: { code: 'wrong_state' } })
        }
      }
    }
  }

  it('never claims a number after its opt-out, and never records a normal send after it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(action, { minLength: 5, maxLength: 40 }),
        async (seed, actions) => {
          const run = await setup(seed)
          const { core, clock, log } = run
          for (const a of actions) await play(core, clock, run, a)
          clock.advance(60 * 60_000)

          const optedOutAt = new Map<string, number>()
          log.forEach((entry, position) => {
            if (entry.kind === 'optOut' && !optedOutAt.has(entry.e164))
              optedOutAt.set(entry.e164, position)
          })
          const after = (e164: string, position: number) =>
            (optedOutAt.get(e164) ?? Infinity) < position
          // 1. No claim of a number once its opt-out was asked for.
          const lateClaims = log.filter((e, p) => e.kind === 'claim' && after(e.e164, p))
          expect(lateClaims).toEqual([])
          // 2. Every item that ends as a normal send was answered "sent" before the opt-out.
          const sentInTime = new Set(
            log
              .filter((e, p) => e.kind === 'sent' && !after(e.e164, p))
              .map((e) => e.kind === 'sent' && e.itemId),
          )
          for (const id of run.campaigns) {
            const page = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id })
            for (const item of page.rows.filter((r) => r.state === 'sent')) {
              expect(sentInTime.has(item.id)).toBe(true)
            }
            // A "sent" after the opt-out is shown for what it is.
            const late = log.filter((e, p) => e.kind === 'sent' && after(e.e164, p))
            for (const entry of late) {
              const row = page.rows.find((r) => r.id === (entry.kind === 'sent' ? entry.itemId : 0))
              if (row) expect(row).toMatchObject({ state: 'failed', reason: 'sent_after_opt_out' })
            }
            // 3. No open task of an opted-out number is left offered.
            const now = await callCore<CampaignDetail>(core, 'campaigns.get', { id })
            if (now.task) expect(optedOutAt.has(now.task.e164)).toBe(false)
          }
          core.close()
        },
      ),
      { numRuns: 25, seed: 20261201 },
    )
  }, 120_000)
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import type { AssistedTask, Campaign, CampaignInput } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { seededRandom } from '../scheduler/pacing'
import type { Core } from '../create-core'
import { FakeClock } from '../time/fake-clock'
import { callCore, importFile } from './import-file'
import { createTestCore, type TestShell } from './test-core'

/** Tuesday 1 December 2026, 11:00 in Moscow: inside the default window. */
export const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', {
  zone: 'Europe/Moscow',
}).toMillis()

/** A contact book of `people` Moscow mobiles, every one with consent unless told otherwise. */
export const bookOf = (people: number, consent: (i: number) => boolean = () => true): string =>
  [
    'Name,Phone,Consent',
    ...Array.from(
      { length: people },
      (_, i) =>
        `Клиент ${String(i + 1)},+7 916 ${String(10_000_000 + i).slice(1)},${consent(i) ? 'да' : ''}`,
    ),
  ].join('\n')

/**
 * The shop's usual set-up on a core: one list of `contactIds` («Все»), the assisted number
 * «Магазин» (Moscow time) and a draft «Декабрь» to the list, saying hello.
 */
export async function shopDraft(
  core: Core,
  contactIds: number[],
  options: { startedOn?: string | undefined; campaign?: Partial<CampaignInput> } = {},
): Promise<{ list: ListDetail; sender: Sender; campaign: Campaign }> {
  const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds })
  const sender = await callCore<Sender>(core, 'senders.save', {
    label: 'Магазин',
    phone: '8 903 000-00-00',
    startedOn: options.startedOn ?? '2025-01-01',
    timeZone: 'Europe/Moscow',
  })
  const campaign = await callCore<Campaign>(core, 'campaigns.save', {
    name: 'Декабрь',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте!',
    ...options.campaign,
  })
  return { list, sender, campaign }
}

/**
 * A real core with a fake clock on an assisted number: a contact book, one list of everyone, and
 * a draft to it. `answerAll` plays the owner, answering every task at once until nothing is due.
 */
export async function setUpAssistedCore(
  dir: string,
  options: {
    book: string
    startedOn?: string
    seed?: number
    campaign?: Partial<CampaignInput>
    /** A clock the test made first (its capabilities read it); Tuesday morning otherwise. */
    clock?: FakeClock
    /** The desktop shell's version and capabilities, say; the browser host's otherwise. */
    shell?: TestShell
  },
) {
  const seed = options.seed ?? 11
  const clock = options.clock ?? new FakeClock(tuesdayMorning)
  const test = createTestCore(
    join(dir, 'data'),
    clock,
    seededRandom(seed),
    null,
    () => seededRandom(seed),
    [],
    options.shell,
  )
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), options.book)
  await importFile(core, join(dir, 'book.csv'))
  const ids = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows.map(
    (r) => r.id,
  )
  const { list, sender, campaign } = await shopDraft(core, ids, {
    startedOn: options.startedOn,
    campaign: { text: 'Здравствуйте, {{first_name|друг}}!', ...options.campaign },
  })
  const asked: AssistedTask[] = []
  core.events.subscribe((m) => {
    if (m.name === 'campaigns.task') asked.push(m.payload)
  })

  // The core keeps timers of its own beyond any campaign (the weekly integrity check): once every
  // campaign has ended, moving the clock on to them would only age the test's "today".
  const campaignsEnded = async (): Promise<boolean> =>
    (await callCore<Campaign[]>(core, 'campaigns.list', {})).every(
      ({ state }) => state === 'finished' || state === 'cancelled',
    )

  /**
   * Answers each task as it comes, moving the clock to each next timer, until `done`, the
   * campaigns' end, or idle.
   */
  async function answerAll(
    outcome: (task: AssistedTask) => 'sent' | 'skipped' | 'wrong_number' | 'asked_to_stop' = () =>
      'sent',
    done: () => Promise<boolean> = () => Promise.resolve(false),
  ): Promise<void> {
    for (let guard = 0; guard < 100_000; guard += 1) {
      const task = asked.shift()
      if (task) {
        // Synchronous in the core: the answer is in before the clock moves on.
        void core.handlers['campaigns.confirm']({ itemId: task.itemId, outcome: outcome(task) })
        continue
      }
      const next = clock.nextTimerAt()
      if (next === null || (await done()) || (await campaignsEnded())) return
      clock.advance(next - clock.now())
    }
  }

  return { ...test, clock, sender, list, campaign, ids, asked, answerAll }
}

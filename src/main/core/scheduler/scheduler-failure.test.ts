// An unexpected error while deciding for one number pauses that number's campaigns with a reason
// the owner can read, logs no personal data, and every other number keeps sending.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { DateTime } from 'luxon'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { PauseReason } from '../../../shared/cloud-errors'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { createCampaignsService } from '../campaigns/campaigns-service'
import { createComposer } from '../campaigns/compose-message'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { createSendersService } from '../senders/senders-service'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { seededRandom } from './pacing'
import { createScheduler, type ClaimedTask, type Scheduler } from './scheduler'
import type { CampaignRow } from './send-store'

const minute = 60_000
const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', { zone: 'Europe/Moscow' }).toMillis()

describe('an unexpected error in the scheduler', () => {
  const tempDir = useTempDir()
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** Two numbers, each with a campaign to the same ten people; nothing started yet. */
  async function twoShops(dir: string) {
    const clock = new FakeClock(tuesdayMorning)
    const dataDir = join(dir, 'data')
    const { core } = createTestCore(dataDir, clock, seededRandom(1))
    const lines = ['Name,Phone']
    for (let i = 0; i < 10; i += 1)
      lines.push(`Покупатель ${String(i)},+7916${String(3_000_000 + i)}`)
    writeFileSync(join(dir, 'book.csv'), lines.join('\n'))
    await importFile(core, join(dir, 'book.csv'), { consent: 'granted' })
    const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
    const campaignOf = async (phone: string, label: string) => {
      const sender = await callCore<Sender>(core, 'senders.save', {
        label,
        phone,
        startedOn: '2025-01-01',
        timeZone: 'Europe/Moscow',
      })
      return callCore<Campaign>(core, 'campaigns.save', {
        name: label,
        senderId: sender.id,
        listIds: [list.id],
        text: 'Здравствуйте!',
      })
    }
    const broken = await campaignOf('+79031112233', 'Сломанный')
    const healthy = await campaignOf('+79034445566', 'Исправный')
    core.close()
    return { clock, dataDir, broken, healthy }
  }

  it('pauses that number’s campaigns with a reason, logs no number, and keeps the others going', async () => {
    const { clock, dataDir, broken, healthy } = await twoShops(tempDir())
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const db = new Sqlite(join(dataDir, 'rupor.db'))
    const senders = createSendersService({
      db,
      clock,
      defaultCountry: () => 'RU',
      cloudOf: () => null,
    })
    const check = createRecipientCheck(
      db,
      () => ({ broadcastWithoutConsent: false }),
      () => 'RU',
    )
    const delivered: ClaimedTask[] = []
    const changed: number[] = []
    const scheduler: Scheduler = createScheduler({
      db,
      clock,
      random: seededRandom(2),
      check,
      sender: (id) => senders.get(id),
      lateAfterMs: 0,
      hooks: {
        compose(campaign: CampaignRow) {
          // A bug that shows only for one number, with a phone number in its words.
          if (campaign.sender_id === broken.senderId)
            throw new TypeError('cannot read +79031112233')
          return campaign.text
        },
        deliver(task) {
          delivered.push(task)
          clock.setTimeout(() => scheduler.confirm(task.itemId, 'sent'), minute)
        },
        optOut: () => undefined,
        tokenRejected: () => undefined,
        changed: (id) => changed.push(id),
        notify: () => undefined,
        keepAwake: () => undefined,
      },
    })
    const campaigns = createCampaignsService({
      db,
      clock,
      senders,
      check,
      scheduler: () => scheduler,
      compose: createComposer(db, () => ''),
      capabilities: {
        openExternal: () => Promise.resolve(),
        keepAwake: () => () => undefined,
        notify: () => undefined,
        secrets: {
          get: () => Promise.resolve(undefined),
          state: () => 'missing',
          set: () => Promise.resolve(),
          delete: () => Promise.resolve(),
          encrypted: false,
        },
      },
      preflight: () => Promise.resolve(),
      shopName: () => '',
    })
    try {
      // Starting the broken number's campaign does not throw at the owner: it pauses, saying why.
      await campaigns.start(broken.id)
      await campaigns.start(healthy.id)
      clock.advance(60 * minute)

      const stopped = campaigns.get(broken.id)
      expect(stopped.state).toBe('paused')
      expect(stopped.pauseReason).toMatchObject({
        reason: 'internal_error',
      } satisfies Partial<PauseReason>)
      expect(changed).toContain(broken.id)
      expect(delivered.every((task) => task.campaignId === healthy.id)).toBe(true)
      expect(delivered.length).toBeGreaterThanOrEqual(8)
      expect(campaigns.get(healthy.id).state).not.toBe('paused')

      // The log says what failed, without the number in the error's words.
      const logged = errors.mock.calls.flat().map(String).join('\n')
      expect(logged).toContain('TypeError')
      expect(logged).toContain('internal_error')
      expect(logged).not.toMatch(/9031112233/)
    } finally {
      scheduler.stop()
      db.close()
    }
  })
})

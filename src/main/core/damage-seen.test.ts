// Damage found while the app runs is something the owner sees (app.info, an event, campaigns shown
// paused saying why), the shell's close dialog still answers, and background writers that meet it
// mark the file damaged as calls do — with a Cloud send in flight never sent a second time.
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { AppInfo, EventMessage } from '../../shared/api'
import type { Campaign, CampaignDetail } from '../../shared/campaigns'
import { recordCleanShutdown } from './db/clean-shutdown'
import { damageNoted } from './db/damage-note'
import { dispatch } from './dispatch'
import { bookOf, setUpAssistedCore, tuesdayMorning } from './test-support/assisted-core'
import { setUpCloudCore } from './test-support/cloud-core'
import type { CloudApiTestServer } from './test-support/cloud-api-server'
import { pagesOf, scribbleOverPages } from './test-support/damaged-database'
import { callCore } from './test-support/import-file'
import { useTempDir } from './test-support/temp-dir'
import { createTestCore } from './test-support/test-core'

const corrupt = () =>
  Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' })

describe('damage found while the app runs', { timeout: 60_000 }, () => {
  const tempDir = useTempDir()

  it('the windows are told, a window opened later reads it, and sending campaigns show paused saying why', async () => {
    const { core, campaign, clock } = await setUpAssistedCore(tempDir(), {
      book: bookOf(3),
      shell: { shell: 'desktop' },
    })
    await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
    clock.advance(60_000)
    expect((await callCore<AppInfo>(core, 'app.info', {})).databaseDamaged).toBe(false)
    expect(core.desktop.activity().running).toBe(1)
    const heard: EventMessage[] = []
    core.events.subscribe((message) => heard.push(message))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    core.integrity.damageMet(corrupt())

    expect(heard.filter((m) => m.name === 'database.damaged')).toEqual([
      { name: 'database.damaged', payload: { at: clock.now() } },
    ])
    expect(heard).toContainEqual({ name: 'campaigns.changed', payload: { id: campaign.id } })
    expect((await callCore<AppInfo>(core, 'app.info', {})).databaseDamaged).toBe(true)
    const shown = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(shown).toMatchObject({
      state: 'paused',
      pauseReason: { reason: 'database_damaged', at: clock.now() },
      nextDueAt: null,
    })
    expect(await callCore<Campaign[]>(core, 'campaigns.list', {})).toMatchObject([
      { id: campaign.id, state: 'paused', pauseReason: { reason: 'database_damaged' } },
    ])
    // The close dialog's question still answers (reads work): nothing is planned any more, only
    // the chat already open in WhatsApp counts, as before the damage.
    expect(core.desktop.activity()).toMatchObject({ running: 1, nextSendAt: null })
    expect(core.desktop.language()).toBeNull()
    core.close()
    vi.restoreAllMocks()
  })

  it('the close dialog answers when its own read meets the damage, and marks the file damaged', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const first = await setUpAssistedCore(dir, { book: bookOf(3) })
    first.core.close()
    const file = join(dataDir, 'rupor.db')
    scribbleOverPages(file, pagesOf(file, 'campaigns', 'any'))
    recordCleanShutdown(file) // silent damage: no check at start
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { core } = createTestCore(dataDir, first.clock)
    expect(core.integrity.damaged()).toBe(false)
    expect(core.desktop.activity()).toEqual({ running: 0, nextSendAt: null, awaitingOwner: false })
    expect(core.integrity.damaged()).toBe(true)
    expect(damageNoted(file)).toBe(true)
    core.close()
    vi.restoreAllMocks()
  })

  it('the scheduler meeting damage marks the file damaged and writes no internal_error pause', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    // Starting in an hour: until then the scheduler reads no one on the list.
    const later = tuesdayMorning + 60 * 60_000
    const { core, campaign, clock } = await setUpAssistedCore(dir, {
      book: bookOf(3),
      campaign: { startAt: later },
    })
    await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
    core.close()
    const file = join(dataDir, 'rupor.db')
    scribbleOverPages(file, pagesOf(file, 'contacts', 'any'))
    recordCleanShutdown(file)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const again = createTestCore(dataDir, clock).core
    expect(again.integrity.damaged()).toBe(false)
    clock.advance(later - clock.now() + 5 * 60_000)
    expect(again.integrity.damaged()).toBe(true)
    const shown = await callCore<CampaignDetail>(again, 'campaigns.get', { id: campaign.id })
    expect(shown.pauseReason?.reason).toBe('database_damaged')
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/internal_error/)
    again.close()
    vi.restoreAllMocks()
  })

  it('a Cloud send in flight when damage is found: its answer is not recorded, and it is never sent again', async () => {
    const servers: CloudApiTestServer[] = []
    const dir = tempDir()
    try {
      const { core, clock, server, campaignWith } = await setUpCloudCore(dir, servers)
      const campaign = await campaignWith('spring_sale')
      await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
      const sending = () =>
        (core.handlers['campaigns.get']({ id: campaign.id }) as CampaignDetail).counts.sending
      for (let i = 0; i < 200 && sending() === 0; i += 1) {
        clock.advance(5_000)
        if (sending() === 0) await core.cloud.idle()
      }
      expect(sending()).toBe(1)
      // The claim is written and the request is out: now the check finds damage.
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      core.integrity.damageMet(corrupt())
      await core.cloud.idle()
      expect(server.sent).toHaveLength(1)
      expect(errors.mock.calls.flat().join(' ')).toMatch(/could not be recorded/)
      core.close()

      // The file opens again (its check at start finds it whole): the message is uncertain, for
      // the owner to say what became of it, and a day of sending later it has not gone again.
      const { core: next } = createTestCore(join(dir, 'data'), clock, undefined, null, undefined, [
        server.url,
      ])
      const after = await callCore<CampaignDetail>(next, 'campaigns.get', { id: campaign.id })
      expect(after.counts).toMatchObject({ sending: 0, uncertain: 1 })
      for (let i = 0; i < 24 * 12; i += 1) {
        clock.advance(5 * 60_000)
        await next.cloud.idle()
      }
      const firstTo = server.sent[0]?.to
      expect(server.sent.filter((m) => m.to === firstTo)).toHaveLength(1)
      next.close()
      vi.restoreAllMocks()
    } finally {
      for (const server of servers) await server.close()
    }
  })

  it('answers database_damaged to a write after the damage, and app.info still reads', async () => {
    const { core } = await setUpAssistedCore(tempDir(), { book: bookOf(2) })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    core.integrity.damageMet(corrupt())
    const refused = await dispatch(core.handlers, 'settings.update', { shopName: 'Цветы' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    expect(await dispatch(core.handlers, 'app.info', {})).toMatchObject({
      ok: true,
      value: { databaseDamaged: true },
    })
    core.close()
    vi.restoreAllMocks()
  })
})

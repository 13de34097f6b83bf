// The core's own answer to "is a campaign sending?", as the updater sees it: a real database,
// real campaigns and the sender's real sending window (Mon–Sat 10:00–20:00, Moscow).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import type { UpdateStatus } from '../../../shared/updates'
import { createCore } from '../create-core'
import { seededRandom } from '../scheduler/pacing'
import { createFileSecretStore, plainCodec } from '../secrets/file-secret-store'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import type { Updater, UpdaterState } from './updater'

/** Tuesday 1 December 2026, 11:00 in Moscow: inside the default window. */
const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', { zone: 'Europe/Moscow' }).toMillis()
const hour = 60 * 60 * 1000

describe('updates in the core', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const clock = new FakeClock(tuesdayMorning)
    let state: UpdaterState = { kind: 'up_to_date' }
    const listeners = new Set<(state: UpdaterState) => void>()
    const asked: number[] = []
    const installs: number[] = []
    const updater: Updater = {
      state: () => state,
      onState: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      check: () => undefined,
      askToRestart: () => {
        asked.push(clock.now())
        // The owner puts it off: the test reads the held / ready state instead.
        return Promise.resolve(false)
      },
      install: () => installs.push(clock.now()),
    }
    const core = createCore({
      dataDir,
      clock,
      capabilities: {
        openExternal: () => Promise.resolve(),
        keepAwake: () => () => undefined,
        notify: () => undefined,
        secrets: createFileSecretStore(join(dataDir, 'secrets.json'), plainCodec),
        updates: updater,
      },
      version: '0.1.0',
      shell: 'desktop',
      lateAfterMs: 0,
      statusPollMs: null,
      random: seededRandom(3),
    })
    writeFileSync(
      join(dir, 'book.csv'),
      [
        'Name,Phone,Consent',
        'Анна,+7 916 111-11-11,да',
        'Борис,+7 916 222-22-22,да',
        'Вера,+7 916 333-33-33,да',
      ].join('\n'),
    )
    await importFile(core, join(dir, 'book.csv'))
    const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '8 903 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте! Новинки в магазине.',
    })
    const status = () => callCore<UpdateStatus>(core, 'updates.status', {})
    const report = (next: UpdaterState) => {
      state = next
      for (const listener of listeners) listener(next)
    }
    return { core, clock, campaign, status, asked, installs, report }
  }

  it('holds a ready version while a campaign runs inside its window, and not once it is paused', async () => {
    const { core, campaign, status, installs, asked, report } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    report({ kind: 'downloaded', version: '0.2.0' })
    expect(asked).toEqual([])
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: true })
    // Settings' button is refused while it sends.
    await callCore(core, 'updates.restart', {})
    expect(installs).toEqual([])
    await callCore(core, 'campaigns.pause', { id: campaign.id })
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    await callCore(core, 'updates.restart', {})
    expect(installs).toHaveLength(1)
    core.close()
  })

  it('a running campaign waiting outside its window (after 20:00) does not hold the update', async () => {
    const { core, clock, campaign, status, asked, report } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    report({ kind: 'downloaded', version: '0.2.0' })
    clock.advance(9 * hour + 1) // 20:00 and a moment: the window has closed
    expect((await core.handlers['campaigns.get']({ id: campaign.id })).state).toBe('running')
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    // The question came when the window closed, not while it was open.
    expect(asked).toEqual([
      DateTime.fromISO('2026-12-01T20:00', { zone: 'Europe/Moscow' }).toMillis(),
    ])
    core.close()
  })

  it('says where the next version stands, with the running version', async () => {
    const { core, status, report } = await setup()
    report({ kind: 'downloading', version: '0.2.0', percent: 12.5 })
    expect(await status()).toMatchObject({
      version: '0.1.0',
      state: { kind: 'downloading', version: '0.2.0', percent: 13 },
    })
    core.close()
  })
})

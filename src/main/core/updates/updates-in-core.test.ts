// The core's own answer to "is a campaign sending?", as the updater sees it: a real database,
// real campaigns and the sender's real sending window (Mon–Sat 10:00–20:00, Moscow).
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { UpdateStatus } from '../../../shared/updates'
import type { Core } from '../create-core'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import type { Updater, UpdaterState } from './updater'

const hour = 60 * 60 * 1000

/** Plays the owner: says "sent" to the campaign's open chat. */
async function answerTheChat(core: Core, id: number): Promise<void> {
  const { task } = await callCore<{ task: { itemId: number } | null }>(core, 'campaigns.get', {
    id,
  })
  if (!task) throw new Error('no chat is open')
  await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
}

describe('updates in the core', () => {
  const tempDir = useTempDir()

  async function setup() {
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
    const { core, campaign } = await setUpAssistedCore(tempDir(), {
      book: bookOf(3),
      seed: 3,
      clock,
      shell: { shell: 'desktop', version: '0.1.0', capabilities: { updates: updater } },
      campaign: { text: 'Здравствуйте! Новинки в магазине.' },
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
    // Paused, but WhatsApp is still open on the first customer's chat, waiting for "sent / not
    // sent": a restart now would leave that message uncertain. Nothing is asked or installed.
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: true })
    await callCore(core, 'updates.restart', {})
    expect(installs).toEqual([])
    expect(asked).toEqual([])
    // The owner answers the chat: now nothing is in flight.
    await answerTheChat(core, campaign.id)
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    await callCore(core, 'updates.restart', {})
    expect(installs).toHaveLength(1)
    core.close()
  })

  it('a running campaign waiting outside its window (after 20:00) does not hold the update', async () => {
    const { core, clock, campaign, status, asked, report } = await setup()
    // Started at 19:59:40 and its chat answered at once: the next message (a gap of at least 30 s)
    // falls after 20:00, so it waits for tomorrow's window.
    clock.advance(9 * hour - 20_000)
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await answerTheChat(core, campaign.id)
    report({ kind: 'downloaded', version: '0.2.0' })
    expect(asked).toEqual([])
    clock.advance(20_000 + 1) // 20:00 and a moment: the window has closed
    expect((await core.handlers['campaigns.get']({ id: campaign.id })).state).toBe('running')
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    // The question came when the window closed, not while it was open.
    expect(asked).toEqual([
      DateTime.fromISO('2026-12-01T20:00', { zone: 'Europe/Moscow' }).toMillis(),
    ])
    core.close()
  })

  it('a chat left unanswered past 20:00 holds the update until the owner answers it', async () => {
    const { core, clock, campaign, status, asked, installs, report } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    report({ kind: 'downloaded', version: '0.2.0' })
    clock.advance(9 * hour + 1) // 20:00 and a moment: the window has closed, the chat is still open
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: true })
    expect(asked).toEqual([])
    await callCore(core, 'updates.restart', {})
    expect(installs).toEqual([])
    // Answered at 20:10: the question comes then, over nothing in flight.
    clock.advance(10 * 60_000)
    await answerTheChat(core, campaign.id)
    expect(asked).toEqual([clock.now()])
    expect((await status()).state).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    core.close()
  })

  it('asks nothing once the app is quitting, even when the pause before the quit leaves nothing sending', async () => {
    const { core, campaign, status, asked, report } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await answerTheChat(core, campaign.id)
    report({ kind: 'downloaded', version: '0.2.0' })
    expect((await status()).state).toMatchObject({ kind: 'ready', held: true })
    core.desktop.quitting()
    expect(await core.desktop.pauseForQuit('running')).toBe(1)
    expect(asked).toEqual([])
    core.close()
  })

  it('an updater that fails inside the campaigns event never reaches the scheduler', async () => {
    const { core, clock, campaign, report } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    report({ kind: 'downloaded', version: '0.2.0' })
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      // From now on every look at the updater throws.
      const broken = core.capabilities.updates
      if (!broken) throw new Error('no updater')
      broken.state = () => {
        throw new Error('updater broke')
      }
      await answerTheChat(core, campaign.id)
      // The scheduler's next claim (after the gap) emits campaigns.changed from inside its tick.
      clock.advance(10 * 60_000)
      const after = await core.handlers['campaigns.get']({ id: campaign.id })
      expect(after.state).toBe('running')
      expect(after.pauseReason).toBeNull()
      expect(after.counts.sent).toBe(1)
      expect(after.counts.sending).toBe(1)
      expect(errors.length).toBeGreaterThan(0)
    } finally {
      console.error = original
    }
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

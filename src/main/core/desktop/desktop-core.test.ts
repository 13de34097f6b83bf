// The core as the desktop shell uses it: what the OS notifications say (no customer's name unless
// the owner allowed it), whether campaigns still need the app, and pausing them all before a quit.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { Settings } from '../../../shared/settings'
import { createHostCapabilities } from '../../host/host-capabilities'
import { setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const people = ['Анна Петрова', 'Борис Смирнов', 'Вера Кузнецова']
const book = [
  'Name,Phone,Consent',
  `${people[0] ?? ''},+7 916 111-11-11,да`,
  `${people[1] ?? ''},+7 916 222-22-22,да`,
  `${people[2] ?? ''},+7 916 333-33-33,да`,
].join('\n')
const minute = 60_000

describe('the core on the desktop', () => {
  const tempDir = useTempDir()

  /** The desktop core with a first draft (`first`); `save` adds more to the same list. */
  async function setup(options: { language?: 'ru' | 'en'; first?: string } = {}) {
    const dir = tempDir()
    const language = options.language ?? 'ru'
    const host = createHostCapabilities(join(dir, 'data'))
    const { core, clock, sender, list, campaign } = await setUpAssistedCore(dir, {
      book,
      seed: 5,
      shell: { shell: 'desktop', capabilities: host.capabilities },
      campaign: { name: options.first ?? 'Декабрь', language },
    })
    const save = (name: string, extra: object = {}) =>
      callCore<Campaign>(core, 'campaigns.save', {
        name,
        senderId: sender.id,
        listIds: [list.id],
        text: 'Здравствуйте, {{first_name|друг}}!',
        language,
        ...extra,
      })
    /** Plays the owner: says "sent" to every chat until the campaigns have nothing left. */
    async function sendEverything(): Promise<void> {
      for (let guard = 0; guard < 1_000; guard += 1) {
        const open = (await callCore<Campaign[]>(core, 'campaigns.list', {})).filter(
          (c) => c.state === 'running',
        )
        if (open.length === 0) return
        for (const campaign of open) {
          const detail = await callCore<{ task: { itemId: number } | null }>(
            core,
            'campaigns.get',
            { id: campaign.id },
          )
          if (detail.task) {
            await callCore(core, 'campaigns.confirm', {
              itemId: detail.task.itemId,
              outcome: 'sent',
            })
          }
        }
        clock.advance(10 * minute)
      }
    }
    return { core, clock, host, campaign, save, sendEverything }
  }

  const everyNotice = (notices: readonly { title: string; body: string }[]) =>
    notices.map((notice) => `${notice.title}\n${notice.body}`).join('\n')

  for (const language of ['ru', 'en'] as const) {
    it(`(${language}) never names a customer in a notification unless the owner turned names on`, async () => {
      const { core, host, campaign, sendEverything } = await setup({ language })
      await callCore(core, 'campaigns.start', { id: campaign.id })
      await sendEverything()
      expect(host.notices.length).toBeGreaterThanOrEqual(people.length)
      const shown = everyNotice(host.notices)
      for (const name of people) {
        for (const word of name.split(' ')) expect(shown).not.toContain(word)
      }
      core.close()
    })
  }

  it('names the next customer once the owner allows it in Settings', async () => {
    const { core, host, campaign, sendEverything } = await setup()
    const settings = await callCore<Settings>(core, 'settings.update', {
      notificationsShowNames: true,
    })
    expect(settings.notificationsShowNames).toBe(true)
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await sendEverything()
    const shown = everyNotice(host.notices)
    for (const name of people) expect(shown).toContain(name)
    core.close()
  })

  it('knows which campaigns need the app and when the next message is due, and pauses them all', async () => {
    const { core, clock, campaign: now, save } = await setup({ first: 'Сейчас' })
    expect(core.desktop.activity()).toEqual({ running: 0, nextSendAt: null, awaitingOwner: false })
    const later = await save('Завтра', { startAt: clock.now() + 24 * 60 * minute })
    await save('Черновик')
    await callCore(core, 'campaigns.start', { id: now.id })
    await callCore(core, 'campaigns.start', { id: later.id })
    // The first chat is open at once: the owner is awaited, no next time is drawn yet.
    expect(core.desktop.activity()).toEqual({ running: 2, nextSendAt: null, awaitingOwner: true })
    const { task } = await callCore<{ task: { itemId: number } }>(core, 'campaigns.get', {
      id: now.id,
    })
    await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
    // Then the next message waits a gap of 30 s to 5 min from the answer.
    const { nextSendAt, awaitingOwner } = core.desktop.activity()
    expect(awaitingOwner).toBe(false)
    expect(nextSendAt).toBeGreaterThanOrEqual(clock.now() + 30_000)
    expect(nextSendAt).toBeLessThanOrEqual(clock.now() + 300_000)

    expect(await core.desktop.pauseAll()).toBe(2)
    const states = (await callCore<Campaign[]>(core, 'campaigns.list', {})).map((c) => [
      c.name,
      c.state,
    ])
    expect(Object.fromEntries(states)).toEqual({
      Сейчас: 'paused',
      Завтра: 'paused',
      Черновик: 'draft',
    })
    expect(core.desktop.activity()).toEqual({ running: 0, nextSendAt: null, awaitingOwner: false })
    // Nothing is asked of the owner while everything is paused.
    clock.advance(60 * minute)
    expect(core.desktop.activity().running).toBe(0)
    core.close()
  })

  it('still counts a paused campaign whose chat is open, until the owner answers it', async () => {
    const { core, campaign } = await setup()
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await callCore(core, 'campaigns.pause', { id: campaign.id })
    // WhatsApp is still open on the first customer's chat: closing must still ask.
    const { task } = await callCore<{ task: { itemId: number } | null }>(core, 'campaigns.get', {
      id: campaign.id,
    })
    expect(task).not.toBeNull()
    expect(core.desktop.activity().running).toBe(1)
    await callCore(core, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    expect(core.desktop.activity().running).toBe(0)
    core.close()
  })

  it('pauses for a quit saying why: an unasked quit only the running, the owner’s answer the scheduled too', async () => {
    const { core, clock, campaign: now, save } = await setup({ first: 'Сейчас' })
    const later = await save('Завтра', { startAt: clock.now() + 24 * 60 * minute })
    await callCore(core, 'campaigns.start', { id: now.id })
    await callCore(core, 'campaigns.start', { id: later.id })
    const get = (id: number) => callCore<Campaign>(core, 'campaigns.get', { id })

    // ⌘Q, the tray's «Выйти»: the scheduled campaign has nothing in flight and stays scheduled.
    expect(await core.desktop.pauseForQuit('running')).toBe(1)
    expect((await get(now.id)).state).toBe('paused')
    expect((await get(now.id)).pauseReason).toMatchObject({
      reason: 'app_quit',
      code: null,
      at: clock.now(),
    })
    expect((await get(later.id)).state).toBe('scheduled')

    // «Приостановить и выйти»: the owner said so, the scheduled one pauses as well, saying why.
    expect(await core.desktop.pauseForQuit('running_and_scheduled')).toBe(1)
    expect((await get(later.id)).state).toBe('paused')
    expect((await get(later.id)).pauseReason?.reason).toBe('app_quit')

    // Resumed by the owner, the reason goes; the owner's own pause has none.
    await callCore(core, 'campaigns.resume', { id: later.id })
    expect((await get(later.id)).pauseReason).toBeNull()
    await callCore(core, 'campaigns.pause', { id: later.id })
    expect((await get(later.id)).pauseReason).toBeNull()
    core.close()
  })
})

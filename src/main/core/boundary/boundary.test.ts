import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeGoogleCsv } from '../../../../bench/make-google-csv'
import type { Capabilities } from '../capabilities'
import { createCore } from '../create-core'
import { DatabaseOpenError } from '../db/database-error'
import { createFileSecretStore, plainCodec } from '../secrets/file-secret-store'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import type { Updater, UpdaterState } from '../updates/updater'
import { connectCore, coreLostMessage, type ShellCapabilities } from './connect-core'
import { createCoreRelay } from './core-relay'
import { serveCore, type ServedCore } from './serve-core'
import { superviseCore } from './supervise-core'
import type { OpenConfig } from './protocol'
import { nodePortTransport } from './transport'

const tempDir = useTempDir()
const ports: MessagePort[] = []
afterEach(() => {
  for (const port of ports.splice(0)) port.close()
})

/** Resolves once the messages in flight on both ports have been delivered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

function shellCapabilities(dataDir: string) {
  const opened: string[] = []
  const notices: string[] = []
  const awake = new Set<string>()
  let updaterState: UpdaterState = { kind: 'idle' }
  const updaterListeners = new Set<(state: UpdaterState) => void>()
  const updates: Updater & { become(state: UpdaterState): void; checks: number; asked: string[] } =
    {
      checks: 0,
      asked: [],
      state: () => updaterState,
      onState(listener) {
        updaterListeners.add(listener)
        return () => updaterListeners.delete(listener)
      },
      check() {
        updates.checks += 1
      },
      askToRestart(version) {
        updates.asked.push(version)
        return Promise.resolve(true)
      },
      install: () => undefined,
      become(state) {
        updaterState = state
        for (const listener of updaterListeners) listener(state)
      },
    }
  const capabilities: ShellCapabilities = {
    openExternal(url) {
      if (!url.startsWith('https://wa.me/'))
        return Promise.reject(new Error(`refused to open ${url}`))
      opened.push(url)
      return Promise.resolve()
    },
    keepAwake(reason) {
      awake.add(reason)
      return () => awake.delete(reason)
    },
    notify: (notice) => notices.push(notice.title),
    secrets: createFileSecretStore(join(dataDir, 'secrets.json'), plainCodec),
    chooseFolder: () => Promise.resolve('/backups/second'),
    updates,
  }
  return { capabilities, opened, notices, awake, updates }
}

/** A shell and a core on the two ends of a real MessageChannel; the core is a real one on SQLite. */
function connected(open?: (capabilities: Capabilities, config: OpenConfig) => ServedCore) {
  const dataDir = tempDir()
  const { port1, port2 } = new MessageChannel()
  ports.push(port1, port2)
  let coreCapabilities: Capabilities | undefined
  let served: ServedCore | undefined
  serveCore(nodePortTransport(port2, 'close'), {
    desktopStateDelayMs: 0,
    open(config, capabilities) {
      coreCapabilities = capabilities
      served = open
        ? open(capabilities, config)
        : createCore({
            dataDir: config.dataDir,
            clock: new FakeClock(),
            capabilities,
            version: config.version,
            shell: config.shell,
            statusPollMs: null,
          })
      return served
    },
  })
  const shell = shellCapabilities(dataDir)
  const client = connectCore(nodePortTransport(port1, 'close'), shell.capabilities)
  const config = { dataDir, version: '0.0.0-test', shell: 'browser' as const }
  return {
    client,
    shell,
    config,
    dataDir,
    corePort: port2,
    shellPort: port1,
    core: () => coreCapabilities ?? expect.fail('the core is not open'),
    served: () => served,
  }
}

describe('the core behind the boundary', () => {
  it('opens, answers calls with the dispatch envelope and closes', async () => {
    const { client, config } = connected()
    const { migration } = await client.open(config)
    expect(migration.to).toBeGreaterThan(0)
    await expect(client.open(config)).rejects.toThrow('The core is already open.')

    const settings = await client.call('settings.get', {})
    expect(settings).toMatchObject({ ok: true, value: { language: null } })
    expect(await client.call('no.such.call', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    })
    expect(await client.call('settings.update', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    await client.close()
  })

  it('sends the core’s events and keeps the desktop shell’s snapshot current', async () => {
    const { client, config } = connected()
    await client.open(config)
    const seen: string[] = []
    client.events.subscribe((message) => seen.push(message.name))
    expect(client.desktop.language()).toBeNull()

    expect(await client.call('settings.update', { language: 'en' })).toMatchObject({ ok: true })
    await settle()
    expect(seen).toContain('settings.changed')
    expect(client.desktop.language()).toBe('en')
    expect(client.desktop.activity()).toEqual({
      running: 0,
      nextSendAt: null,
      awaitingOwner: false,
    })
    await client.desktop.pauseAll()
    await client.close()
  })

  it('keeps the shell told whether an import is under way, for the close dialog', async () => {
    const { client, config } = connected()
    await client.open(config)
    const csv = join(tempDir(), 'book.csv')
    await writeGoogleCsv(csv, 20_000, 5)
    const bytes = readFileSync(csv)
    const value = async <T>(name: string, input: unknown): Promise<T> => {
      const result = await client.call(name, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    const { importId } = await value<{ importId: string }>('imports.create', {
      fileName: 'book.csv',
      size: bytes.length,
    })
    await value('imports.appendChunk', { importId, offset: 0, data: bytes.toString('base64') })
    const { mapping } = await value<{ mapping: string[] }>('imports.preview', { importId })
    const finished = new Promise<void>((resolve) =>
      client.events.subscribe((message) => {
        if (message.name === 'imports.finished') resolve()
      }),
    )
    expect(client.desktop.importing()).toBe(false)
    await value('imports.start', { importId, mapping, consent: 'unknown' })
    await vi.waitFor(() => expect(client.desktop.importing()).toBe(true), { timeout: 5_000 })
    await finished
    await vi.waitFor(() => expect(client.desktop.importing()).toBe(false))
    await client.close()
  })

  it('rebuilds a DatabaseOpenError the core could not open with', async () => {
    const { client, config } = connected(() => {
      throw new DatabaseOpenError('damaged', '/data/rupor.db', 'file is not a database')
    })
    const opening = client.open(config)
    await expect(opening).rejects.toBeInstanceOf(DatabaseOpenError)
    await opening.catch((error: unknown) => {
      expect(error).toMatchObject({ problem: 'damaged', file: '/data/rupor.db' })
      expect((error as Error).message).toBe(
        new DatabaseOpenError('damaged', '/data/rupor.db', 'file is not a database').message,
      )
    })
  })

  it('refuses messages outside the protocol, answering a malformed call', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { client, config, shellPort, corePort } = connected()
    await client.open(config)
    const answers: unknown[] = []
    shellPort.on('message', (message) => answers.push(message))

    shellPort.postMessage({ type: 'call', id: 900, name: 42, input: {} })
    shellPort.postMessage({ type: 'close' })
    shellPort.postMessage('DROP TABLE contacts')
    corePort.postMessage({ type: 'result', id: 1, result: { ok: 'yes' } })
    await settle()

    expect(answers).toContainEqual({
      type: 'result',
      id: 900,
      result: {
        ok: false,
        error: { code: 'invalid_input', message: 'The call is not in the core protocol.' },
      },
    })
    expect(warn).toHaveBeenCalledTimes(4)
    // The core is still open and answering.
    expect(await client.call('settings.get', {})).toMatchObject({ ok: true })
    warn.mockRestore()
    await client.close()
  })

  it('keeps answering whatever else arrives (any value posted to the core)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { client, config, shellPort } = connected()
    await client.open(config)
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (junk) => {
        shellPort.postMessage(junk)
        expect(await client.call('settings.get', {})).toMatchObject({ ok: true })
      }),
      { numRuns: 40 },
    )
    warn.mockRestore()
    await client.close()
  })

  it('carries out the core’s requests for the shell’s capabilities', async () => {
    const { client, config, shell, core } = connected()
    await client.open(config)
    const capabilities = core()

    await capabilities.openExternal('https://wa.me/79161234567')
    expect(shell.opened).toEqual(['https://wa.me/79161234567'])
    await expect(capabilities.openExternal('https://evil.example')).rejects.toThrow(
      'refused to open https://evil.example',
    )
    expect(await capabilities.chooseFolder?.()).toBe('/backups/second')

    capabilities.notify({ title: 'Рассылка завершена', body: '' })
    const release = capabilities.keepAwake('sending')
    await settle()
    expect(shell.notices).toEqual(['Рассылка завершена'])
    expect(shell.awake.has('sending')).toBe(true)
    release()
    release()
    await settle()
    expect(shell.awake.has('sending')).toBe(false)

    const updates = capabilities.updates ?? expect.fail('the shell has an updater')
    const states: string[] = []
    updates.onState((state) => states.push(state.kind))
    shell.updates.become({ kind: 'available', version: '2.0.0' })
    await settle()
    expect(updates.state()).toEqual({ kind: 'available', version: '2.0.0' })
    expect(states).toEqual(['available'])
    expect(await updates.askToRestart('2.0.0', 'ru')).toBe(true)
    expect(shell.updates.asked).toEqual(['2.0.0'])
    await client.close()
  })

  it('answers a secret’s state at once from what the shell said, kept current by set and delete', async () => {
    const { client, config, shell, core } = connected()
    await shell.capabilities.secrets.set('cloud-token-1', 'EAAB-before')
    await client.open(config)
    const { secrets } = core()

    expect(secrets.encrypted).toBe(false)
    expect(secrets.state('cloud-token-1')).toBe('stored')
    expect(secrets.state('cloud-token-2')).toBe('missing')
    await secrets.set('cloud-token-2', 'EAAB-new')
    expect(secrets.state('cloud-token-2')).toBe('stored')
    expect(await secrets.get('cloud-token-2')).toBe('EAAB-new')
    await secrets.delete('cloud-token-1')
    expect(secrets.state('cloud-token-1')).toBe('missing')
    expect(await shell.capabilities.secrets.get('cloud-token-1')).toBeUndefined()
    await client.close()
  })

  it('answers the calls still waiting when the core’s end goes away, and every call after', async () => {
    const { client, config, corePort, shell, core } = connected((capabilities, config) => {
      const real = createCore({
        dataDir: config.dataDir,
        clock: new FakeClock(),
        capabilities,
        version: '0.0.0-test',
        shell: 'browser',
        statusPollMs: null,
      })
      // A call that never finishes: the core dies in the middle of it.
      return {
        ...real,
        handlers: { ...real.handlers, 'settings.get': () => new Promise(() => undefined) },
      }
    })
    await client.open(config)
    const lost: string[] = []
    client.onLost((reason) => lost.push(reason))
    core().keepAwake('held')
    const waiting = client.call('settings.get', {})
    await settle()
    expect(shell.awake.has('held')).toBe(true)
    corePort.close()

    expect(await waiting).toEqual({
      ok: false,
      error: { code: 'internal', message: coreLostMessage },
    })
    expect(await client.call('settings.update', { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    await client.desktop.pauseAll()
    await client.close()
    expect(lost).toHaveLength(1)
    // What the dead core held is let go by the shell: the computer may sleep again.
    expect(shell.awake.has('held')).toBe(false)
  })
})

describe('the relay the desktop shell holds while the core is started again', () => {
  it('sends calls to the newest core and passes on only its events', async () => {
    const first = connected()
    await first.client.open(first.config)
    const relay = createCoreRelay(first.client)
    const seen: string[] = []
    relay.events.subscribe((message) => seen.push(message.name))
    expect(await relay.call('settings.update', { language: 'en' })).toMatchObject({ ok: true })
    await settle()
    expect(seen).toEqual(['settings.changed'])

    const second = connected()
    await second.client.open(second.config)
    const restarted: unknown[] = []
    relay.events.subscribe((message) => {
      if (message.name === 'core.restarted') restarted.push(message.payload)
    })
    relay.use(second.client, 1_765_000_000_000)
    // The pages are told at once: what they show may be the old core's.
    expect(restarted).toEqual([{ at: 1_765_000_000_000 }])
    // The old core's events are no longer the page's; the new one answers with its own data.
    await first.client.call('settings.update', { language: 'ru' })
    expect(await relay.call('settings.get', {})).toMatchObject({
      ok: true,
      value: { language: null },
    })
    await relay.call('settings.update', { language: 'ru' })
    await settle()
    expect(seen).toEqual(['settings.changed', 'core.restarted', 'settings.changed'])
    expect(relay.desktop.language()).toBe('ru')
    await first.client.close()
    await relay.close()
  })
})

describe('a shell watching its core (superviseCore)', () => {
  /** A first core, opened, behind a relay, watched; each core started again is a new pair. */
  async function supervised(options: { quitting?: () => boolean; onStart?: () => void } = {}) {
    const first = connected()
    await first.client.open(first.config)
    const relay = createCoreRelay(first.client)
    const started: ReturnType<typeof connected>[] = []
    /** Which of the cores started again were closed (by their index). */
    const closedStarted: number[] = []
    const heard: string[] = []
    relay.events.subscribe((message) => heard.push(message.name))
    const told = { lost: [] as string[], restarted: 0, gaveUp: [] as (string | Error)[] }
    const supervision = superviseCore(relay, first.client, {
      start: () => {
        const next = connected()
        started.push(next)
        const close = next.client.close.bind(next.client)
        next.client.close = () => {
          closedStarted.push(started.indexOf(next))
          return close()
        }
        options.onStart?.()
        return next.client
      },
      config: () => started.at(-1)?.config ?? first.config,
      now: () => 1_765_000_000_000,
      quitting: options.quitting ?? (() => false),
      lost: (reason) => told.lost.push(reason),
      restarted: () => (told.restarted += 1),
      giveUp: (reason) => told.gaveUp.push(reason),
    })
    return { first, relay, started, closedStarted, heard, told, supervision }
  }

  it('starts a core that ended on its own again once, the pages hear it, and gives up the second time', async () => {
    const { first, relay, started, heard, told, supervision } = await supervised()
    first.corePort.close()
    await vi.waitFor(() => expect(told.restarted).toBe(1))
    expect(started).toHaveLength(1)
    expect(heard).toEqual(['core.restarted'])
    // The new core answers through the same relay.
    expect(await relay.call('settings.update', { language: 'ru' })).toMatchObject({ ok: true })
    expect(await started[0]?.client.call('settings.get', {})).toMatchObject({
      value: { language: 'ru' },
    })

    started[0]?.corePort.close()
    await vi.waitFor(() => expect(told.gaveUp).toHaveLength(1))
    expect(started).toHaveLength(1)
    expect(told.lost).toHaveLength(2)
    await supervision.close()
  })

  it('does nothing about a loss while the shell quits', async () => {
    const { first, started, told, supervision } = await supervised({ quitting: () => true })
    first.corePort.close()
    await vi.waitFor(() => expect(told.lost).toHaveLength(1))
    await settle()
    expect(started).toHaveLength(0)
    expect(told.gaveUp).toHaveLength(0)
    await supervision.close()
  })

  it('closes a core still being started when the shell quits', async () => {
    let quitting = false
    let closing: Promise<void> | undefined
    const watched = await supervised({
      quitting: () => quitting,
      // The quit comes after the new core was asked to open, before it answers.
      onStart: () =>
        queueMicrotask(() => {
          quitting = true
          closing = watched.supervision.close()
        }),
    })
    const closes = vi.fn()
    watched.relay.events.subscribe(closes)
    watched.first.corePort.close()
    await vi.waitFor(() => expect(closing).toBeDefined())
    await closing
    // The close waited for it: by the time the shell may end, it is closed.
    expect(watched.closedStarted).toContain(0)
    await settle()
    // Never put in use: the pages heard no restart.
    expect(watched.told.restarted).toBe(0)
    expect(closes).not.toHaveBeenCalled()
  })
})

// The core's end of the boundary: it opens the core when the shell says so, answers calls with
// the dispatch's envelope, sends the events, runs the desktop shell's operations and asks the
// shell for what only the shell can do. Everything received is parsed first (protocol.ts).
import type { Capabilities } from '../capabilities'
import type { Core } from '../create-core'
import { DatabaseOpenError } from '../db/database-error'
import { dispatch } from '../dispatch'
import type { QuitPauseScope } from '../desktop/close-decision'
import { proxyCapabilities, type ProxyCapabilities } from './proxy-capabilities'
import {
  toCoreSchema,
  type Ask,
  type DesktopState,
  type OpenConfig,
  type ToCore,
  type ToShell,
} from './protocol'
import type { Transport } from './transport'

/** The parts of a core the boundary serves. */
export type ServedCore = Pick<
  Core,
  'handlers' | 'events' | 'migration' | 'desktop' | 'close' | 'closed'
>

export interface ServeCoreOptions {
  /** Opens the core (createRestorableCore in the worker; tests bring their own). */
  open(config: OpenConfig, capabilities: Capabilities): ServedCore
  /** After the core closed on the shell's word: the worker ends here. */
  onClosed?: () => void
  /** How long the desktop state waits for more changes before it is sent (ms). */
  desktopStateDelayMs?: number
}

export function serveCore(transport: Transport, options: ServeCoreOptions): void {
  let core: ServedCore | undefined
  let proxies: ProxyCapabilities | undefined
  const asks = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  let nextAsk = 1
  const post = (message: ToShell): void => {
    transport.post(message)
  }

  /** Whether the last snapshot sent said an import was under way. */
  let importingSent = false
  const desktopState = (served: ServedCore): DesktopState => {
    importingSent = served.desktop.importing()
    return {
      activity: served.desktop.activity(),
      importing: importingSent,
      language: served.desktop.language(),
    }
  }
  let stateTimer: ReturnType<typeof setTimeout> | undefined
  const sendDesktopStateSoon = (): void => {
    if (stateTimer) return
    stateTimer = setTimeout(() => {
      stateTimer = undefined
      if (core) post({ type: 'desktop-state', state: desktopState(core) })
    }, options.desktopStateDelayMs ?? 20)
  }

  const ask = (request: Ask): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextAsk++
      asks.set(id, { resolve, reject })
      post({ type: 'ask', id, ask: request })
    })

  const open = (message: Extract<ToCore, { type: 'open' }>): void => {
    if (core) {
      // One core per worker: a second open is answered, never left waiting.
      post({ type: 'open-failed', message: 'The core is already open.' })
      return
    }
    proxies = proxyCapabilities(message.offers, {
      ask,
      tell: (tell) => post({ type: 'tell', tell }),
    })
    try {
      core = options.open(message.config, proxies.capabilities)
    } catch (error) {
      post({
        type: 'open-failed',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof DatabaseOpenError
          ? { database: { problem: error.problem, file: error.file, detail: error.detail } }
          : {}),
      })
      return
    }
    core.events.subscribe((event) => {
      post({ type: 'event', message: event })
      // The close dialog and the tray read these at once in the shell.
      // An import's progress matters to them only as its start and its end.
      const importChanged =
        (event.name === 'imports.progress' || event.name === 'imports.finished') &&
        core?.desktop.importing() !== importingSent
      if (event.name === 'campaigns.changed' || event.name === 'settings.changed' || importChanged)
        sendDesktopStateSoon()
    })
    const { from, to, backupFile } = core.migration
    post({
      type: 'opened',
      migration: { from, to, ...(backupFile ? { backupFile } : {}) },
      desktop: desktopState(core),
    })
  }

  const call = async (id: number, name: string, input: unknown): Promise<void> => {
    const result = core
      ? await dispatch(core.handlers, name, input)
      : ({ ok: false, error: { code: 'internal', message: 'The core is not open.' } } as const)
    try {
      post({ type: 'result', id, result })
    } catch (error) {
      // A value that cannot be cloned is the core's bug: the caller still gets its answer.
      console.error(`${name} answered what cannot cross the boundary:`, error)
      post({
        type: 'result',
        id,
        result: {
          ok: false,
          error: { code: 'internal', message: 'The answer could not be sent.' },
        },
      })
    }
  }

  const desktop = async (message: Extract<ToCore, { type: 'desktop' }>): Promise<void> => {
    if (!core) {
      post({ type: 'desktop-answer', id: message.id, value: null })
      return
    }
    const ops = core.desktop
    let value: unknown = null
    switch (message.op) {
      case 'activity':
        value = ops.activity()
        break
      case 'language':
        value = ops.language()
        break
      // Awaited: during an import's apply the pause is written once it ends (the core answers meanwhile).
      case 'pauseAll':
        await ops.pauseAll()
        break
      case 'pauseForQuit':
        await ops.pauseForQuit(message.scope ?? ('running' satisfies QuitPauseScope))
        break
      case 'quitting':
        ops.quitting()
        break
    }
    // After a pause the shell reads the activity at once (the tray's menu): it is current first.
    // (A close may have come while a pause waited: the shell still hears its answer.)
    const current = core as ServedCore | undefined // (not narrowed: it may have changed)
    if (current) post({ type: 'desktop-state', state: desktopState(current) })
    post({ type: 'desktop-answer', id: message.id, value })
  }

  transport.onMessage((raw) => {
    const parsed = toCoreSchema.safeParse(raw)
    if (!parsed.success) {
      refuse(raw, post)
      return
    }
    const message = parsed.data
    switch (message.type) {
      case 'open':
        open(message)
        return
      case 'call':
        void call(message.id, message.name, message.input)
        return
      case 'desktop':
        void desktop(message)
        return
      case 'answer': {
        const pending = asks.get(message.id)
        if (!pending) return
        asks.delete(message.id)
        if (message.secrets) proxies?.secretsAre(message.secrets)
        if (message.ok) pending.resolve(message.value)
        else pending.reject(new Error(message.error ?? 'The shell could not do it.'))
        return
      }
      case 'updater':
        proxies?.updaterIs(message.state)
        return
      case 'close': {
        if (stateTimer) clearTimeout(stateTimer)
        const closing = core
        core = undefined
        closing?.close()
        // An import running is stopped first: 'closed' only once the file is.
        void (closing ? closing.closed() : Promise.resolve()).finally(() => {
          post({ type: 'closed', id: message.id })
          options.onClosed?.()
        })
        return
      }
    }
  })
  transport.onClose(() => {
    // The shell is gone: nothing will answer, and nothing is left to serve.
    for (const pending of asks.values()) pending.reject(new Error('The shell is gone.'))
    asks.clear()
  })
}

/** A message outside the protocol is not acted on; a call among them still gets its answer. */
function refuse(raw: unknown, post: (message: ToShell) => void): void {
  console.warn('core boundary: refused a message outside the protocol')
  if (typeof raw !== 'object' || raw === null) return
  const { type, id } = raw as { type?: unknown; id?: unknown }
  if (type === 'call' && typeof id === 'number' && Number.isInteger(id) && id >= 0)
    post({
      type: 'result',
      id,
      result: {
        ok: false,
        error: { code: 'invalid_input', message: 'The call is not in the core protocol.' },
      },
    })
}

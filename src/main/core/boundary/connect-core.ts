// The shell's end of the boundary: calls and desktop operations go to the core and come back as
// promises; the core's requests for the shell's capabilities are carried out here. If the core's
// process ends, every call still waiting is answered with an error (never left hanging).
import type { EventMessage } from '../../../shared/api'
import type { Result } from '../../../shared/result'
import type { Capabilities, SecretStore } from '../capabilities'
import { DatabaseOpenError } from '../db/database-error'
import type { CampaignActivity } from '../desktop/campaign-activity'
import type { QuitPauseScope } from '../desktop/close-decision'
import type { Language } from '../../../shared/settings'
import type { MigrationOutcome } from '../db/migrate'
import type { CoreDoor } from './core-door'
import {
  toShellSchema,
  type Ask,
  type DesktopOp,
  type DesktopState,
  type OpenConfig,
  type SecretSnapshot,
  type Tell,
  type ToCore,
} from './protocol'
import type { Transport } from './transport'

/** The shell's capabilities, with a secret store that can say every key's state at once. */
export type ShellCapabilities = Omit<Capabilities, 'secrets'> & {
  secrets: SecretStore & { snapshot(): SecretSnapshot }
}

export interface CoreClient extends CoreDoor {
  /** Opens the core; rejects with a DatabaseOpenError (rebuilt from its data) or an Error. */
  open(config: OpenConfig): Promise<{ migration: MigrationOutcome }>
  /** For the desktop shell: reads are the core's last word (kept current), the rest are asked. */
  desktop: {
    activity(): CampaignActivity
    /** A file is being imported: closing the app now would cancel it. */
    importing(): boolean
    language(): Language | null
    pauseAll(): Promise<void>
    pauseForQuit(scope: QuitPauseScope): Promise<void>
    quitting(): Promise<void>
  }
  /** Closes the core (its database) and waits for it; at once if the core is already gone. */
  close(): Promise<void>
  /** Called once when the core's end is gone (its process exited) without being closed. */
  onLost(listener: (reason: string) => void): void
}

export const coreLostMessage =
  'Rupor’s core stopped before answering; it was written to the log. Try again.'

export function connectCore(transport: Transport, capabilities: ShellCapabilities): CoreClient {
  let nextId = 1
  const calls = new Map<number, (result: Result<unknown>) => void>()
  const desktopOps = new Map<number, (value: unknown) => void>()
  const closes = new Map<number, () => void>()
  let opening: { resolve(value: { migration: MigrationOutcome }): void; reject(e: Error): void }
  let opened: ((value: { migration: MigrationOutcome }) => void) | undefined
  let failed: ((error: Error) => void) | undefined
  const listeners = new Set<(message: EventMessage) => void>()
  const lostListeners = new Set<(reason: string) => void>()
  const awake = new Map<number, () => void>()
  let desktopState: DesktopState = {
    activity: { running: 0, nextSendAt: null, awaitingOwner: false },
    importing: false,
    language: null,
  }
  let gone: string | undefined
  let closing = false
  let stopUpdater: (() => void) | undefined

  const post = (message: ToCore): void => {
    if (gone === undefined) transport.post(message)
  }

  const answer = async (id: number, ask: Ask): Promise<void> => {
    const { secrets } = capabilities
    try {
      let value: unknown
      switch (ask.op) {
        case 'openExternal':
          await capabilities.openExternal(ask.url)
          break
        case 'chooseFolder':
          value = capabilities.chooseFolder ? await capabilities.chooseFolder() : null
          break
        case 'secrets.get':
          value = await secrets.get(ask.key)
          break
        case 'secrets.set':
          await secrets.set(ask.key, ask.value)
          break
        case 'secrets.delete':
          await secrets.delete(ask.key)
          break
        case 'updates.askToRestart':
          value = capabilities.updates
            ? await capabilities.updates.askToRestart(ask.version, ask.language)
            : false
          break
      }
      const snapshot = ask.op.startsWith('secrets.') ? { secrets: secrets.snapshot() } : {}
      post({ type: 'answer', id, ok: true, ...(value === undefined ? {} : { value }), ...snapshot })
    } catch (error) {
      post({
        type: 'answer',
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }

  const carryOut = (tell: Tell): void => {
    switch (tell.op) {
      case 'notify':
        capabilities.notify({ title: tell.title, body: tell.body })
        return
      case 'keepAwake':
        awake.set(tell.token, capabilities.keepAwake(tell.reason))
        return
      case 'release':
        awake.get(tell.token)?.()
        awake.delete(tell.token)
        return
      case 'updates.check':
        capabilities.updates?.check()
        return
      case 'updates.install':
        capabilities.updates?.install()
        return
    }
  }

  transport.onMessage((raw) => {
    const parsed = toShellSchema.safeParse(raw)
    if (!parsed.success) {
      console.warn('core boundary: refused a message from the core outside the protocol')
      return
    }
    const message = parsed.data
    switch (message.type) {
      case 'opened':
        desktopState = message.desktop
        opened?.({ migration: message.migration })
        return
      case 'open-failed': {
        const { database } = message
        failed?.(
          database
            ? new DatabaseOpenError(database.problem, database.file, database.detail)
            : new Error(message.message),
        )
        return
      }
      case 'result':
        calls.get(message.id)?.(message.result)
        calls.delete(message.id)
        return
      case 'event':
        for (const listener of listeners) listener(message.message as EventMessage)
        return
      case 'desktop-answer':
        desktopOps.get(message.id)?.(message.value)
        desktopOps.delete(message.id)
        return
      case 'desktop-state':
        desktopState = message.state
        return
      case 'ask':
        void answer(message.id, message.ask)
        return
      case 'tell':
        carryOut(message.tell)
        return
      case 'log':
        console[message.level](message.text)
        return
      case 'closed':
        closes.get(message.id)?.()
        closes.delete(message.id)
        return
    }
  })

  transport.onClose((reason) => {
    if (gone !== undefined) return
    gone = reason
    // An import ends with its core (its transaction rolled back): nothing left to ask about.
    desktopState = { ...desktopState, importing: false }
    stopUpdater?.()
    // The core cannot release what it asked for: the computer may sleep again.
    for (const release of awake.values()) release()
    awake.clear()
    const lost = { ok: false, error: { code: 'internal', message: coreLostMessage } } as const
    for (const resolve of calls.values()) resolve(lost)
    calls.clear()
    for (const resolve of desktopOps.values()) resolve(null)
    desktopOps.clear()
    for (const resolve of closes.values()) resolve()
    closes.clear()
    failed?.(new Error(`Rupor’s core ${reason} before it opened.`))
    if (!closing) for (const listener of lostListeners) listener(reason)
  })

  const desktopOp = (op: DesktopOp, scope?: QuitPauseScope): Promise<void> =>
    new Promise((resolve) => {
      if (gone !== undefined) {
        resolve()
        return
      }
      const id = nextId++
      desktopOps.set(id, () => resolve())
      post({ type: 'desktop', id, op, ...(scope ? { scope } : {}) })
    })

  return {
    open(config) {
      return new Promise((resolve, reject) => {
        if (gone !== undefined) {
          reject(new Error(`Rupor’s core ${gone}.`))
          return
        }
        opening = { resolve, reject }
        opened = (value) => {
          opened = failed = undefined
          opening.resolve(value)
        }
        failed = (error) => {
          opened = failed = undefined
          opening.reject(error)
        }
        const { updates } = capabilities
        stopUpdater?.()
        stopUpdater = updates?.onState((state) => {
          post({ type: 'updater', state })
        })
        post({
          type: 'open',
          config,
          offers: {
            secrets: {
              encrypted: capabilities.secrets.encrypted,
              snapshot: capabilities.secrets.snapshot(),
            },
            chooseFolder: capabilities.chooseFolder !== undefined,
            updater: updates ? updates.state() : null,
          },
        })
      })
    },
    call(name, input) {
      if (gone !== undefined)
        return Promise.resolve({ ok: false, error: { code: 'internal', message: coreLostMessage } })
      return new Promise((resolve) => {
        const id = nextId++
        calls.set(id, resolve)
        post({ type: 'call', id, name, input })
      })
    },
    events: {
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    desktop: {
      activity: () => desktopState.activity,
      importing: () => desktopState.importing,
      language: () => desktopState.language,
      pauseAll: () => desktopOp('pauseAll'),
      pauseForQuit: (scope) => desktopOp('pauseForQuit', scope),
      quitting: () => desktopOp('quitting'),
    },
    close() {
      closing = true
      stopUpdater?.()
      if (gone !== undefined) return Promise.resolve()
      return new Promise((resolve) => {
        const id = nextId++
        closes.set(id, resolve)
        post({ type: 'close', id })
      })
    },
    onLost(listener) {
      lostListeners.add(listener)
    },
  }
}

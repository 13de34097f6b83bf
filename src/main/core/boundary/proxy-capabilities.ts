// The core's side of the capabilities: each one asks the shell over the boundary and waits for its
// answer. `secrets.state()` and the updater's `state()` are synchronous for the core, so they read
// what the shell last said (sent at open, kept current by every answer and state change).
import { z } from 'zod'
import type { Capabilities, SecretState } from '../capabilities'
import type { Updater, UpdaterState } from '../updates/updater'
import type { Ask, SecretSnapshot, ShellOffers, Tell } from './protocol'

export interface ShellLine {
  ask(ask: Ask): Promise<unknown>
  tell(tell: Tell): void
}

export interface ProxyCapabilities {
  capabilities: Capabilities
  /** The shell's newest snapshot of the secrets (an answer to a secrets request brings one). */
  secretsAre(snapshot: SecretSnapshot): void
  /** The shell's updater changed state. */
  updaterIs(state: UpdaterState): void
}

const answers = {
  chooseFolder: z.string().nullable(),
  secretsGet: z.string().optional(),
  askToRestart: z.boolean(),
}

export function proxyCapabilities(offers: ShellOffers, line: ShellLine): ProxyCapabilities {
  let secrets = offers.secrets.snapshot
  let updaterState: UpdaterState | null = offers.updater
  const updaterListeners = new Set<(state: UpdaterState) => void>()
  let nextToken = 1

  const updates: Updater | undefined =
    offers.updater === null
      ? undefined
      : {
          state: () => updaterState ?? { kind: 'idle' },
          onState(listener) {
            updaterListeners.add(listener)
            return () => updaterListeners.delete(listener)
          },
          check: () => {
            line.tell({ op: 'updates.check' })
          },
          askToRestart: async (version, language) =>
            answers.askToRestart.parse(
              await line.ask({ op: 'updates.askToRestart', version, language }),
            ),
          install: () => {
            line.tell({ op: 'updates.install' })
          },
        }

  const capabilities: Capabilities = {
    openExternal: async (url) => {
      await line.ask({ op: 'openExternal', url })
    },
    keepAwake(reason) {
      const token = nextToken++
      line.tell({ op: 'keepAwake', token, reason })
      let released = false
      return () => {
        if (released) return
        released = true
        line.tell({ op: 'release', token })
      }
    },
    notify: ({ title, body }) => {
      line.tell({ op: 'notify', title, body })
    },
    secrets: {
      encrypted: offers.secrets.encrypted,
      state: (key): SecretState => secrets.states[key] ?? secrets.otherwise,
      get: async (key) => answers.secretsGet.parse(await line.ask({ op: 'secrets.get', key })),
      set: async (key, value) => {
        await line.ask({ op: 'secrets.set', key, value })
      },
      delete: async (key) => {
        await line.ask({ op: 'secrets.delete', key })
      },
    },
    ...(offers.chooseFolder
      ? {
          chooseFolder: async () =>
            answers.chooseFolder.parse(await line.ask({ op: 'chooseFolder' })),
        }
      : {}),
    ...(updates ? { updates } : {}),
  }
  return {
    capabilities,
    secretsAre(snapshot) {
      secrets = snapshot
    },
    updaterIs(state) {
      updaterState = state
      for (const listener of updaterListeners) listener(state)
    },
  }
}

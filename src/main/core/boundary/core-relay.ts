import type { EventMessage } from '../../../shared/api'
import type { CoreClient } from './connect-core'

/**
 * The one core a shell's parts hold (IPC, the close guard, the tray; the host's HTTP) while the
 * core's process behind it may be started again: calls go to the current client, and the current
 * client's events reach the same listeners.
 */
export interface CoreRelay extends Omit<CoreClient, 'open' | 'onLost'> {
  /** From now on `client` (opened) answers; the listeners hear 'core.restarted' at `at`. */
  use(client: CoreClient, at: number): void
}

export function createCoreRelay(first: CoreClient): CoreRelay {
  let current = first
  const listeners = new Set<(message: EventMessage) => void>()
  const forward = (client: CoreClient) =>
    client.events.subscribe((message) => {
      if (client !== current) return
      for (const listener of listeners) listener(message)
    })
  forward(first)
  return {
    use(client, at) {
      current = client
      forward(client)
      // The pages hear it, so the owner reloads when their unsaved text is safe, not before.
      const restarted: EventMessage = { name: 'core.restarted', payload: { at } }
      for (const listener of listeners) listener(restarted)
    },
    call: (name, input) => current.call(name, input),
    events: {
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    desktop: {
      activity: () => current.desktop.activity(),
      importing: () => current.desktop.importing(),
      language: () => current.desktop.language(),
      pauseAll: () => current.desktop.pauseAll(),
      pauseForQuit: (scope) => current.desktop.pauseForQuit(scope),
      quitting: () => current.desktop.quitting(),
    },
    close: () => current.close(),
  }
}

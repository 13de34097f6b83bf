import type { EventMessage } from '../../../shared/api'
import type { CoreClient } from './connect-core'

/**
 * The one core the desktop shell's parts hold (IPC, the close guard, the tray) while the core's
 * process behind it may be started again: calls go to the current client, and every client's
 * events reach the same listeners.
 */
export interface CoreRelay extends Omit<CoreClient, 'open' | 'onLost'> {
  use(client: CoreClient): void
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
    use(client) {
      current = client
      forward(client)
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

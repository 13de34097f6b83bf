import type { CoreClient } from './connect-core'
import { coreLostStep } from './core-lost-step'
import type { CoreRelay } from './core-relay'
import type { OpenConfig } from './protocol'

/** What a shell does around a core that ends on its own (the desktop app's and the host's). */
export interface CoreSupervision {
  /** A new client: its process or worker starting. */
  start: () => CoreClient
  /** How a core started again is opened. */
  config: () => OpenConfig
  now: () => number
  /** True once the shell quits: a loss then changes nothing. */
  quitting: () => boolean
  /** Each loss, before anything is done (for the log). */
  lost: (reason: string) => void
  /** A new core answers through the relay (the pages have heard 'core.restarted'). */
  restarted: () => void
  /** Lost for good — a second loss, or a new core that would not open: the shell says so and ends. */
  giveUp: (reason: string | Error) => void
}

/**
 * Watches an opened core: when it ends on its own it is started again once per run of the shell
 * (coreLostStep) and the relay moves to the new one; the second time the shell gives up. A quit
 * while a new core opens closes that one too.
 */
export function superviseCore(relay: CoreRelay, first: CoreClient, shell: CoreSupervision) {
  let restarts = 0
  let starting: CoreClient | undefined
  const watch = (client: CoreClient): void => {
    client.onLost((reason) => {
      shell.lost(reason)
      const step = coreLostStep({ quitting: shell.quitting(), restarts })
      if (step === 'ignore') return
      if (step === 'give_up') {
        shell.giveUp(reason)
        return
      }
      restarts += 1
      const again = shell.start()
      starting = again
      again.open(shell.config()).then(
        () => {
          starting = undefined
          if (shell.quitting()) {
            void again.close()
            return
          }
          relay.use(again, shell.now())
          watch(again)
          shell.restarted()
        },
        (error: unknown) => {
          starting = undefined
          if (!shell.quitting())
            shell.giveUp(error instanceof Error ? error : new Error(String(error)))
        },
      )
    })
  }
  watch(first)
  return {
    /** Closes the core in use, and one being started again. */
    close: async (): Promise<void> => {
      await Promise.all([relay.close(), starting?.close()])
    },
  }
}

import type { EventMessage } from '../../../shared/api'
import type { Result } from '../../../shared/result'
import type { Core } from '../create-core'
import { dispatch } from '../dispatch'

/**
 * What the page's doors (Electron's IPC, the host's HTTP and SSE) need of the core: one call that
 * answers with the result envelope and never throws, and the events. The core may be in this
 * process (`inProcessDoor`, the tests) or in its own (`connectCore`).
 */
export interface CoreDoor {
  call(name: string, input: unknown): Promise<Result<unknown>>
  events: { subscribe(listener: (message: EventMessage) => void): () => void }
}

export const inProcessDoor = (core: Pick<Core, 'handlers' | 'events'>): CoreDoor => ({
  call: (name, input) => dispatch(core.handlers, name, input),
  events: core.events,
})

// The shape of `window.rupor`, exposed by the preload and used by the renderer's client.
import type { CallInput, CallName, CallOutput, EventMessage } from './api'
import type { Result } from './result'

export interface RuporBridge {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>
  /** Listens to every core event; returns the function that stops listening. */
  onEvent(listener: (message: EventMessage) => void): () => void
}

// The renderer's one way into the core. Both transports answer with the result envelope; the client
// turns failures back into exceptions so that callers can simply `await`.
import type { CallInput, CallName, CallOutput, EventMessage } from '../../../shared/api'
import { ApiCallError, UnreachableError } from './errors'
import type { Transport } from './transport'

export interface ApiClient {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>
  /** Listens to every core event; returns the function that stops listening. */
  onEvent(listener: (message: EventMessage) => void): () => void
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(name, input) {
      let result
      try {
        result = await transport.call(name, input)
      } catch (error) {
        throw new UnreachableError(error)
      }
      if (result.ok) return result.value
      throw new ApiCallError(result.error)
    },
    onEvent: (listener) => transport.onEvent(listener),
  }
}

// Questions the first screen will ask, sent as the page's code starts rather than after the app
// has mounted: the core answers them while React and Mantine are still being evaluated. The app
// asks them again as usual and is handed the early answer instead of a second request.
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import type { ApiClient } from './client'

export interface EarlyClient extends ApiClient {
  /** Sends the call now; the first call of the same name, if its input is the same, gets its answer. */
  askEarly<K extends CallName>(name: K, input: CallInput<K>): void
}

/**
 * `client` with early answers. An early answer is used once, and only by the first call of its
 * name: any later call (a refresh, another filter) goes to the core, so nothing stale is shown.
 */
export function withEarlyCalls(client: ApiClient): EarlyClient {
  const early = new Map<CallName, { input: string; answer: Promise<unknown> }>()
  return {
    askEarly(name, input) {
      const answer = client.call(name, input)
      // Handled by whoever takes it; an answer nobody takes must not be an unhandled rejection.
      answer.catch(() => undefined)
      early.set(name, { input: JSON.stringify(input), answer })
    },
    call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const asked = early.get(name)
      if (!asked) return client.call(name, input)
      early.delete(name)
      if (asked.input !== JSON.stringify(input)) return client.call(name, input)
      return asked.answer as Promise<CallOutput<K>>
    },
    onEvent: (listener) => client.onEvent(listener),
  }
}

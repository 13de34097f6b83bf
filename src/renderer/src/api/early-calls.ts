// Questions the first screen will ask, sent as the page's code starts rather than after the app
// has mounted: the core answers them while React and Mantine are still being evaluated. The app
// asks them again as usual and is handed the early answer instead of a second request.
import type { CallInput, CallName, CallOutput, EventName } from '../../../shared/api'
import type { ApiClient } from './client'

export interface EarlyClient extends ApiClient {
  /** Sends the call now; the first call of the same name, if its input is the same, gets its answer. */
  askEarly<K extends CallName>(name: K, input: CallInput<K>): void
}

/**
 * The events after which an early answer of a call may be out of date. A call not listed here is
 * dropped on any event: asking once more costs one request, showing an old answer costs trust.
 */
const outdatedBy: Partial<Record<CallName, readonly EventName[]>> = {
  'settings.get': ['settings.changed', 'backups.restored'],
  'contacts.query': ['contacts.changed', 'optOuts.changed', 'backups.restored'],
}

/**
 * `client` with early answers. An early answer is used once, and only by the first call of its
 * name: any later call (a refresh, another filter) goes to the core. The page subscribes to events
 * only once it has mounted, so events are listened to from the first early call on, and an early
 * answer that an event may have made stale is dropped (its call then asks anew). A failed early
 * answer is never handed on, and drops every other early answer too, so trying again asks anew.
 */
export function withEarlyCalls(client: ApiClient): EarlyClient {
  const early = new Map<CallName, { input: string; answer: Promise<unknown> }>()
  let listening = false
  const listen = () => {
    if (listening) return
    listening = true
    // Kept for the page's life: the app subscribes too, and the stream must not close in between.
    client.onEvent((message) => {
      for (const name of [...early.keys()]) {
        const events = outdatedBy[name]
        if (!events || events.includes(message.name)) early.delete(name)
      }
    })
  }
  return {
    askEarly(name, input) {
      listen()
      const answer = client.call(name, input)
      const asked = { input: JSON.stringify(input), answer }
      // An answer nobody takes must not be an unhandled rejection; a failure forgets them all.
      answer.catch(() => early.clear())
      early.set(name, asked)
    },
    call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const asked = early.get(name)
      if (!asked) return client.call(name, input)
      early.delete(name)
      if (asked.input !== JSON.stringify(input)) return client.call(name, input)
      // A failed early answer may be old news: the caller gets the core's answer of now.
      return (asked.answer as Promise<CallOutput<K>>).catch(() => {
        early.clear()
        return client.call(name, input)
      })
    },
    onEvent: (listener) => client.onEvent(listener),
  }
}

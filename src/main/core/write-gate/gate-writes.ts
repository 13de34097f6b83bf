import type { CallName } from '../../../shared/api'
import type { Handlers } from '../handlers'
import { callWrites } from './call-writes'
import type { WriteGate } from './write-gate'

/**
 * The handlers as they answer while an import's apply may hold SQLite's write lock: a call that
 * may write (call-writes.ts) waits for the gate instead of stalling the core's thread
 * on the lock, then runs; one that started before is waited for by the gate's close (its awaits
 * may end in a write). With the gate open, a call answers exactly as before (sync stays sync).
 */
export function gateWrites(handlers: Handlers, gate: WriteGate): Handlers {
  const gated: Record<string, (input: unknown) => unknown> = {}
  for (const [name, handler] of Object.entries(handlers) as [
    CallName,
    (input: unknown) => unknown,
  ][]) {
    // A reader never waits; a call with its own gate (call-writes.ts) waits where it writes.
    if (callWrites[name] !== 'may_write') {
      gated[name] = handler
      continue
    }
    gated[name] = (input) => {
      if (!gate.isOpen()) return gate.hold(() => handler(input))
      const answer = handler(input)
      return answer instanceof Promise ? gate.track(answer) : answer
    }
  }
  return gated as unknown as Handlers
}

import type { EventMessage, EventName, EventPayload } from '../../shared/api'

type Listener = (message: EventMessage) => void

/** The core's outbox: services emit, the shells (IPC, host) forward to the page. */
export class EventBus {
  private listeners = new Set<Listener>()

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    // One name with its own payload; TypeScript cannot see that a generic pair is a union member.
    const message = { name, payload } as EventMessage
    for (const listener of this.listeners) listener(message)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

import { useEffect, useEffectEvent } from 'react'
import type { EventMessage, EventName, EventPayload } from '../../../shared/api'
import { useApi } from './api-context'

/** The payload of `message` if it is a `name` event. */
function payloadOf<K extends EventName>(
  message: EventMessage,
  name: K,
): EventPayload<K> | undefined {
  return message.name === name ? message.payload : undefined
}

/** Calls `listener` with the payload of every `name` event while the component is mounted. */
export function useApiEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): void {
  const api = useApi()
  const onMessage = useEffectEvent((message: EventMessage) => {
    const payload = payloadOf(message, name)
    if (payload !== undefined) listener(payload)
  })
  useEffect(() => api.onEvent(onMessage), [api])
}

import { useEffect, useEffectEvent } from 'react'
import type { EventMessage, EventName, EventPayload } from '../../../shared/api'
import { useApi } from './api-context'

// Compared as plain strings: with one event in the contract today, the names' types always match.
function isNamed<K extends EventName>(message: EventMessage, name: K): message is EventMessage<K> {
  const wanted: string = name
  return message.name === wanted
}

/** Calls `listener` with the payload of every `name` event while the component is mounted. */
export function useApiEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): void {
  const api = useApi()
  const onMessage = useEffectEvent((message: EventMessage) => {
    if (isNamed(message, name)) listener(message.payload)
  })
  useEffect(() => api.onEvent(onMessage), [api])
}

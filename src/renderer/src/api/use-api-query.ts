import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { CallInput, CallName, CallOutput, EventName } from '../../../shared/api'
import { useApi } from './api-context'

export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown }

interface QueryOptions {
  /** False: nothing is asked (yet). */
  enabled?: boolean
  /** Events after which the answer is refreshed. */
  refreshOn?: readonly EventName[]
}

/**
 * One call's answer, asked when the component mounts and again when `input` changes.
 * `refresh` asks again but keeps showing the answer it had until the new one arrives, so pages
 * fed by frequent events do not flicker; `reload` starts over from loading; `set` replaces the
 * value (after an update, or from an event).
 */
export function useApiQuery<K extends CallName>(
  name: K,
  input: CallInput<K>,
  { enabled = true, refreshOn = [] }: QueryOptions = {},
) {
  const api = useApi()
  const [state, setState] = useState<QueryState<CallOutput<K>>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const key = JSON.stringify(input)
  const load = useEffectEvent(() => api.call(name, input))

  useEffect(() => {
    if (!enabled) return
    let live = true
    load().then(
      (value) => {
        if (live) setState({ status: 'ready', value })
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [name, key, attempt, enabled])

  const refresh = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  const set = useCallback((value: CallOutput<K>) => {
    setState({ status: 'ready', value })
  }, [])

  const onEvent = useEffectEvent((event: EventName) => {
    if (refreshOn.includes(event)) refresh()
  })
  // Only queries that want events listen: the first listener opens the event stream.
  const listens = refreshOn.length > 0
  useEffect(() => {
    if (!listens) return
    return api.onEvent((message) => {
      onEvent(message.name)
    })
  }, [api, listens])

  return { state, refresh, reload, set }
}

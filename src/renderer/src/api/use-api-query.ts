import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import { useApi } from './api-context'

type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown }

/**
 * Loads one call's answer when the component mounts. `input` is read at load time only;
 * `reload` asks again, `set` replaces the value (after an update, or from an event).
 */
export function useApiQuery<K extends CallName>(name: K, input: CallInput<K>) {
  const api = useApi()
  const [state, setState] = useState<QueryState<CallOutput<K>>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const load = useEffectEvent(() => api.call(name, input))

  useEffect(() => {
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
  }, [name, attempt])

  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  const set = useCallback((value: CallOutput<K>) => {
    setState({ status: 'ready', value })
  }, [])

  return { state, reload, set }
}

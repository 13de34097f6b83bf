import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '../../../../shared/api'
import { useApi } from '../../api/api-context'

export type FreshState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown }

/**
 * One call's answer, asked again when `input` changes or `refresh` is called. A refresh keeps
 * showing the answer it had until the new one arrives, so pages fed by frequent events do not
 * flicker; `retry` starts over from loading. Not `enabled`: nothing is asked.
 */
export function useFreshQuery<K extends CallName>(name: K, input: CallInput<K>, enabled = true) {
  const api = useApi()
  const [state, setState] = useState<FreshState<CallOutput<K>>>({ status: 'loading' })
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
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return { state, refresh, retry }
}

import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { CallInput, CallName, CallOutput, EventName } from '../../../../shared/api'
import { useApi } from '../../api/api-context'

/** The answer to a call that follows a form: the last one stays while the next is asked. */
export interface LiveAnswer<T> {
  /** The latest answer; while a new one is asked, the previous one (possibly for older input). */
  value: T | undefined
  /** An answer for the current input is on its way. */
  pending: boolean
  /** The call for the current input failed (the last good answer is still in `value`). */
  failed: boolean
  error: unknown
  retry: () => void
}

type Outcome<T> =
  { key: string; attempt: number; value: T } | { key: string; attempt: number; error: unknown }

interface Options {
  /** How long the input must stay still before it is asked. */
  delayMs: number
  /** Events after which the same input is asked again. */
  refreshOn: readonly EventName[]
}

/**
 * Asks `name` once `input` stops changing for `delayMs`, and again after the given events; null
 * input asks nothing. The screen keeps the previous answer until the new one arrives: no flicker.
 */
export function useLiveCall<K extends CallName>(
  name: K,
  input: CallInput<K> | null,
  { delayMs, refreshOn }: Options,
): LiveAnswer<CallOutput<K>> {
  const api = useApi()
  const key = input === null ? null : JSON.stringify(input)
  const [attempt, setAttempt] = useState(0)
  const [outcome, setOutcome] = useState<Outcome<CallOutput<K>>>()
  const [last, setLast] = useState<CallOutput<K>>()
  const ask = useEffectEvent(() => (input === null ? null : api.call(name, input)))

  useEffect(() => {
    if (key === null) return
    let live = true
    const timer = setTimeout(() => {
      ask()?.then(
        (value) => {
          if (!live) return
          setOutcome({ key, attempt, value })
          setLast(value)
        },
        (error: unknown) => {
          if (live) setOutcome({ key, attempt, error })
        },
      )
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, attempt, delayMs])

  const retry = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  const onEvent = useEffectEvent((event: EventName) => {
    if (refreshOn.includes(event)) retry()
  })
  useEffect(
    () =>
      api.onEvent((message) => {
        onEvent(message.name)
      }),
    [api],
  )

  const current = outcome !== undefined && outcome.key === key && outcome.attempt === attempt
  const failed = current && 'error' in outcome
  return {
    value: key === null ? undefined : last,
    pending: key !== null && !current,
    failed,
    error: failed ? outcome.error : undefined,
    retry,
  }
}

import { useCallback, useEffect, useState } from 'react'
import type { ListDetail } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'

type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; list: ListDetail }
  | { status: 'failed'; error: unknown }

/**
 * One list with its members, kept fresh: asked again when it, an opt-out or a contact changes.
 * A refresh keeps showing the list it had until the new one arrives, so nothing flickers.
 */
export function useListDetail(id: number) {
  const api = useApi()
  const [state, setState] = useState<DetailState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    api.call('lists.get', { id }).then(
      (list) => {
        if (live) setState({ status: 'ready', list })
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [api, id, attempt])

  const refresh = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  useApiEvent('lists.changed', (payload) => {
    if (payload.id === null || payload.id === id) refresh()
  })
  useApiEvent('optOuts.changed', refresh)
  useApiEvent('contacts.changed', refresh)

  return { state, refresh, retry }
}

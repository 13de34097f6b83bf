import { useEffect, useEffectEvent, useReducer, useState } from 'react'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import { filterKey, pageQuery, type ContactFilter } from './contact-filter'
import { PageLoader, type FetchRows } from './page-loader'

/** Changes come in bursts (an edit here, then its event): one refresh answers them all. */
const refreshDelayMs = 40

/** The table's rows for `filter`, fetched page by page and kept fresh on `contacts.changed`. */
export function useContactPages(filter: ContactFilter) {
  const api = useApi()
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const [loader] = useState(() => new PageLoader(rerender))
  const [refresh] = useState(() => coalesced(() => loader.refresh(), refreshDelayMs))

  const fetcher = useEffectEvent(
    (): FetchRows => (offset, limit) =>
      api.call('contacts.query', pageQuery(filter, offset, limit)),
  )
  const key = filterKey(filter)
  useEffect(() => {
    loader.query(fetcher())
  }, [loader, key])
  useEffect(() => refresh.cancel, [refresh])
  useApiEvent('contacts.changed', refresh.run)
  // The table shows who opted out.
  useApiEvent('optOuts.changed', refresh.run)

  return { loader, refresh: refresh.run }
}

/** `run` calls `action` once, `delayMs` after the last of a burst of calls. */
function coalesced(action: () => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    run: () => {
      clearTimeout(timer)
      timer = setTimeout(action, delayMs)
    },
    cancel: () => {
      clearTimeout(timer)
    },
  }
}

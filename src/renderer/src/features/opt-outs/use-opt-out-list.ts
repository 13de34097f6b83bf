import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import {
  filterKey,
  optOutPageSize,
  pageQuery,
  refreshLimit,
  withPage,
  type LoadedRows,
  type OptOutFilter,
} from './opt-out-pages'

/** Changes come in bursts (an action here, then its event): one refresh answers them all. */
const refreshDelayMs = 40

/**
 * The opt-out list for `filter`, a page at a time ("Show more"), kept fresh on `optOuts.changed`
 * and `contacts.changed` (a contact's name is shown beside its number). While another search
 * loads, the previous rows stay on screen.
 */
export function useOptOutList(filter: OptOutFilter) {
  const api = useApi()
  const key = filterKey(filter)
  const [loaded, setLoaded] = useState<LoadedRows>()
  const [failure, setFailure] = useState<{ key: string; error: unknown }>()
  const [loadingMore, setLoadingMore] = useState(false)
  // Only the latest request may change what is shown: an older answer is dropped.
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const fetchRows = (offset: number, limit: number) => {
    const request = ++latest.current
    const forKey = key
    return api.call('optOuts.query', pageQuery(filter, offset, limit)).then(
      (page) => {
        if (request !== latest.current) return
        setFailure(undefined)
        setLoaded((current) => withPage(current, forKey, page))
      },
      (error: unknown) => {
        if (request === latest.current) setFailure({ key: forKey, error })
      },
    )
  }

  const firstPage = useEffectEvent(() => {
    void fetchRows(0, optOutPageSize)
  })
  useEffect(() => {
    firstPage()
  }, [key])
  useEffect(() => () => clearTimeout(timer.current), [])

  const refresh = () => {
    clearTimeout(timer.current)
    const current = loaded?.key === key ? loaded : undefined
    timer.current = setTimeout(() => void fetchRows(0, refreshLimit(current)), refreshDelayMs)
  }
  useApiEvent('optOuts.changed', refresh)
  useApiEvent('contacts.changed', refresh)

  const showMore = () => {
    if (loaded?.key !== key) return
    setLoadingMore(true)
    void fetchRows(loaded.rows.length, optOutPageSize).finally(() => {
      setLoadingMore(false)
    })
  }

  return {
    /** The rows shown: this filter's, or the previous one's until this one's arrive. */
    loaded,
    /** This filter's rows have arrived. */
    current: loaded?.key === key,
    error: failure?.key === key ? failure.error : undefined,
    loadingMore,
    showMore,
    refresh,
    retry: () => void fetchRows(0, optOutPageSize),
  }
}

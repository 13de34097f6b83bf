import { useEffect, useState } from 'react'
import type { ConsentState, ContactPage } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'

/** As many as a person looks through before narrowing the search. */
export const pickerLimit = 100

export interface PickerFilter {
  search: string
  tag: string | undefined
  consent: ConsentState | undefined
}

type SearchState =
  | { status: 'loading'; last: ContactPage | undefined }
  | { status: 'ready'; page: ContactPage }
  | { status: 'failed'; error: unknown }

/** The first contacts the picker's filter finds, asked again as the book changes. */
export function useContactSearch(filter: PickerFilter) {
  const api = useApi()
  const [attempt, setAttempt] = useState(0)
  const [answered, setAnswered] = useState<{ for: string; state: SearchState }>()
  useApiEvent('contacts.changed', () => {
    setAttempt((n) => n + 1)
  })
  useApiEvent('optOuts.changed', () => {
    setAttempt((n) => n + 1)
  })
  const asking = `${JSON.stringify(filter)}|${String(attempt)}`

  useEffect(() => {
    let live = true
    api
      .call('contacts.query', {
        search: filter.search.trim(),
        ...(filter.tag === undefined ? {} : { tag: filter.tag }),
        ...(filter.consent === undefined ? {} : { consent: filter.consent }),
        limit: pickerLimit,
      })
      .then(
        (page) => {
          if (live) setAnswered({ for: asking, state: { status: 'ready', page } })
        },
        (error: unknown) => {
          if (live) setAnswered({ for: asking, state: { status: 'failed', error } })
        },
      )
    return () => {
      live = false
    }
    // `filter` is read through `asking`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, asking])

  if (answered?.for === asking) return answered.state
  const last = answered?.state.status === 'ready' ? answered.state.page : undefined
  return { status: 'loading', last } satisfies SearchState as SearchState
}

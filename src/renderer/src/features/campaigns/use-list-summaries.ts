import { useApiEvent } from '../../api/use-api-event'
import { useFreshQuery } from './use-fresh-query'

/** Every list with its counts, kept fresh without going back to a loader on each change. */
export function useListSummaries() {
  const query = useFreshQuery('lists.all', {})
  useApiEvent('lists.changed', query.refresh)
  useApiEvent('optOuts.changed', query.refresh)
  useApiEvent('contacts.changed', query.refresh)
  return query
}

import { useApiEvent } from '../../api/use-api-event'
import { useFreshQuery } from '../campaigns/use-fresh-query'

/** Every sender number, asked again whenever one changes (showing the old ones meanwhile). */
export function useSenders() {
  const query = useFreshQuery('senders.list', {})
  useApiEvent('senders.changed', query.refresh)
  return query
}

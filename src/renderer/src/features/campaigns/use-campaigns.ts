import { useApiEvent } from '../../api/use-api-event'
import { useFreshQuery } from './use-fresh-query'

/** Every campaign with its counts, asked again whenever one changes. */
export function useCampaigns() {
  const query = useFreshQuery('campaigns.list', {})
  useApiEvent('campaigns.changed', query.refresh)
  useApiEvent('campaigns.task', query.refresh)
  useApiEvent('senders.changed', query.refresh)
  return query
}

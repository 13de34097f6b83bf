import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'

/** A campaign's results, asked again after each of its sends and each new opt-out. */
export function useCampaignResults(id: number) {
  const results = useApiQuery('campaigns.results', { id })
  useApiEvent('campaigns.changed', (payload) => {
    if (payload.id === id) results.refresh()
  })
  useApiEvent('optOuts.changed', results.refresh)
  return results
}

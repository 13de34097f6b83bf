import { useApiQuery } from '../../api/use-api-query'

/** Every campaign with its counts, asked again whenever one changes. */
export function useCampaigns() {
  return useApiQuery(
    'campaigns.list',
    {},
    { refreshOn: ['campaigns.changed', 'campaigns.task', 'senders.changed'] },
  )
}

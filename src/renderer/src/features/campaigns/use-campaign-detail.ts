import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'

/** One campaign with the person due now, kept fresh by the core's events. */
export function useCampaignDetail(id: number) {
  const detail = useApiQuery('campaigns.get', { id })
  // Every item (a campaign holds at most 256 people): the reasons, the uncertain ones and the
  // recipients table all read this one answer.
  const items = useApiQuery('campaigns.items', { id, offset: 0, limit: 500 })
  const refresh = () => {
    detail.refresh()
    items.refresh()
  }
  useApiEvent('campaigns.changed', (payload) => {
    if (payload.id === id) refresh()
  })
  useApiEvent('campaigns.task', (task) => {
    if (task.campaignId === id) refresh()
  })
  useApiEvent('senders.changed', detail.refresh)
  useApiEvent('optOuts.changed', items.refresh)
  return { detail, items, refresh }
}

import { useApiQuery } from '../../api/use-api-query'

/** What a number sent over the last 7 and 30 days, asked again as its campaigns move. */
export function useSenderTotals(senderId: number) {
  return useApiQuery(
    'senders.totals',
    { id: senderId },
    { refreshOn: ['campaigns.changed', 'optOuts.changed'] },
  )
}

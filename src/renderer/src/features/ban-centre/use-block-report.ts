import { useApiQuery } from '../../api/use-api-query'

/** A number's block, its past blocks and their likely causes, asked again when a sender changes. */
export function useBlockReport(senderId: number) {
  return useApiQuery('senders.blockReport', { id: senderId }, { refreshOn: ['senders.changed'] })
}

import { useApiQuery } from '../../api/use-api-query'

/** Every sender number, asked again whenever one changes (showing the old ones meanwhile). */
export function useSenders() {
  return useApiQuery('senders.list', {}, { refreshOn: ['senders.changed'] })
}

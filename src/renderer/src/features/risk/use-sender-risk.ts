import { useApiQuery } from '../../api/use-api-query'
import { useRefreshEvery } from './use-refresh-every'

/** A number's own meter and when all its running campaigns would be done, kept fresh. */
export function useSenderRisk(id: number) {
  const options = { refreshOn: ['campaigns.changed', 'senders.changed'] as const }
  const risk = useApiQuery('risk.sender', { id }, options)
  const forecast = useApiQuery('risk.forecastSender', { id }, options)
  useRefreshEvery(risk.refresh, forecast.refresh)
  return { risk, forecast }
}

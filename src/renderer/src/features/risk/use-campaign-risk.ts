import { useApiQuery } from '../../api/use-api-query'
import { useRefreshEvery } from './use-refresh-every'

/** The meter and the forecast of a saved campaign, kept fresh as it sends. */
export function useCampaignRisk(id: number) {
  const options = { refreshOn: ['campaigns.changed', 'senders.changed'] as const }
  const risk = useApiQuery('risk.campaign', { id }, options)
  const forecast = useApiQuery('risk.forecastCampaign', { id }, options)
  useRefreshEvery(risk.refresh, forecast.refresh)
  return { risk, forecast }
}

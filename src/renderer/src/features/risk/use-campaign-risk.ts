import { useApiQuery } from '../../api/use-api-query'
import { useRefreshEvery } from './use-refresh-every'

/** The meter and the forecast of a saved campaign, kept fresh as it sends. */
export function useCampaignRisk(id: number) {
  const options = { refreshOn: ['campaigns.changed', 'senders.changed'] as const }
  const forecastOptions = { refreshOn: ['senders.changed'] as const }
  const risk = useApiQuery('risk.campaign', { id }, options)
  // A forecast runs the scheduler over days on a copy of the database: asked again when the
  // number changes and once a minute, not after every message (the meter is cheap, the
  // forecast is not — about a second on a book of 100 000).
  const forecast = useApiQuery('risk.forecastCampaign', { id }, forecastOptions)
  useRefreshEvery(risk.refresh, forecast.refresh)
  return { risk, forecast }
}

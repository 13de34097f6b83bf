import type { EventName } from '../../../../shared/api'
import { useApiQuery } from '../../api/use-api-query'
import type { FirstRunFacts } from './first-run-guide'

const contactEvents: EventName[] = ['contacts.changed']

/** What the guide ticks its steps from, kept fresh by the app's events; undefined until known. */
export function useFirstRunFacts(): FirstRunFacts | undefined {
  const contacts = useApiQuery('contacts.query', { limit: 1 }, { refreshOn: contactEvents })
  const agreed = useApiQuery(
    'contacts.query',
    { consent: 'granted', limit: 1 },
    { refreshOn: contactEvents },
  )
  const senders = useApiQuery('senders.list', {}, { refreshOn: ['senders.changed'] })
  const lists = useApiQuery('lists.all', {}, { refreshOn: ['lists.changed'] })
  const campaigns = useApiQuery('campaigns.list', {}, { refreshOn: ['campaigns.changed'] })
  if (
    contacts.state.status !== 'ready' ||
    agreed.state.status !== 'ready' ||
    senders.state.status !== 'ready' ||
    lists.state.status !== 'ready' ||
    campaigns.state.status !== 'ready'
  )
    return undefined
  return {
    contacts: contacts.state.value.total,
    withConsent: agreed.state.value.total,
    senders: senders.state.value.length,
    lists: lists.state.value.length,
    campaigns: campaigns.state.value.map((campaign) => campaign.state),
  }
}

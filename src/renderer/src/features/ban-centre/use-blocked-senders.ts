import { useSenders } from '../senders/use-senders'
import { blockedSenders } from './block-advice'

/** The numbers WhatsApp blocked, asked again whenever a sender changes (a block is set or lifted). */
export function useBlockedSenders() {
  const query = useSenders()
  const blocked = query.state.status === 'ready' ? blockedSenders(query.state.value) : []
  return { ...query, blocked }
}

import { useSenders } from '../senders/use-senders'
import { blockedSenders, type BlockedSender } from './blocked-senders'

/** The numbers WhatsApp blocked, asked again whenever a sender changes (a block is set or lifted). */
export function useBlockedSenders(): BlockedSender[] {
  const { state } = useSenders()
  return state.status === 'ready' ? blockedSenders(state.value) : []
}

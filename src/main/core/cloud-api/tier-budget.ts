import type { Sender } from '../../../shared/senders'
import { assumedTier } from './account-status'

/**
 * The Cloud API account's tier as distinct people per rolling 24 hours, which Rupor keeps itself
 * (Meta reports no error when it runs out). A number never checked is budgeted as the lowest tier
 * a portfolio has today; null for unlimited, and for the assisted channel, which has no tier.
 */
export function tierPerDayOf(sender: Sender): number | null {
  if (sender.channel !== 'cloud_api') return null
  const account = sender.cloud?.account
  return account ? account.newPeoplePerDay : assumedTier
}

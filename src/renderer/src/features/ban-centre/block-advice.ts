// What a block means and what to do about it, by its reason. Meta's reasons that stop a number
// (the error table's stop_sender rows) each have their own advice; a block the owner reported
// (assisted numbers) has the temporary/permanent advice of PRODUCT.md; anything else the generic.
import type { CloudErrorReason, SenderBlock } from '../../../../shared/cloud-errors'
import { reasonKey } from '../campaigns/campaign-progress'

export type AdviceGroup =
  'policy' | 'locked' | 'spam' | 'payment' | 'temporary' | 'permanent' | 'other'

export function adviceFor(reason: SenderBlock['reason']): AdviceGroup {
  switch (reason) {
    case 'policy_block':
      return 'policy'
    case 'account_locked':
      return 'locked'
    case 'spam_limit':
      return 'spam'
    case 'payment':
      return 'payment'
    case 'reported_temporary':
      return 'temporary'
    case 'reported_permanent':
      return 'permanent'
    default:
      return 'other'
  }
}

/** The translation key saying what happened: the owner's own report, or Meta's reason. */
export type HappenedKey =
  `banCentre.card.reported.${'temporary' | 'permanent'}` | `cloudErrors.${CloudErrorReason}`

export function happenedKey(reason: SenderBlock['reason']): HappenedKey {
  if (reason === 'reported_temporary') return 'banCentre.card.reported.temporary'
  if (reason === 'reported_permanent') return 'banCentre.card.reported.permanent'
  return `cloudErrors.${reason}`
}

export { blockedSenders, type BlockedSender } from './blocked-senders'

/** The few words naming a block in the history: the owner's kind, or Meta's reason's label. */
export type BlockKindKey =
  `banCentre.history.${'temporary' | 'permanent'}` | ReturnType<typeof reasonKey>

export function blockKindKey(reason: SenderBlock['reason']): BlockKindKey {
  if (reason === 'reported_temporary') return 'banCentre.history.temporary'
  if (reason === 'reported_permanent') return 'banCentre.history.permanent'
  return reasonKey(reason)
}

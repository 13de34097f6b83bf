import type { Sender } from '../../../shared/senders'
import { tierPerDayOf } from '../cloud-api/tier-budget'
import type { EffectiveLimits } from './limits'
import { ageInDays, warmUpAllowance } from './warm-up'

/** The sender's limits at `at`: its new-chat limit lowered by the warm-up step of its age. */
export function effectiveLimits(sender: Sender, at: number): EffectiveLimits {
  return {
    perHour: sender.limits.perHour,
    newChatsPerDay: Math.min(
      sender.limits.newChatsPerDay,
      warmUpAllowance(sender.warmUp, ageInDays(sender.warmUpFrom, sender.timeZone, at)),
    ),
    activeChats: sender.limits.activeChats,
    tierPerDay: tierPerDayOf(sender),
  }
}

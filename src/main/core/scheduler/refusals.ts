import { listCapacity } from '../../../shared/lists'
import type { Refusal } from '../../../shared/risk'
import { hardLimits, type Sender } from '../../../shared/senders'

/**
 * Why a campaign may not send at all, written once: the campaign service refuses a start or a
 * resume with these, and the risk meter shows them as "blocked". The lists and the sender's limits
 * are validated where they are saved; this is the last word, whatever the database holds.
 */
export function refusalsOf(
  sender: Pick<Sender, 'block' | 'limits'>,
  listSize: number | null,
): Refusal[] {
  const refusals: Refusal[] = []
  if (sender.block !== null) {
    refusals.push({ key: 'sender_blocked', value: sender.block.until, limit: null })
  }
  if (listSize !== null && listSize > listCapacity) {
    refusals.push({ key: 'list_over_maximum', value: listSize, limit: listCapacity })
  }
  if (sender.limits.gapMinSeconds < hardLimits.gapMinSeconds) {
    refusals.push({
      key: 'gap_under_minimum',
      value: sender.limits.gapMinSeconds,
      limit: hardLimits.gapMinSeconds,
    })
  }
  return refusals
}

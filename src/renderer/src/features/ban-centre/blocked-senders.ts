// Which numbers are blocked: apart from block-advice.ts, whose texts' keys belong to the ban
// centre, because the navigation (first screen) needs only this.
import type { SenderBlock } from '../../../../shared/cloud-errors'
import type { Sender } from '../../../../shared/senders'

export type BlockedSender = Sender & { block: SenderBlock }

/** The blocked numbers, the most recent block first. */
export function blockedSenders(senders: readonly Sender[]): BlockedSender[] {
  return senders
    .filter((sender): sender is BlockedSender => sender.block !== null)
    .sort((a, b) => b.block.at - a.block.at)
}

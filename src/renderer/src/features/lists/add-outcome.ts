// What an "add to list" did, as the lines of the notification that tells it.
import type { AddMembersOutcome } from '../../../../shared/lists'
import { excludedTotal } from './reason-summary'

export type OutcomeLine = { kind: 'added' | 'alreadyIn' | 'skipped'; count: number }

/** Only the lines that say something; empty when nothing happened at all. */
export function outcomeLines(outcome: AddMembersOutcome): OutcomeLine[] {
  const lines: OutcomeLine[] = [
    { kind: 'added', count: outcome.added },
    { kind: 'alreadyIn', count: outcome.alreadyIn },
    { kind: 'skipped', count: excludedTotal(outcome.skipped) },
  ]
  return lines.filter((line) => line.count > 0)
}

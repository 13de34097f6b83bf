// Why people are left out of a list, counted: in the one order every screen shows them.
import {
  exclusionReasons,
  type ExclusionReason,
  type ReasonCounts,
} from '../../../../shared/eligibility'

export interface ReasonCount {
  reason: ExclusionReason
  count: number
}

/** Reasons with at least one person, main reasons first (the order of `exclusionReasons`). */
export function reasonSummary(counts: ReasonCounts): ReasonCount[] {
  return exclusionReasons.flatMap((reason) => {
    const count = counts[reason] ?? 0
    return count > 0 ? [{ reason, count }] : []
  })
}

/** Everyone left out, whatever the reason. */
export function excludedTotal(counts: ReasonCounts): number {
  return reasonSummary(counts).reduce((sum, { count }) => sum + count, 0)
}

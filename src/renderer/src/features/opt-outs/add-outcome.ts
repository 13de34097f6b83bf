// What adding numbers did, arranged for the result view.
import type { OptOutAddOutcome, RejectedNumber } from '../../../../shared/opt-outs'

/** The result view lists at most this many unreadable lines. */
export const shownRejectedLimit = 200

export interface OutcomeSummary {
  added: number
  already: number
  rejected: number
  /** The unreadable lines to show, in the order of the text or file. */
  shownRejected: RejectedNumber[]
  /** Nothing at all looked like a number. */
  nothingFound: boolean
}

export function summariseOutcome(outcome: OptOutAddOutcome): OutcomeSummary {
  const rejected = [...outcome.rejected].sort((a, b) => a.line - b.line)
  return {
    added: outcome.added,
    already: outcome.alreadyOptedOut,
    rejected: rejected.length,
    shownRejected: rejected.slice(0, shownRejectedLimit),
    nothingFound: outcome.added + outcome.alreadyOptedOut + rejected.length === 0,
  }
}

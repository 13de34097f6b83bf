// What loading a file of webhook events did, arranged for the result view.
import type { WebhookImportOutcome } from '../../../../shared/cloud-api'

/** The result view lists at most this many unreadable lines. */
export const shownProblemsLimit = 200

export interface EventsOutcomeSummary {
  /** The counts shown as cards, in order, with their colour when not zero. */
  cards: {
    key: 'statuses' | 'failed' | 'optedOut' | 'replies' | 'toReview'
    value: number
    color: string
  }[]
  unchanged: number
  problems: number
  shownProblems: WebhookImportOutcome['problems']
  /** The file had events, and every one was already known: said calmly, not as a failure. */
  allKnown: boolean
}

export function summariseEvents(outcome: WebhookImportOutcome): EventsOutcomeSummary {
  const problems = [...outcome.problems].sort((a, b) => a.line - b.line)
  return {
    cards: [
      { key: 'statuses', value: outcome.statuses, color: 'teal' },
      { key: 'failed', value: outcome.failed, color: 'red' },
      { key: 'optedOut', value: outcome.optedOut, color: 'orange' },
      { key: 'replies', value: outcome.replies, color: 'blue' },
      // Likely stops wait for the owner: shown only when there are some.
      ...(outcome.toReview > 0
        ? [{ key: 'toReview' as const, value: outcome.toReview, color: 'yellow' }]
        : []),
    ],
    unchanged: outcome.unchanged,
    problems: problems.length,
    shownProblems: problems.slice(0, shownProblemsLimit),
    allKnown:
      outcome.unchanged > 0 &&
      outcome.statuses + outcome.failed + outcome.optedOut + outcome.replies === 0,
  }
}

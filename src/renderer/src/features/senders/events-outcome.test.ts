import { describe, expect, it } from 'vitest'
import { shownProblemsLimit, summariseEvents } from './events-outcome'

describe('the outcome of loading a file of events', () => {
  it('shows what moved as cards and the rest as counts, problems in line order', () => {
    const summary = summariseEvents({
      lines: 9,
      statuses: 4,
      failed: 1,
      optedOut: 2,
      replies: 3,
      toReview: 1,
      unchanged: 1,
      problems: [
        { line: 8, problem: 'not_webhook' },
        { line: 3, problem: 'not_json' },
      ],
    })
    expect(summary.cards.map((card) => [card.key, card.value])).toEqual([
      ['statuses', 4],
      ['failed', 1],
      ['optedOut', 2],
      ['replies', 3],
      ['toReview', 1],
    ])
    expect(summary.unchanged).toBe(1)
    expect(summary.shownProblems.map((problem) => problem.line)).toEqual([3, 8])
    expect(summary.allKnown).toBe(false)
  })

  it('says a file loaded again changed nothing, and caps the problems listed', () => {
    const problems = Array.from({ length: shownProblemsLimit + 5 }, (_, i) => ({
      line: i + 1,
      problem: 'not_json' as const,
    }))
    const summary = summariseEvents({
      lines: 300,
      statuses: 0,
      failed: 0,
      optedOut: 0,
      replies: 0,
      toReview: 0,
      unchanged: 95,
      problems,
    })
    expect(summary.allKnown).toBe(true)
    expect(summary.cards.map((card) => card.key)).not.toContain('toReview')
    expect(summary.problems).toBe(shownProblemsLimit + 5)
    expect(summary.shownProblems).toHaveLength(shownProblemsLimit)
  })
})

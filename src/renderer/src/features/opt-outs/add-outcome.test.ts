import { describe, expect, it } from 'vitest'
import { shownRejectedLimit, summariseOutcome } from './add-outcome'

describe('summariseOutcome', () => {
  it('counts each kind and lists the unreadable lines in order', () => {
    const summary = summariseOutcome({
      added: 3,
      alreadyOptedOut: 1,
      rejected: [
        { line: 7, raw: 'позвонить', reason: 'no_digits' },
        { line: 2, raw: '123', reason: 'too_short' },
      ],
    })
    expect(summary).toMatchObject({ added: 3, already: 1, rejected: 2, nothingFound: false })
    expect(summary.shownRejected.map((r) => r.line)).toEqual([2, 7])
  })

  it('shows at most the limit of unreadable lines but counts them all', () => {
    const rejected = Array.from({ length: shownRejectedLimit + 5 }, (_, i) => ({
      line: i + 1,
      raw: 'x',
      reason: 'no_digits' as const,
    }))
    const summary = summariseOutcome({ added: 0, alreadyOptedOut: 0, rejected })
    expect(summary.rejected).toBe(shownRejectedLimit + 5)
    expect(summary.shownRejected).toHaveLength(shownRejectedLimit)
  })

  it('tells when nothing was found at all', () => {
    expect(summariseOutcome({ added: 0, alreadyOptedOut: 0, rejected: [] }).nothingFound).toBe(true)
  })
})

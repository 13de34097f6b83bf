import { describe, expect, it } from 'vitest'
import { emptyCounts } from '../../../../shared/campaigns'
import { resultCounts } from './result-counts'

const results = {
  counts: { ...emptyCounts(), total: 10, sent: 6, delivered: 5, read: 3, failed: 1, skipped: 2 },
  optedOutDuring: 1,
}

describe('the results’ counts', () => {
  it('show planned, sent, failed, skipped and opted out on the assisted channel', () => {
    expect(resultCounts(results, false).map(({ key, value }) => [key, value])).toEqual([
      ['planned', 10],
      ['sent', 6],
      ['failed', 1],
      ['skipped', 2],
      ['optedOut', 1],
    ])
  })

  it('add delivered and read where the Cloud API reports them', () => {
    expect(resultCounts(results, true).map(({ key }) => key)).toEqual([
      'planned',
      'sent',
      'delivered',
      'read',
      'failed',
      'skipped',
      'optedOut',
    ])
  })
})

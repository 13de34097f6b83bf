import { describe, expect, it } from 'vitest'
import type { SenderTotals } from '../../../../shared/campaign-results'
import { totalsRows } from './sender-totals-rows'

const totals = (days: 7 | 30, sent: number): SenderTotals => ({
  days,
  sent,
  delivered: sent - 1,
  read: sent - 2,
  failed: 1,
  skipped: 2,
  optedOut: 0,
  newChats: sent,
  campaigns: days === 7 ? 1 : 3,
})

describe('a number’s totals as rows', () => {
  it('put the last 7 and 30 days side by side, one row per measure', () => {
    const rows = totalsRows([totals(30, 40), totals(7, 10)], 'cloud_api')
    expect(rows.find((row) => row.key === 'sent')).toEqual({ key: 'sent', week: 10, month: 40 })
    expect(rows.find((row) => row.key === 'campaigns')).toEqual({
      key: 'campaigns',
      week: 1,
      month: 3,
    })
    expect(rows.map((row) => row.key)).toContain('read')
  })

  it('leave out delivered and read for an assisted number', () => {
    const rows = totalsRows([totals(7, 10), totals(30, 40)], 'assisted')
    expect(rows.map((row) => row.key)).toEqual([
      'sent',
      'failed',
      'skipped',
      'optedOut',
      'newChats',
      'campaigns',
    ])
  })

  it('count zero for a period the core did not answer', () => {
    expect(totalsRows([totals(7, 10)], 'assisted')[0]).toEqual({ key: 'sent', week: 10, month: 0 })
  })
})

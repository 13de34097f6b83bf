import { describe, expect, it } from 'vitest'
import type { CampaignItem } from '../../../../shared/campaigns'
import { filterItems, reasonsAmong } from './item-filter'

const item = (id: number, state: CampaignItem['state'], reason: CampaignItem['reason']) =>
  ({ id, state, reason }) as CampaignItem

const rows = [
  item(1, 'sent', null),
  item(2, 'skipped', 'opted_out'),
  item(3, 'skipped', 'no_consent'),
  item(4, 'skipped', 'no_consent'),
  item(5, 'failed', 'wrong_number'),
]

describe('the recipients table’s filters', () => {
  it('filter by state, by reason, or both', () => {
    expect(filterItems(rows, {}).length).toBe(5)
    expect(filterItems(rows, { state: 'skipped' }).map((row) => row.id)).toEqual([2, 3, 4])
    expect(filterItems(rows, { reason: 'no_consent' }).map((row) => row.id)).toEqual([3, 4])
    expect(filterItems(rows, { state: 'failed', reason: 'no_consent' })).toEqual([])
  })

  it('offer the reasons the chosen state has, most common first', () => {
    expect(reasonsAmong(rows)).toEqual(['no_consent', 'opted_out', 'wrong_number'])
    expect(reasonsAmong(rows, 'failed')).toEqual(['wrong_number'])
    expect(reasonsAmong(rows, 'sent')).toEqual([])
  })
})

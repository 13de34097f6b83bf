// The recipients table's filters: by state, and by the reason someone was skipped or failed.
import type { CampaignItem, ItemReason, ItemState } from '../../../../shared/campaigns'

export interface ItemFilter {
  state?: ItemState
  reason?: ItemReason
}

export function filterItems(rows: readonly CampaignItem[], filter: ItemFilter): CampaignItem[] {
  return rows.filter(
    (item) =>
      (filter.state === undefined || item.state === filter.state) &&
      (filter.reason === undefined || item.reason === filter.reason),
  )
}

/** The reasons among the rows a state shows, most common first: the reason filter's choices. */
export function reasonsAmong(rows: readonly CampaignItem[], state?: ItemState): ItemReason[] {
  const counts = new Map<ItemReason, number>()
  for (const item of filterItems(rows, { state })) {
    if (item.reason !== null) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason]) => reason)
}

// A number's totals as table rows: one row per measure, the last 7 and 30 days side by side.
import type { SenderTotals } from '../../../../shared/campaign-results'
import type { SenderChannel } from '../../../../shared/senders'
import { outcomeKeys, reportedOn } from './result-counts'

export const totalsKeys = [...outcomeKeys, 'newChats', 'campaigns'] as const
export type TotalsKey = (typeof totalsKeys)[number]

export interface TotalsRow {
  key: TotalsKey
  week: number
  month: number
}

/** Delivered and read only for a Cloud API number: the assisted channel never learns them. */
export function totalsRows(totals: readonly SenderTotals[], channel: SenderChannel): TotalsRow[] {
  const week = totals.find((entry) => entry.days === 7)
  const month = totals.find((entry) => entry.days === 30)
  return totalsKeys
    .filter(reportedOn(channel === 'cloud_api'))
    .map((key) => ({ key, week: week?.[key] ?? 0, month: month?.[key] ?? 0 }))
}

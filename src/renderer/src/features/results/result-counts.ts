// The results' count cards: what each number is and its colour. Delivered and read only where the
// channel reports them (Cloud API): on the assisted channel Rupor cannot know, so they are absent,
// not zero.
import type { MantineColor } from '@mantine/core'
import type { CampaignResults } from '../../../../shared/campaign-results'

/** What became of the messages, in the order the results and a number's totals list them. */
export const outcomeKeys = ['sent', 'delivered', 'read', 'failed', 'skipped', 'optedOut'] as const

/** Delivered and read are known only where the channel reports them: the Cloud API. */
export const reportedOn = (cloud: boolean) => (key: string) =>
  cloud || (key !== 'delivered' && key !== 'read')

export const resultCountKeys = ['planned', ...outcomeKeys] as const
export type ResultCountKey = (typeof resultCountKeys)[number]

export interface ResultCount {
  key: ResultCountKey
  value: number
  color: MantineColor
}

const colors: Record<ResultCountKey, MantineColor> = {
  planned: 'blue.8',
  sent: 'teal.8',
  delivered: 'teal.9',
  read: 'blue.7',
  failed: 'red.7',
  skipped: 'gray.7',
  optedOut: 'orange.8',
}

export function resultCounts(
  results: Pick<CampaignResults, 'counts' | 'optedOutDuring'>,
  cloud: boolean,
): ResultCount[] {
  const { counts } = results
  const values: Record<ResultCountKey, number> = {
    planned: counts.total,
    sent: counts.sent,
    delivered: counts.delivered,
    read: counts.read,
    failed: counts.failed,
    skipped: counts.skipped,
    optedOut: results.optedOutDuring,
  }
  return resultCountKeys
    .filter(reportedOn(cloud))
    .map((key) => ({ key, value: values[key], color: colors[key] }))
}

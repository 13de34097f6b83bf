import type { Campaign } from '../../../shared/campaigns'

/**
 * A campaign as the owner sees it once the database is found damaged: one that was running or
 * waiting for its start shows paused, saying why (nothing is sent or written any more). Shown
 * only — the file refuses every write, so its own state stays what it was; a restored copy's
 * campaigns are paused by the recovery itself (restore-newest-copy.ts).
 */
export function seenWhenDamaged<C extends Campaign>(campaign: C, damagedAt: number): C {
  if (campaign.state !== 'running' && campaign.state !== 'scheduled') return campaign
  return {
    ...campaign,
    state: 'paused',
    pauseReason: {
      reason: 'database_damaged',
      code: null,
      message: '',
      until: null,
      at: damagedAt,
    },
    nextDueAt: null,
    waitReason: null,
  }
}

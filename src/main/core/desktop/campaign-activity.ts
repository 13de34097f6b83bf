// What the desktop shell needs to know before the window closes or the app quits: whether any
// campaign still needs the app open, and when its next message is due (the tray says so).
import type { Campaign } from '../../../shared/campaigns'

/**
 * A campaign the app must stay open for: running (sending now, or waiting for its gap, its
 * sending window or a limit) or scheduled (waiting for its start). A paused, finished or cancelled
 * campaign sends nothing, and a list message goes out from the phone, never from the app.
 */
export const needsTheApp = (campaign: Pick<Campaign, 'state' | 'way'>): boolean =>
  campaign.way === 'paced' && (campaign.state === 'running' || campaign.state === 'scheduled')

/**
 * A message of this campaign is in flight, whatever the campaign's state: an assisted chat open and
 * waiting for the owner's "sent / not sent" (a pause or a cancel leaves it open), or a Cloud API
 * request on its way. Quitting would leave it uncertain at the next start.
 */
export const hasMessageInFlight = (campaign: { counts: { sending: number } }): boolean =>
  campaign.counts.sending > 0

export interface CampaignActivity {
  /** How many campaigns need the app open, or have a message in flight. */
  running: number
  /** The earliest next message of those campaigns; null when none is planned yet. */
  nextSendAt: number | null
  /** A chat is open and waits for the owner to press Send and answer (the assisted channel). */
  awaitingOwner: boolean
}

export function activityOf(
  campaigns: readonly (Pick<Campaign, 'state' | 'way' | 'nextDueAt' | 'waitReason'> & {
    counts: Pick<Campaign['counts'], 'sending'>
  })[],
): CampaignActivity {
  let running = 0
  let nextSendAt: number | null = null
  let awaitingOwner = false
  for (const campaign of campaigns) {
    if (!needsTheApp(campaign) && !hasMessageInFlight(campaign)) continue
    running += 1
    if (campaign.waitReason === 'awaiting_owner') awaitingOwner = true
    const due = campaign.nextDueAt
    if (due !== null && (nextSendAt === null || due < nextSendAt)) nextSendAt = due
  }
  return { running, nextSendAt, awaitingOwner }
}

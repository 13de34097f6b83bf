// The first-run checklist: import customers → consent → your number → a list → the first
// campaign. Each step is ticked from what the book really holds, and the whole guide goes once a
// campaign has run (or the owner closed it).
import type { CampaignState } from '../../../../shared/campaigns'

export const firstRunStepKeys = ['import', 'consent', 'sender', 'list', 'campaign'] as const
export type FirstRunStepKey = (typeof firstRunStepKeys)[number]

/** What the app holds now, as far as the guide cares. */
export interface FirstRunFacts {
  contacts: number
  /** Contacts marked as having agreed to messages. */
  withConsent: number
  senders: number
  lists: number
  campaigns: readonly CampaignState[]
}

export interface FirstRunStep {
  key: FirstRunStepKey
  done: boolean
  /** The first step not done: the one to take now. */
  current: boolean
}

/** A campaign that has sent, or started to: the owner has found the way through. */
const ran: ReadonlySet<CampaignState> = new Set(['running', 'paused', 'finished', 'cancelled'])

/** The checklist to show, or null when it is not wanted (closed, or a campaign has run). */
export function firstRunGuide(facts: FirstRunFacts, dismissed: boolean): FirstRunStep[] | null {
  if (dismissed || facts.campaigns.some((state) => ran.has(state))) return null
  const done: Record<FirstRunStepKey, boolean> = {
    import: facts.contacts > 0,
    consent: facts.withConsent > 0,
    sender: facts.senders > 0,
    list: facts.lists > 0,
    // Started or set for later: the step is taken; the guide stays until it runs.
    campaign: facts.campaigns.some((state) => state !== 'draft'),
  }
  const current = firstRunStepKeys.find((key) => !done[key])
  return firstRunStepKeys.map((key) => ({ key, done: done[key], current: key === current }))
}

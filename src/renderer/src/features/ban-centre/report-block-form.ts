// The "WhatsApp blocked my number" form: which block, and when; what it sends to the core.
import type { z } from 'zod'
import type { reportBlockSchema } from '../../../../shared/blocks'
import type { Campaign } from '../../../../shared/campaigns'
import { fromLocalInput } from '../campaigns/composer-form'
import { isLive } from '../campaigns/campaign-progress'

export const reportChoices = ['temporary24', 'temporary48', 'permanent'] as const
export type ReportChoice = (typeof reportChoices)[number]

export interface ReportBlockForm {
  choice: ReportChoice
  /** Just now, or at a moment the owner gives. */
  when: 'now' | 'earlier'
  /** "YYYY-MM-DDTHH:MM" in the computer's time, for `earlier`. */
  at: string
}

export const emptyReportForm: ReportBlockForm = { choice: 'temporary24', when: 'now', at: '' }

export type ReportProblem = 'required' | 'future'

/** What is wrong with the moment given, if anything. */
export function reportProblem(form: ReportBlockForm, now: number): ReportProblem | null {
  if (form.when === 'now') return null
  const at = fromLocalInput(form.at)
  if (at === null) return 'required'
  return at > now ? 'future' : null
}

export type ReportBlockInput = z.input<typeof reportBlockSchema>

export function reportInput(senderId: number, form: ReportBlockForm): ReportBlockInput {
  const at = form.when === 'earlier' ? fromLocalInput(form.at) : null
  return {
    id: senderId,
    kind: form.choice === 'permanent' ? 'permanent' : 'temporary',
    hours: form.choice === 'temporary48' ? 48 : 24,
    ...(at === null ? {} : { at }),
  }
}

/** The sender's campaigns that are running or scheduled: the ones a block pauses at once. */
export function liveCampaignsOf(campaigns: readonly Campaign[], senderId: number): number {
  return campaigns.filter((campaign) => campaign.senderId === senderId && isLive(campaign.state))
    .length
}

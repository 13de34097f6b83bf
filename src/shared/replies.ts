// What people wrote to a Cloud API number, as the renderer sees it: each reply with what Rupor
// made of it, and the owner's decision on a likely stop ("replies to review").
import { z } from 'zod'

/** 'stop': certainly asks for no more messages (opted out at once); 'maybe_stop': the owner decides. */
export const replyReadings = ['stop', 'maybe_stop', 'other'] as const
export type ReplyReading = (typeof replyReadings)[number]

export const replyDecisions = ['opt_out', 'not_opt_out'] as const
export type ReplyDecision = (typeof replyDecisions)[number]

export interface Reply {
  id: number
  senderId: number
  senderLabel: string
  e164: string
  /** What they wrote, or the label of the button they tapped. */
  text: string
  at: number
  campaignId: number | null
  campaignName: string | null
  contactId: number | null
  contactName: string | null
  reading: ReplyReading
  /** The owner's decision on a likely stop; null while it waits (or for other readings). */
  review: ReplyDecision | null
  reviewedAt: number | null
}

export const repliesOfContactSchema = z.object({ contactId: z.number().int().positive() }).strict()
export const repliesOfCampaignSchema = z
  .object({ campaignId: z.number().int().positive() })
  .strict()
export const replyDecideSchema = z
  .object({ id: z.number().int().positive(), decision: z.enum(replyDecisions) })
  .strict()

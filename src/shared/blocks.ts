// Blocks of a shop's number, as the ban centre shows them: the one in force and the past ones.
import { z } from 'zod'
import type { SenderBlock } from './cloud-errors'
import type { RiskFactor } from './risk'

export interface BlockRecord {
  id: number
  senderId: number
  block: SenderBlock
  /** When the owner allowed sending again; null if they have not. */
  liftedAt: number | null
  /** When it ended: lifted, or its temporary time ran out; null while it lasts. */
  endedAt: number | null
}

export interface BlockReport {
  senderId: number
  /** The block in force now, if any. */
  current: BlockRecord | null
  /** Every block of the number, latest first. */
  history: BlockRecord[]
  /**
   * What in the campaigns before the latest block likely caused it: the meter's top factors,
   * measured at the moment of the block. Empty when nothing was sent before it.
   */
  causes: RiskFactor[]
  /** The day the warm-up counts from: the number's start, or the end of its latest block. */
  warmUpFrom: string
}

/** Temporary blocks WhatsApp gives last 24 or 48 hours. */
export const blockHours = [24, 48] as const

export const reportBlockSchema = z
  .object({
    id: z.number().int().positive(),
    kind: z.enum(['temporary', 'permanent']),
    hours: z.union([z.literal(blockHours[0]), z.literal(blockHours[1])]).default(blockHours[0]),
    /** When WhatsApp blocked it (ms); now when not given. */
    at: z.number().int().min(0).optional(),
  })
  .strict()

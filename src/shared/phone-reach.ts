// How many of a list's people a list message sent from the phone (WhatsApp Business «Рассылка»)
// would reach, and who it would miss and why. It reaches only people who saved the shop's number,
// and Rupor lets it go only to people who may be messaged.
import type { SavedNumberState } from './contacts'
import type { ExclusionReason } from './eligibility'

/**
 * Why a list message would miss someone, each person counted once under the first that applies:
 * they may not be messaged at all; they have not saved the number; nobody knows whether they did.
 */
export const phoneReachMisses = ['not_eligible', 'not_saved', 'saved_unknown'] as const
export type PhoneReachMiss = (typeof phoneReachMisses)[number]

export interface PhoneReachPerson {
  contactId: number
  name: string
  savedNumber: SavedNumberState
  /** For `not_eligible`: the main reason they may not be messaged (the lists' own). */
  reason: ExclusionReason | null
}

export interface PhoneReach {
  listId: number
  /** Everyone on the list. */
  members: number
  /** May be messaged and saved the number (yes or likely). */
  reached: number
  /** Of those reached, how many only likely saved it (they wrote to the shop first). */
  reachedLikely: number
  /** Who would be missed, by why, in the list's order; every member is reached or in one of these. */
  missed: Record<PhoneReachMiss, PhoneReachPerson[]>
}

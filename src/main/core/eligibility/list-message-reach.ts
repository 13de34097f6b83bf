import type { SavedNumberState } from '../../../shared/contacts'
import type { Eligibility } from '../../../shared/eligibility'
import type { PhoneReachMiss } from '../../../shared/phone-reach'

/** A list message from the phone reaches only people whose phone has the shop's number. */
export const reachableSavedNumbers: readonly SavedNumberState[] = ['yes', 'likely']

/**
 * Whether a list message would reach this person, and if not, the first reason why: may not be
 * messaged (the one rule of eligibility.ts), has not saved the number, or nobody knows.
 */
export function listMessageMiss(
  eligibility: Eligibility,
  savedNumber: SavedNumberState,
): PhoneReachMiss | null {
  if (!eligibility.eligible) return 'not_eligible'
  if (reachableSavedNumbers.includes(savedNumber)) return null
  return savedNumber === 'no' ? 'not_saved' : 'saved_unknown'
}

import type { ConsentState, PhoneKind } from '../../../shared/contacts'
import {
  exclusionReasons,
  type Eligibility,
  type ExclusionReason,
} from '../../../shared/eligibility'

/** What the decision needs to know about one person, gathered from the book and the opt-out list. */
export interface RecipientFacts {
  /** The number a message would go to, if there is one, with libphonenumber's kind. */
  number: { e164: string; kind: PhoneKind } | null
  /** Whether the person has any number at all (a landline only is "not mobile", not "no number"). */
  hasNumbers: boolean
  /** Whether the number, or any number of the same contact, is on the opt-out list. */
  optedOut: boolean
  /** Unknown for numbers not in the book. */
  consent: ConsentState
  /** A number someone typed that libphonenumber cannot read. */
  unreadable?: boolean
}

export interface SendPolicy {
  /** Settings → "broadcast to people whose consent is unknown". Never overrides a withdrawal. */
  broadcastWithoutConsent: boolean
}

/**
 * May this person be messaged now, and if not, every reason why, the main one first. The one
 * rule lists, campaigns and every channel ask; nothing here can be overridden by a caller.
 */
export function eligibilityOf(facts: RecipientFacts, policy: SendPolicy): Eligibility {
  const reasons = new Set<ExclusionReason>()
  if (facts.optedOut) reasons.add('opted_out')
  if (facts.consent === 'withdrawn') reasons.add('consent_withdrawn')
  if (facts.unreadable) reasons.add('invalid_number')
  else if (facts.number === null) reasons.add(facts.hasNumbers ? 'not_mobile' : 'no_number')
  else if (facts.number.kind === 'fixed' || facts.number.kind === 'other') reasons.add('not_mobile')
  if (facts.consent === 'unknown' && !policy.broadcastWithoutConsent) reasons.add('no_consent')

  const e164 = facts.number?.e164 ?? null
  if (reasons.size === 0 && e164 !== null) return { eligible: true, e164 }
  return { eligible: false, e164, reasons: exclusionReasons.filter((r) => reasons.has(r)) }
}

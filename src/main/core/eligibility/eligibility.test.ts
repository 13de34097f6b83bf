import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentStates, phoneKinds } from '../../../shared/contacts'
import { eligibilityOf, type RecipientFacts } from './eligibility'

const anna: RecipientFacts = {
  number: { e164: '+79161234567', kind: 'mobile' },
  hasNumbers: true,
  optedOut: false,
  consent: 'granted',
}
const strict = { broadcastWithoutConsent: false }
const lenient = { broadcastWithoutConsent: true }

describe('eligibilityOf', () => {
  it.each<[string, Partial<RecipientFacts>, boolean, string[]]>([
    ['a mobile number with consent', {}, false, []],
    [
      'a number that may be mobile',
      { number: { e164: '+74951234567', kind: 'fixed_or_mobile' } },
      false,
      [],
    ],
    ['an opted-out number, even with consent', { optedOut: true }, false, ['opted_out']],
    [
      'an opted-out number, even when consent is not needed',
      { optedOut: true, consent: 'unknown' },
      true,
      ['opted_out'],
    ],
    [
      'withdrawn consent, even when consent is not needed',
      { consent: 'withdrawn' },
      true,
      ['consent_withdrawn'],
    ],
    ['unknown consent', { consent: 'unknown' }, false, ['no_consent']],
    ['unknown consent when Settings allow it', { consent: 'unknown' }, true, []],
    ['a landline', { number: { e164: '+74951234567', kind: 'fixed' } }, false, ['not_mobile']],
    [
      'a number of unknown type',
      { number: { e164: '+79001234567', kind: 'other' } },
      false,
      ['not_mobile'],
    ],
    ['a contact with only a landline', { number: null, hasNumbers: true }, false, ['not_mobile']],
    ['a contact with no number', { number: null, hasNumbers: false }, false, ['no_number']],
    [
      'an unreadable number',
      { number: null, hasNumbers: false, unreadable: true },
      false,
      ['invalid_number'],
    ],
    [
      'every reason at once, the opt-out first',
      { optedOut: true, consent: 'withdrawn', number: null, hasNumbers: true },
      false,
      ['opted_out', 'consent_withdrawn', 'not_mobile'],
    ],
  ])('%s', (_, change, allowUnknown, reasons) => {
    const result = eligibilityOf({ ...anna, ...change }, allowUnknown ? lenient : strict)
    if (reasons.length === 0) expect(result).toEqual({ eligible: true, e164: result.e164 })
    else expect(result).toMatchObject({ eligible: false, reasons })
  })

  it('never calls an opted-out or withdrawn person eligible, whatever else is true', () => {
    const facts = fc.record({
      number: fc.option(
        fc.record({ e164: fc.constant('+79161234567'), kind: fc.constantFrom(...phoneKinds) }),
      ),
      hasNumbers: fc.boolean(),
      optedOut: fc.boolean(),
      consent: fc.constantFrom(...consentStates),
      unreadable: fc.boolean(),
    })
    fc.assert(
      fc.property(facts, fc.boolean(), (f, allow) => {
        const result = eligibilityOf(f, { broadcastWithoutConsent: allow })
        if (f.optedOut || f.consent === 'withdrawn' || f.number === null || f.unreadable) {
          expect(result.eligible).toBe(false)
        }
        if (result.eligible) return
        expect(result.reasons.length).toBeGreaterThan(0)
        if (f.optedOut) expect(result.reasons[0]).toBe('opted_out')
      }),
    )
  })
})

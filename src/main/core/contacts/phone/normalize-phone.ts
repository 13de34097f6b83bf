import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type PhoneNumber,
} from 'libphonenumber-js/max'
import type { PhoneKind } from '../../../../shared/contacts'
import type { CountryCode } from '../../../../shared/settings'

export type PhoneRejection = 'no_digits' | 'too_short' | 'too_long' | 'invalid_phone'

export type NormalizedPhone =
  { ok: true; e164: string; kind: PhoneKind } | { ok: false; reason: PhoneRejection }

/**
 * One number as a person or a spreadsheet wrote it → E.164 and whether WhatsApp can reach it.
 * `8 916 123-45-67`, `9161234567`, `+7 (916) 123-45-67` and `79161234567` are one number for
 * Russia. A number of a possible length that the metadata does not know is kept as `other`
 * (flagged, never sent to); one of an impossible length is rejected with the reason.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode): NormalizedPhone {
  const digits = raw.replace(/\D/g, '')
  if (digits === '') return { ok: false, reason: 'no_digits' }
  const parsed = parse(raw, defaultCountry)
  const kind = parsed && kindOf(parsed)
  if (parsed && kind) return { ok: true, e164: parsed.number, kind }
  // Excel drops the "+" of international numbers: 380501234567 is Ukraine wherever the shop is.
  if (!raw.trim().startsWith('+') && digits.length >= 11) {
    const international = parse(`+${digits}`, defaultCountry)
    const internationalKind = international && kindOf(international)
    if (international && internationalKind) {
      return { ok: true, e164: international.number, kind: internationalKind }
    }
  }
  if (parsed?.isPossible()) return { ok: true, e164: parsed.number, kind: 'other' }
  switch (validatePhoneNumberLength(raw, defaultCountry)) {
    case 'TOO_SHORT':
      return { ok: false, reason: 'too_short' }
    case 'TOO_LONG':
      return { ok: false, reason: 'too_long' }
    default:
      return { ok: false, reason: 'invalid_phone' }
  }
}

/** Mobile or possibly mobile numbers are the ones a broadcast may go to. */
export const isSendableKind = (kind: PhoneKind): boolean =>
  kind === 'mobile' || kind === 'fixed_or_mobile'

function parse(raw: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  return parsePhoneNumberFromString(raw, defaultCountry)
}

/** The kind of a valid number; undefined when the number is not valid. */
function kindOf(phone: PhoneNumber): PhoneKind | undefined {
  // getType matches the number against each kind's pattern, so a type means the number is valid;
  // asking isValid first would do the matching twice.
  switch (phone.getType()) {
    case 'MOBILE':
      return 'mobile'
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed_or_mobile'
    case 'FIXED_LINE':
      return 'fixed'
    case undefined:
      return phone.isValid() ? 'other' : undefined
    default:
      return 'other'
  }
}

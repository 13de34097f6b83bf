import { Metadata } from 'libphonenumber-js/core'
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode as PhoneCountry,
  type PhoneNumber,
} from 'libphonenumber-js/max'
import metadataJson from 'libphonenumber-js/metadata.max.json'
import type { PhoneKind } from '../../../../shared/contacts'
import { withoutExtension } from './phone-extension'
import { readPlainNumber } from './plain-number'

export type { PhoneCountry }

/**
 * Why a number is not kept. `invalid_phone`: it has digits enough but is no number in any
 * country (`(111) 555-4444`, `+999 123 4567`); the others say what is wrong with its length.
 */
export type PhoneRejection = 'no_digits' | 'too_short' | 'too_long' | 'invalid_phone'

export type NormalizedPhone =
  { ok: true; e164: string; kind: PhoneKind } | { ok: false; reason: PhoneRejection }

/**
 * One number as a person or a spreadsheet wrote it → E.164 and whether WhatsApp can reach it.
 * `8 916 123-45-67`, `9161234567`, `+7 (916) 123-45-67` and `79161234567` are one number for
 * Russia; `8 10 375 29 765-43-21` and `00375 29 765-43-21` are a Belarusian one written with an
 * international prefix (see {@link takesZeroZero}). Only numbers valid in their country are kept
 * (a landline too, as `fixed`: flagged, never sent to); the rest are rejected with the reason.
 */
export function normalizePhone(asWritten: string, defaultCountry: PhoneCountry): NormalizedPhone {
  const plain = readPlainNumber(asWritten, defaultCountry)
  if (plain !== undefined) return { ok: true, ...plain }
  return readByLibphonenumber(asWritten, defaultCountry)
}

/** {@link normalizePhone} with no shortcut: every number read by libphonenumber. */
export function readByLibphonenumber(
  asWritten: string,
  defaultCountry: PhoneCountry,
): NormalizedPhone {
  // An extension (`доб. 102`, `;ext=102`) is dialled after the call connects: not the number's.
  const raw = withoutExtension(asWritten)
  const digits = raw.replace(/\D/g, '')
  if (digits === '') return { ok: false, reason: 'no_digits' }
  const parsed = parse(raw, defaultCountry)
  const kind = parsed && kindOf(parsed)
  if (parsed && kind) return { ok: true, e164: parsed.number, kind }
  const written = raw.trim()
  // `00` is the international prefix of most of Europe and the CIS; where the country's own one
  // is 00, libphonenumber has already read it above.
  const zeroZero =
    !written.startsWith('+') && digits.startsWith('00') && takesZeroZero(defaultCountry)
      ? `+${digits.slice(2)}`
      : undefined
  if (zeroZero !== undefined) {
    const international = parse(zeroZero, defaultCountry)
    const internationalKind = international && kindOf(international)
    if (international && internationalKind) {
      return { ok: true, e164: international.number, kind: internationalKind }
    }
  }
  // Excel drops the "+" of international numbers: 380501234567 is Ukraine wherever the shop is.
  if (!written.startsWith('+') && digits.length >= 11) {
    const international = parse(`+${digits}`, defaultCountry)
    const internationalKind = international && kindOf(international)
    if (international && internationalKind) {
      return { ok: true, e164: international.number, kind: internationalKind }
    }
  }
  // Digits enough for a number, but no country has it: `(111) 555-4444`. A number written with
  // 00 is judged as the international number it is, not as a national one.
  const reading = zeroZero === undefined ? parsed : parse(zeroZero, defaultCountry)
  if (reading?.isPossible()) return { ok: false, reason: 'invalid_phone' }
  switch (validatePhoneNumberLength(zeroZero ?? raw, defaultCountry)) {
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

/** The country a valid E.164 number belongs to (+7 916… is RU, +7 701… KZ); undefined if unknown. */
export function countryOfNumber(e164: string): PhoneCountry | undefined {
  return parsePhoneNumberFromString(e164)?.country
}

/**
 * The international prefix of a country as libphonenumber's metadata gives it: a pattern such as
 * `00`, `011` (the US) or `810` (Russia's 8~10).
 */
export function internationalPrefixOf(country: PhoneCountry): string {
  // The CommonJS build of libphonenumber-js/max (what the bundled app loads) has no Metadata
  // export; the core's one takes the same metadata the /max functions use.
  const metadata = new Metadata(metadataJson)
  metadata.selectNumberingPlan(country)
  return metadata.numberingPlan?.IDDPrefix() ?? ''
}

const zeroZeroCache = new Map<PhoneCountry, boolean>()
/**
 * Whether a number written `00…` is international when dialled from this country: where 00 is
 * (one of) the country's international prefixes, and where its prefix does not start with 0 —
 * the 8~10 of Russia, Kazakhstan, Belarus…, whose people and phones use 00 too, and where no
 * number starts 00. Not in the US (011) or Japan (010): there 00… is a number mistyped.
 */
export function takesZeroZero(country: PhoneCountry): boolean {
  let takes = zeroZeroCache.get(country)
  if (takes === undefined) {
    const prefix = internationalPrefixOf(country)
    takes = prefix !== '' && (new RegExp(`^(?:${prefix})$`).test('00') || !prefix.startsWith('0'))
    zeroZeroCache.set(country, takes)
  }
  return takes
}

function parse(raw: string, defaultCountry: PhoneCountry): PhoneNumber | undefined {
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

import { parsePhoneNumberFromString } from 'libphonenumber-js'

/** A stored E.164 number spaced for reading, e.g. +7 916 123 45 67; as stored if unparseable. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}

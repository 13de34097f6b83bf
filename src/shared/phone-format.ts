import { parsePhoneNumberFromString } from 'libphonenumber-js'

/**
 * A stored E.164 number spaced for reading, e.g. +7 916 123 45 67; as stored if unparseable.
 * Shared: the core spaces the contact table's numbers with it (so the first screen needs no
 * phone metadata), and the renderer's other screens with the very same rules.
 */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}

// How the Cloud API reads `to` (send-messages guide, WHATSAPP-FACTS.md §1.1): '+', '-', '(', ')'
// and spaces are allowed and dropped; without a leading '+' Meta prepends the *business*
// number's country calling code, which is how a local number gets misdelivered abroad.

export type NormalizedRecipient = { ok: true; waId: string } | { ok: false }

export function normalizeRecipient(to: string, countryCallingCode: string): NormalizedRecipient {
  const trimmed = to.trim()
  const stripped = trimmed.replace(/[+\-() ]/g, '')
  if (!/^\d+$/.test(stripped)) return { ok: false }
  const waId = trimmed.startsWith('+') ? stripped : digitsOnly(countryCallingCode) + stripped
  return { ok: true, waId }
}

/** The test server keys recipients by digits alone, whatever formatting the caller used. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '')
}

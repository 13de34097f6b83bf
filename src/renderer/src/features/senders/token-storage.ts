/**
 * How the token field is shown where the token would be kept unencrypted (the browser host; Linux
 * without a keyring):
 * - 'warning': the warning alone, with its choice, before the first token is typed on this
 *   computer, until the owner chooses to save it so;
 * - 'field_with_notice': the field, with the plain-storage notice above it, whenever a token is
 *   typed there (after that choice, or for a number that keeps a token already: a token Meta
 *   rejected typed again, a token asked for again at a changed address);
 * - 'field': the field alone, where the keychain encrypts;
 * - 'unknown': not known yet (app.info on its way), so no field either.
 */
export type TokenFieldState = 'warning' | 'field_with_notice' | 'field' | 'unknown'

export function tokenFieldState(facts: {
  encrypted: boolean | undefined
  storedToken: boolean
  accepted: boolean
}): TokenFieldState {
  if (facts.encrypted === undefined) return 'unknown'
  if (facts.encrypted) return 'field'
  if (facts.storedToken || facts.accepted) return 'field_with_notice'
  return 'warning'
}

/**
 * Whether the token would be kept encrypted, from app.info's state: undefined while it loads; if
 * it failed to load, not encrypted (the warning shows, never a form without its token field or
 * without the warning).
 */
export function secretsEncryptedOf(
  info:
    | { status: 'loading' }
    | { status: 'ready'; value: { secretsEncrypted: boolean } }
    | {
        status: 'failed'
      },
): boolean | undefined {
  if (info.status === 'ready') return info.value.secretsEncrypted
  if (info.status === 'failed') return false
  return undefined
}

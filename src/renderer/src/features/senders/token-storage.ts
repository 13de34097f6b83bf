/**
 * Whether the token field waits behind the warning that the token would be kept unencrypted (the
 * browser host; Linux without a keyring): asked before the first token is typed on this computer,
 * until the owner chooses to save it so. A number that already keeps a token was asked already.
 * `encrypted` undefined: not known yet, so no field either.
 */
export function tokenFieldState(facts: {
  encrypted: boolean | undefined
  storedToken: boolean
  accepted: boolean
}): 'field' | 'warning' | 'unknown' {
  if (facts.encrypted === undefined) return 'unknown'
  if (facts.encrypted || facts.storedToken || facts.accepted) return 'field'
  return 'warning'
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { secretsEncryptedOf, tokenFieldState } from './token-storage'

describe('the token field where tokens are kept unencrypted', () => {
  it('shows the warning first, and the field under the notice once the owner chose to save without encryption', () => {
    expect(tokenFieldState({ encrypted: false, storedToken: false, accepted: false })).toBe(
      'warning',
    )
    expect(tokenFieldState({ encrypted: false, storedToken: false, accepted: true })).toBe(
      'field_with_notice',
    )
  })

  it('shows the field alone where the keychain encrypts', () => {
    expect(tokenFieldState({ encrypted: true, storedToken: false, accepted: false })).toBe('field')
    expect(tokenFieldState({ encrypted: true, storedToken: true, accepted: false })).toBe('field')
  })

  it('keeps the notice above the field when a token is typed again (rejected by Meta, a new address)', () => {
    expect(tokenFieldState({ encrypted: false, storedToken: true, accepted: false })).toBe(
      'field_with_notice',
    )
  })

  it('never shows a token field without the notice where the token would be kept unencrypted', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (storedToken, accepted) => {
        const state = tokenFieldState({ encrypted: false, storedToken, accepted })
        expect(['warning', 'field_with_notice']).toContain(state)
      }),
    )
  })

  it('shows no field before it is known how the token would be kept', () => {
    expect(tokenFieldState({ encrypted: undefined, storedToken: false, accepted: false })).toBe(
      'unknown',
    )
  })

  it('falls back to the warning when it could not be learnt how the token would be kept', () => {
    expect(secretsEncryptedOf({ status: 'failed' })).toBe(false)
    expect(secretsEncryptedOf({ status: 'loading' })).toBeUndefined()
    expect(secretsEncryptedOf({ status: 'ready', value: { secretsEncrypted: true } })).toBe(true)
    expect(
      tokenFieldState({
        encrypted: secretsEncryptedOf({ status: 'failed' }),
        storedToken: false,
        accepted: false,
      }),
    ).toBe('warning')
  })
})

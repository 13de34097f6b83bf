import { describe, expect, it } from 'vitest'
import { tokenFieldState } from './token-storage'

describe('the token field where tokens are kept unencrypted', () => {
  it('shows the warning first, and the field once the owner chose to save without encryption', () => {
    expect(tokenFieldState({ encrypted: false, storedToken: false, accepted: false })).toBe(
      'warning',
    )
    expect(tokenFieldState({ encrypted: false, storedToken: false, accepted: true })).toBe('field')
  })

  it('shows the field at once where the keychain encrypts, or where a token is kept already', () => {
    expect(tokenFieldState({ encrypted: true, storedToken: false, accepted: false })).toBe('field')
    expect(tokenFieldState({ encrypted: false, storedToken: true, accepted: false })).toBe('field')
  })

  it('shows no field before it is known how the token would be kept', () => {
    expect(tokenFieldState({ encrypted: undefined, storedToken: false, accepted: false })).toBe(
      'unknown',
    )
  })
})

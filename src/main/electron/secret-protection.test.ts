import { describe, expect, it } from 'vitest'
import { secretProtectionOf } from './secret-protection'

describe('how the token is kept', () => {
  it('is the keychain on Windows and macOS when safeStorage works', () => {
    expect(secretProtectionOf({ platform: 'win32', encryptionAvailable: true })).toBe('keychain')
    expect(secretProtectionOf({ platform: 'darwin', encryptionAvailable: true })).toBe('keychain')
  })

  it('is a Linux keyring only with GNOME Keyring or KWallet behind it', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])
      expect(
        secretProtectionOf({
          platform: 'linux',
          encryptionAvailable: true,
          linuxBackend: () => backend,
        }),
      ).toBe('keychain')
  })

  it('is no protection on Linux without a keyring, even though safeStorage "encrypts"', () => {
    expect(
      secretProtectionOf({
        platform: 'linux',
        encryptionAvailable: true,
        linuxBackend: () => 'basic_text',
      }),
    ).toBe('builtin_password')
    expect(
      secretProtectionOf({
        platform: 'linux',
        encryptionAvailable: true,
        linuxBackend: () => 'unknown',
      }),
    ).toBe('builtin_password')
  })

  it('is plain text wherever safeStorage cannot encrypt', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const)
      expect(secretProtectionOf({ platform, encryptionAvailable: false })).toBe('none')
  })
})

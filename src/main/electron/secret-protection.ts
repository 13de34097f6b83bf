// How the token is kept on this computer: by the OS keychain, or readable by anyone who copies the
// data folder. Electron's safeStorage on Linux without a keyring (no GNOME Keyring or KWallet)
// still "encrypts", with a password written into Chromium itself ('basic_text'): that is no
// protection, so the owner is told before typing a token (the connect form reads it through
// app.info's secretsEncrypted). Not imported from 'electron': tested in Node.

export type SecretProtection =
  /** DPAPI, the macOS Keychain, or a Linux keyring (libsecret, KWallet). */
  | 'keychain'
  /** safeStorage works, but with Chromium's built-in password: as good as plain text. */
  | 'builtin_password'
  /** No encryption at all: kept as plain text. */
  | 'none'

export function secretProtectionOf(facts: {
  platform: NodeJS.Platform
  /** safeStorage.isEncryptionAvailable(), after the app is ready. */
  encryptionAvailable: boolean
  /** safeStorage.getSelectedStorageBackend(): asked on Linux only. */
  linuxBackend?: () => string
}): SecretProtection {
  if (!facts.encryptionAvailable) return 'none'
  if (facts.platform !== 'linux') return 'keychain'
  const backend = facts.linuxBackend?.() ?? 'unknown'
  // 'unknown' is what Electron answers before its key is made: taken as unprotected, to be safe.
  return backend === 'basic_text' || backend === 'unknown' ? 'builtin_password' : 'keychain'
}

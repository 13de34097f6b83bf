import { join } from 'node:path'
import { Notification, powerSaveBlocker, safeStorage, shell } from 'electron'
import type { Capabilities } from '../core/capabilities'
import {
  createFileSecretStore,
  plainCodec,
  type SecretCodec,
} from '../core/secrets/file-secret-store'
import { isAllowedExternalUrl } from '../core/security/trusted-url'

/** The OS keychain (DPAPI, Keychain, libsecret) encrypts secrets at rest where it is available. */
const safeStorageCodec: SecretCodec = {
  encrypted: true,
  encode: (plain) => safeStorage.encryptString(plain),
  decode: (stored) => safeStorage.decryptString(stored),
}

export function createElectronCapabilities(userDataDir: string): Capabilities {
  const codec = safeStorage.isEncryptionAvailable() ? safeStorageCodec : plainCodec
  return {
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) throw new Error(`refused to open ${url}`)
      await shell.openExternal(url)
    },
    keepAwake() {
      const id = powerSaveBlocker.start('prevent-app-suspension')
      return () => {
        if (powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id)
      }
    },
    notify({ title, body }) {
      if (Notification.isSupported()) new Notification({ title, body }).show()
    },
    secrets: createFileSecretStore(join(userDataDir, 'secrets.json'), codec),
  }
}

import { join } from 'node:path'
import { BrowserWindow, dialog, Notification, powerSaveBlocker, safeStorage, shell } from 'electron'
import type { ShellCapabilities } from '../core/boundary/connect-core'
import {
  createFileSecretStore,
  plainCodec,
  type SecretCodec,
} from '../core/secrets/file-secret-store'
import { isAllowedExternalUrl } from '../core/security/trusted-url'
import { secretProtectionOf } from './secret-protection'

/**
 * The OS keychain (DPAPI, Keychain, libsecret) encrypts secrets at rest where it is available.
 * Electron 45 deprecates the synchronous calls (removed in 46) for async ones; the secret store's
 * `state()` is synchronous (the sender list and the scheduler ask it per message), so moving to
 * the async calls means an async store: the next step, before Electron 46.
 */
const safeStorageCodec: SecretCodec = {
  encrypted: true,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: async store before 46
  encode: (plain) => safeStorage.encryptString(plain),
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: async store before 46
  decode: (stored) => safeStorage.decryptString(stored),
}

/** Called after the app is ready: before it, Linux's safeStorage has no key yet. */
export function createElectronCapabilities(userDataDir: string): ShellCapabilities {
  const protection = secretProtectionOf({
    platform: process.platform,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the sync codec above needs the sync answer
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: () => safeStorage.getSelectedStorageBackend(),
  })
  // Chromium's built-in password protects nothing: the same bytes (tokens kept before still
  // read), but the store says it is not encrypted, and the owner is told so before typing.
  const codec =
    protection === 'keychain'
      ? safeStorageCodec
      : protection === 'builtin_password'
        ? { ...safeStorageCodec, encrypted: false }
        : plainCodec
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
    // The second backup folder: the OS picker, over the app's window when it has one.
    async chooseFolder() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory'],
      }
      const window = BrowserWindow.getFocusedWindow()
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return canceled ? null : (filePaths[0] ?? null)
    },
  }
}

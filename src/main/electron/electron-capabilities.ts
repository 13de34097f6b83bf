import { join } from 'node:path'
import { BrowserWindow, dialog, Notification, powerSaveBlocker, safeStorage, shell } from 'electron'
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

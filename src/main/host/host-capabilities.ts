import { join } from 'node:path'
import type { ShellCapabilities } from '../core/boundary/connect-core'
import type { Notice } from '../core/capabilities'
import { createFileSecretStore, plainCodec } from '../core/secrets/file-secret-store'
import { isAllowedExternalUrl } from '../core/security/trusted-url'

/** What the browser host does instead of Electron: it records what would be opened or shown. */
export function createHostCapabilities(dataDir: string) {
  const opened: string[] = []
  const notices: Notice[] = []
  let awake = 0
  const capabilities: ShellCapabilities = {
    openExternal(url) {
      if (!isAllowedExternalUrl(url)) return Promise.reject(new Error(`refused to open ${url}`))
      opened.push(url)
      return Promise.resolve()
    },
    keepAwake() {
      awake += 1
      let released = false
      return () => {
        if (!released) awake -= 1
        released = true
      }
    },
    notify(notice) {
      notices.push(notice)
    },
    // The host is a development and test shell: secrets are kept unencrypted in its data folder.
    secrets: createFileSecretStore(join(dataDir, 'secrets.host.json'), plainCodec),
  }
  return { capabilities, opened, notices, isKeptAwake: () => awake > 0 }
}

// What only the shell (Electron or the browser host) can do, passed into the core at start-up.
import type { Updater } from './updates/updater'

export interface Notice {
  title: string
  body: string
}

/**
 * Whether a secret can be read: `stored`; never entered or removed (`missing`); kept but encrypted
 * by another computer's keychain (`unreadable`); or lost with a damaged file the store set aside
 * (`damaged`). The last two are why a token the owner entered is asked for again.
 */
export type SecretState = 'stored' | 'missing' | 'unreadable' | 'damaged'

/** Every stored key's state, and the state of any other key: what a core in another process reads. */
export interface SecretSnapshot {
  states: Record<string, SecretState>
  otherwise: SecretState
}

export interface SecretStore {
  get(key: string): Promise<string | undefined>
  /** At once, without the secret: for what the owner is shown. */
  state(key: string): SecretState
  set(key: string, value: string): Promise<void>
  delete(key: string): Promise<void>
  /** False where secrets are kept without OS encryption (the browser host, or no keychain). */
  readonly encrypted: boolean
}

export interface Capabilities {
  /** Opens a WhatsApp URL outside the app. The shell refuses anything but trusted URLs. */
  openExternal(url: string): Promise<void>
  /** Keeps the computer awake while sending; returns the function that releases it. */
  keepAwake(reason: string): () => void
  notify(notice: Notice): void
  secrets: SecretStore
  /** The OS folder picker (the desktop app only); null when the owner cancels. */
  chooseFolder?: () => Promise<string | null>
  /** The app's own updater: the packaged desktop app only (no feed in development or a browser). */
  updates?: Updater
}

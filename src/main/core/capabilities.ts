// What only the shell (Electron or the browser host) can do, passed into the core at start-up.

export interface Notice {
  title: string
  body: string
}

export interface SecretStore {
  get(key: string): Promise<string | undefined>
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
}

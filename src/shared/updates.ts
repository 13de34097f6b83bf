// What Settings shows of the app's updates: the version running, and where the next one stands.

/** Why this copy cannot update itself: the browser version, or a development (unpackaged) build. */
export type UpdatesUnavailable = 'browser' | 'development'

/** The updater's step that failed. */
export type UpdateStage = 'check' | 'download' | 'install'

export type UpdateState =
  | { kind: 'unavailable'; why: UpdatesUnavailable }
  /** Not checked yet since the app started. */
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'up_to_date' }
  /** A newer version exists; its download is starting. */
  | { kind: 'available'; version: string }
  | { kind: 'downloading'; version: string | null; percent: number }
  /**
   * Downloaded, installed at a restart the owner agrees to. `held`: a campaign is sending now, so
   * Rupor neither offers nor restarts until it pauses, finishes or its sending window closes.
   */
  | { kind: 'ready'; version: string; held: boolean }
  /**
   * The last check, download or install failed: at which step, whether it was the connection
   * (try later), and the reason as the updater gave it (shown second, for whoever helps).
   */
  | { kind: 'error'; stage: UpdateStage; network: boolean; reason: string }

export interface UpdateStatus {
  /** The version running now. */
  version: string
  state: UpdateState
  /** When Rupor last asked for a newer version (automatically or on "Check for updates"). */
  lastCheckAt: number | null
}

import type { Language } from '../../../shared/settings'
import type { UpdateStage } from '../../../shared/updates'

/** What the updater (electron-updater in the desktop app) reports, in the core's words. */
export type UpdaterState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'up_to_date' }
  | { kind: 'available'; version: string }
  | { kind: 'downloading'; version: string | null; percent: number }
  | { kind: 'downloaded'; version: string }
  /**
   * `stage`: the step that failed, when the shell knows it (a check, the download, the install);
   * without it the core infers it from the state before (update-error.ts).
   */
  | { kind: 'error'; reason: string; stage?: UpdateStage }

/**
 * The shell's updater: it checks and downloads when told, and installs only when told. The core
 * decides when (update-decision.ts); the shell has no opinion of its own.
 */
export interface Updater {
  state(): UpdaterState
  /** Every change of state (progress included); returns the function that stops listening. */
  onState(listener: (state: UpdaterState) => void): () => void
  /** Asks the feed for a newer version; one found is downloaded in the background. */
  check(): void
  /** "Restart now / Later" over the app's window, in the owner's language (null: the system's). */
  askToRestart(version: string, language: Language | null): Promise<boolean>
  /** Quits, installs the downloaded version and starts it. */
  install(): void
}

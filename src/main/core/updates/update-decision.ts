import type { UpdateStage, UpdateState } from '../../../shared/updates'
import { isNetworkError } from './update-error'
import type { UpdaterState } from './updater'

/** The app asks for a newer version at start, then once a day. */
export const checkEveryMs = 24 * 60 * 60 * 1000
/** After "Later", the same version is not offered again for a day (Settings still offers it). */
export const laterForMs = 24 * 60 * 60 * 1000

export interface UpdateFacts {
  now: number
  updater: UpdaterState
  /** A campaign is sending now (scheduler/sending-now.ts). */
  sending: boolean
  /** When the last check was asked for; null: not since the app started. */
  lastCheckAt: number | null
  /** The owner's last "Later", and for which version. */
  later: { version: string; at: number } | null
  /** The "Restart now / Later" question is on screen. */
  asking: boolean
  /** The owner agreed and the app is restarting into the new version. */
  installing: boolean
}

export interface UpdateDecision {
  /** Ask the feed for a newer version now. */
  checkNow: boolean
  /** When the next automatic check falls due. */
  nextCheckAt: number
  /** Ask the owner "Restart now / Later" now. */
  offer: boolean
  /** A restart into the downloaded version is allowed now (the owner's yes still needed). */
  mayInstall: boolean
  /** A version is ready but waits: a campaign is sending. */
  held: boolean
  /** When the owner's "Later" stops holding the question back; null: it does not. */
  laterEndsAt: number | null
}

const busy = (updater: UpdaterState): boolean =>
  updater.kind === 'checking' || updater.kind === 'available' || updater.kind === 'downloading'

/**
 * When to check, and whether to offer the restart now or hold it. Never while a campaign is
 * sending: a restart in the middle of a paced run would drop the owner's task, and the owner
 * cannot be asked about it every few minutes either. Once nothing is sending (paused, finished,
 * or the window closed), the ready version is offered, unless the owner said "Later" to it today.
 */
export function decideUpdate(facts: UpdateFacts): UpdateDecision {
  const { now, updater, sending, lastCheckAt, later } = facts
  const nextCheckAt = lastCheckAt === null ? now : lastCheckAt + checkEveryMs
  const ready = updater.kind === 'downloaded' && !facts.installing
  const laterEndsAt =
    ready && later && later.version === updater.version && now < later.at + laterForMs
      ? later.at + laterForMs
      : null
  return {
    checkNow: !busy(updater) && !facts.installing && now >= nextCheckAt,
    nextCheckAt,
    offer: ready && !sending && !facts.asking && laterEndsAt === null,
    mayInstall: ready && !sending,
    held: ready && sending,
    laterEndsAt,
  }
}

/** What Settings shows for the updater's state (`errorStage`: which step an error came from). */
export function updateStateOf(
  updater: UpdaterState,
  sending: boolean,
  errorStage: UpdateStage = 'check',
): UpdateState {
  switch (updater.kind) {
    case 'error':
      return {
        kind: 'error',
        stage: errorStage,
        network: isNetworkError(updater.reason),
        reason: updater.reason,
      }
    case 'downloaded':
      return { kind: 'ready', version: updater.version, held: sending }
    case 'downloading':
      return {
        kind: 'downloading',
        version: updater.version,
        percent: Math.max(0, Math.min(100, Math.round(updater.percent))),
      }
    default:
      return updater
  }
}

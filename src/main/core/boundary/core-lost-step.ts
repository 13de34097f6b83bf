/**
 * What the desktop shell does when the core's process ends on its own (native code crashed, the
 * OS killed it): while the app quits, nothing (the core was closing anyway); otherwise start it
 * again, once per run of the app — a core that keeps dying (a damaged file, a bug that comes
 * back at start) would otherwise restart for ever — and after that, tell the owner and quit.
 */
export type CoreLostStep = 'ignore' | 'restart' | 'give_up'

export const coreRestartsAllowed = 1

export function coreLostStep(situation: { quitting: boolean; restarts: number }): CoreLostStep {
  if (situation.quitting) return 'ignore'
  return situation.restarts < coreRestartsAllowed ? 'restart' : 'give_up'
}

/**
 * The window once a new core is up: what it shows (an open dialog, an upload under way, the
 * pages' data) belongs to the core that ended, so it is loaded again — after the owner has read
 * why and pressed OK, so text typed but not saved can be copied first. A window that is not there
 * (closed to the tray) loads afresh when it is shown again.
 */
export type WindowAfterRestart = 'reload_after_notice' | 'notice_only'

export function windowAfterRestart(situation: { windowOpen: boolean }): WindowAfterRestart {
  return situation.windowOpen ? 'reload_after_notice' : 'notice_only'
}

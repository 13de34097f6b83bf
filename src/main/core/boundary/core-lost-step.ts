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
 * How the owner learns that a new core is up. What a window shows (an open dialog, an upload
 * under way, the pages' data) belongs to the core that ended, so it needs loading again; but text
 * typed there and not yet saved (a campaign's text, a mapping) is the owner's, and so is the
 * moment to reload: every window there is shows a banner with a button for it
 * ('core.restarted'), and nothing reloads it for them. A window on screen says it all. One hidden
 * in the tray or minimised keeps the banner for when it comes back, and one closed loads afresh
 * when opened: in both cases the owner is told now, in a message box.
 */
export type RestartNotice = 'banner' | 'banner_and_box' | 'box'

export function restartNotice(window: 'shown' | 'hidden' | 'none'): RestartNotice {
  if (window === 'shown') return 'banner'
  return window === 'hidden' ? 'banner_and_box' : 'box'
}

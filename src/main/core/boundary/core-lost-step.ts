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

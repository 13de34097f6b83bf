// What happens when the owner closes the window or quits while campaigns are running. Decided
// here, as plain data, so it is tested without Electron; src/main/electron/close-guard.ts only
// carries it out.

/**
 * What the owner asked for: the window's close button, or quitting (the tray, the app menu, ⌘Q);
 * or the restart that installs an update, which the owner agreed to in the update's own question.
 */
export type CloseRequest = 'close_window' | 'quit' | 'update_restart'

/** The owner's answer to «Рассылка ещё идёт»; `cancel` also stands for the dialog dismissed. */
export type CloseAnswer = 'keep_sending' | 'pause_and_quit' | 'cancel'

export type CloseStep =
  /** Nothing is sending: the window closes (and on Windows and Linux the app quits with it). */
  | 'close'
  /** Quit now: nothing is sending. */
  | 'quit'
  /** Ask the owner first. */
  | 'ask'
  /** Hide the window: sending goes on, the tray icon (and on macOS the dock) brings it back. */
  | 'hide_to_tray'
  /** Pause every running campaign through the core, then quit. */
  | 'pause_then_quit'
  /** The owner changed their mind: nothing happens. */
  | 'stay'

export interface CloseFacts {
  request: CloseRequest
  /** How many campaigns need the app open (running or scheduled: campaign-activity.ts). */
  running: number
  /** The owner's answer, once the dialog was shown. */
  answer?: CloseAnswer
}

export function closeStep({ request, running, answer }: CloseFacts): CloseStep {
  // The update's restart is only offered while nothing is sending (core/updates): a campaign
  // waiting for its window or its start goes on after the restart, so it is neither paused
  // nor asked about again.
  if (request === 'update_restart') return 'quit'
  if (running === 0) return request === 'quit' ? 'quit' : 'close'
  // Quitting is already an answer: a campaign is never left running in a quit app, it is paused
  // so that the next start does not resume it unasked.
  if (request === 'quit') return 'pause_then_quit'
  switch (answer) {
    case undefined:
      return 'ask'
    case 'keep_sending':
      return 'hide_to_tray'
    case 'pause_and_quit':
      return 'pause_then_quit'
    case 'cancel':
      return 'stay'
  }
}

/**
 * Whether closing the last window quits the app. On macOS an app stays in the dock with its
 * windows closed, and clicking the dock icon opens the window again ('activate').
 */
export const quitsWithLastWindow = (platform: NodeJS.Platform): boolean => platform !== 'darwin'

// What happens when the owner closes the window or quits while campaigns are running. Decided
// here, as plain data, so it is tested without Electron; src/main/electron/close-guard.ts only
// carries it out.

/**
 * What asked for it: the window's close button; an unasked quit (the tray's «Выйти», the app menu,
 * ⌘Q, the Dock's Quit); the restart that installs an update, which the owner agreed to in the
 * update's own question; or the end of the OS session (log-out, restart, shutdown).
 */
export type CloseRequest = 'close_window' | 'quit' | 'update_restart' | 'session_end'

/**
 * The owner's answer to «Рассылка ещё идёт», or to «Контакты ещё загружаются» (`stop_import`:
 * cancel the import and close); `cancel` also stands for the dialog dismissed.
 */
export type CloseAnswer = 'keep_sending' | 'pause_and_quit' | 'stop_import' | 'cancel'

/**
 * Which campaigns a quit pauses: only the running ones (an unasked quit: a scheduled campaign has
 * nothing in flight and starts as planned at the next start), or the scheduled ones as well (the
 * owner's own «Приостановить и выйти»).
 */
export type QuitPauseScope = 'running' | 'running_and_scheduled'

export type CloseStep =
  /** Nothing is sending: the window closes (and on Windows and Linux the app quits with it). */
  | 'close'
  /** Quit now, pausing nothing. */
  | 'quit'
  /** Ask the owner first. */
  | 'ask'
  /** Hide the window: sending goes on, the tray icon (and on macOS the dock) brings it back. */
  | 'hide_to_tray'
  /** Pause the running campaigns through the core (saying why), then quit. */
  | 'pause_running_then_quit'
  /** Pause the running and the scheduled campaigns (saying why), then quit. */
  | 'pause_all_then_quit'
  /** The owner changed their mind: nothing happens. */
  | 'stay'

export interface CloseFacts {
  request: CloseRequest
  /**
   * How many campaigns need the app open (running or scheduled) or have a message in flight
   * (campaign-activity.ts).
   */
  running: number
  /** A file is being imported: quitting cancels it (the book stays as it was before it). */
  importing?: boolean
  /** Closing the window quits the app (Windows, Linux; not macOS: quitsWithLastWindow). */
  closingQuits?: boolean
  /** The owner's answer, once the dialog was shown. */
  answer?: CloseAnswer
}

export function closeStep({
  request,
  running,
  importing = false,
  closingQuits = true,
  answer,
}: CloseFacts): CloseStep {
  // The update's restart is only offered while nothing is sending (core/updates): a campaign
  // waiting for its window or its start goes on after the restart, so it is neither paused
  // nor asked about again.
  if (request === 'update_restart') return 'quit'
  // The OS is logging out or shutting down: no dialog (it would hold the shutdown up, «Рупор
  // мешает завершению работы»), no pause. Like a power cut, the campaigns go on at the next start,
  // and a message that was in flight is marked uncertain then (scheduler.recover()).
  if (request === 'session_end') return 'quit'
  if (running === 0) {
    // Closing the window would quit and cancel an import minutes into a big file: asked first.
    // A quit the owner chose (the tray, the menu, ⌘Q) is already an answer, as for campaigns.
    if (request === 'close_window' && importing && closingQuits) {
      if (answer === undefined) return 'ask'
      // «Приостановить и выйти» said the import would be cancelled too (the campaigns ended
      // while that question was open): a quit as asked.
      return answer === 'stop_import' || answer === 'pause_and_quit' ? 'close' : 'stay'
    }
    return request === 'quit' ? 'quit' : 'close'
  }
  // An unasked quit is already an answer: a running campaign is not left to resume unasked at the
  // next start, it is paused, saying why. A scheduled one stays scheduled: nothing of it is in
  // flight, and it starts as planned.
  if (request === 'quit') return 'pause_running_then_quit'
  switch (answer) {
    case undefined:
      return 'ask'
    case 'keep_sending':
      return 'hide_to_tray'
    case 'pause_and_quit':
      return 'pause_all_then_quit'
    case 'stop_import':
    case 'cancel':
      return 'stay'
  }
}

/** Which campaigns a step pauses before quitting; null: it pauses none. */
export function quitPauseScope(step: CloseStep): QuitPauseScope | null {
  if (step === 'pause_running_then_quit') return 'running'
  if (step === 'pause_all_then_quit') return 'running_and_scheduled'
  return null
}

/**
 * Whether closing the last window quits the app. On macOS an app stays in the dock with its
 * windows closed, and clicking the dock icon opens the window again ('activate').
 */
export const quitsWithLastWindow = (platform: NodeJS.Platform): boolean => platform !== 'darwin'

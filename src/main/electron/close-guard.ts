// Closing the window or quitting while a campaign is running: the decision is
// core/desktop/close-decision.ts; this file asks the owner and carries the answer out.
import { app, autoUpdater, dialog, powerMonitor, type BrowserWindow } from 'electron'
import type { CoreRelay } from '../core/boundary/core-relay'
import {
  closeStep,
  quitPauseScope,
  quitsWithLastWindow,
  type CloseStep,
} from '../core/desktop/close-decision'
import { answerOf, appLanguage, closeDialog } from './desktop-texts'
import { createBackgroundTray } from './tray'

export interface CloseGuard {
  /** Asks before this window closes while campaigns are running. */
  watch(window: BrowserWindow): void
}

export function createCloseGuard(options: {
  /** The core in its process: the activity and language are its last word, kept current. */
  core: Pick<CoreRelay, 'desktop' | 'events'>
  /** Shows the main window, making it again if it was closed (macOS). */
  showWindow: () => void
  /**
   * Closes the core at once: Windows ends the process after 'session-end' without 'before-quit' or
   * 'will-quit', so the core is told to close its database here (it cannot be waited for).
   */
  closeCore: () => void
}): CloseGuard {
  const { core } = options
  // Once a quit is decided, the window's close and the quit itself go through unasked.
  let quitting = false
  // Windows asked whether the session may end (log-out, restart, shutdown): a window's close that
  // follows is let through, never held up by a dialog. Cleared when the window is used again (the
  // shutdown was called off).
  let sessionEnding = false
  const tray = createBackgroundTray({
    core,
    open: options.showWindow,
    quit: () => app.quit(),
  })

  /** From here on nothing asks: not the close dialog, not the update's question. */
  const beginQuit = () => {
    quitting = true
    void core.desktop.quitting()
    tray.hide()
  }

  /** The core pauses in its own process: the quit goes on once it has (or once it is gone). */
  const pauseThenQuit = (step: CloseStep) => {
    beginQuit()
    const scope = quitPauseScope(step)
    if (scope === null) app.quit()
    else void core.desktop.pauseForQuit(scope).then(() => app.quit())
  }

  // The OS is logging out, restarting or shutting down: no dialog, no pause, no preventDefault
  // (that would show «Rupor is preventing shutdown»); the campaigns go on at the next start, as
  // after a power cut (close-decision.ts). macOS and Linux: quit cleanly now ('will-quit' closes
  // the core). Windows: 'session-end' ends the process without 'will-quit', so the core is closed
  // here.
  const endSession = (finish: () => void) => {
    if (quitting) return
    if (closeStep({ request: 'session_end', running: core.desktop.activity().running }) !== 'quit')
      return
    beginQuit()
    finish()
  }
  powerMonitor.on('shutdown', () => {
    endSession(() => {
      app.quit()
    })
  })

  // electron-updater's quitAndInstall (and macOS's Squirrel) emits this before it quits: the
  // windows close and the app quits without asking or pausing (close-decision.ts says why).
  autoUpdater.on('before-quit-for-update', () => {
    if (
      closeStep({ request: 'update_restart', running: core.desktop.activity().running }) !== 'quit'
    )
      return
    beginQuit()
  })

  // The tray's «Выйти», the app menu, ⌘Q, the Dock's Quit: a quit while sending pauses the
  // running campaigns first, saying why; scheduled ones stay scheduled.
  app.on('before-quit', (event) => {
    if (quitting) return
    const step = closeStep({
      // The last window closed because Windows is ending the session: that is no owner's quit.
      request: sessionEnding ? 'session_end' : 'quit',
      running: core.desktop.activity().running,
    })
    beginQuit()
    const scope = quitPauseScope(step)
    if (scope === null) return
    // Held until the core has paused them, then asked again (and let through: quitting is set).
    event.preventDefault()
    void core.desktop.pauseForQuit(scope).then(() => app.quit())
  })

  // Windows whose close the owner answered (an import to cancel): that close goes through.
  const closeAnswered = new WeakSet<BrowserWindow>()

  const carryOut = (step: CloseStep, window: BrowserWindow) => {
    switch (step) {
      case 'hide_to_tray':
        window.hide()
        tray.show()
        return
      case 'pause_running_then_quit':
      case 'pause_all_then_quit':
        pauseThenQuit(step)
        return
      case 'close':
        // As answered (cancel the import), or the campaigns ended while the dialog was open.
        closeAnswered.add(window)
        window.close()
        return
      case 'quit':
        app.quit()
        return
      case 'ask':
      case 'stay':
        return
    }
  }

  return {
    watch(window) {
      // Back on screen (the tray, the dock, a second start): the tray icon goes.
      window.on('show', () => {
        sessionEnding = false
        tray.hide()
      })
      window.on('focus', () => {
        sessionEnding = false
      })
      // Windows: asked first whether the session may end (never refused), then told it ends.
      window.on('query-session-end', () => {
        sessionEnding = true
      })
      window.on('session-end', () => {
        endSession(options.closeCore)
      })
      let asking = false
      /** What closing the window now would end: campaigns sending, an import under way. */
      const closing = () => ({
        request: 'close_window' as const,
        running: core.desktop.activity().running,
        importing: core.desktop.importing(),
        closingQuits: quitsWithLastWindow(process.platform),
      })
      window.on('close', (event) => {
        if (quitting || sessionEnding || closeAnswered.has(window)) return
        const step = closeStep(closing())
        if (step === 'close') return
        event.preventDefault()
        if (asking) return
        asking = true
        const language = appLanguage(core.desktop.language(), app.getLocale())
        const words = closeDialog(closing(), language)
        void dialog
          .showMessageBox(window, {
            type: 'question',
            title: words.title,
            message: words.message,
            detail: words.detail,
            buttons: words.buttons,
            defaultId: words.defaultId,
            cancelId: words.cancelId,
            noLink: true,
          })
          .then(({ response }) => {
            asking = false
            const answer = answerOf(words, response)
            if (answer === 'cancel') return
            carryOut(closeStep({ ...closing(), answer }), window)
          })
      })
    },
  }
}

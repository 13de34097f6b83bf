// Closing the window or quitting while a campaign is running: the decision is
// core/desktop/close-decision.ts; this file asks the owner and carries the answer out.
import { app, autoUpdater, dialog, type BrowserWindow } from 'electron'
import type { Core } from '../core/create-core'
import { closeStep, type CloseStep } from '../core/desktop/close-decision'
import { answerOf, appLanguage, closeDialog } from './desktop-texts'
import { createBackgroundTray } from './tray'

export interface CloseGuard {
  /** Asks before this window closes while campaigns are running. */
  watch(window: BrowserWindow): void
}

export function createCloseGuard(options: {
  core: Core
  /** Shows the main window, making it again if it was closed (macOS). */
  showWindow: () => void
}): CloseGuard {
  const { core } = options
  // Once a quit is decided, the window's close and the quit itself go through unasked.
  let quitting = false
  const tray = createBackgroundTray({
    core,
    open: options.showWindow,
    quit: () => app.quit(),
  })

  const pauseThenQuit = () => {
    core.desktop.pauseAll()
    quitting = true
    app.quit()
  }

  // electron-updater's quitAndInstall (and macOS's Squirrel) emits this before it quits: the
  // windows close and the app quits without asking or pausing (close-decision.ts says why).
  autoUpdater.on('before-quit-for-update', () => {
    if (
      closeStep({ request: 'update_restart', running: core.desktop.activity().running }) !== 'quit'
    )
      return
    quitting = true
    tray.hide()
  })

  // The tray's «Выйти», the app menu, ⌘Q: a quit while sending pauses every campaign first.
  app.on('before-quit', () => {
    if (quitting) return
    const step = closeStep({ request: 'quit', running: core.desktop.activity().running })
    if (step === 'pause_then_quit') core.desktop.pauseAll()
    quitting = true
    tray.hide()
  })

  const carryOut = (step: CloseStep, window: BrowserWindow) => {
    switch (step) {
      case 'hide_to_tray':
        window.hide()
        tray.show()
        return
      case 'pause_then_quit':
        pauseThenQuit()
        return
      case 'close':
        // The campaigns ended while the dialog was open: close as asked.
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
        tray.hide()
      })
      let asking = false
      window.on('close', (event) => {
        if (quitting) return
        const step = closeStep({
          request: 'close_window',
          running: core.desktop.activity().running,
        })
        if (step === 'close') return
        event.preventDefault()
        if (asking) return
        asking = true
        const language = appLanguage(core.desktop.language(), app.getLocale())
        const words = closeDialog(core.desktop.activity().running, language)
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
            const running = core.desktop.activity().running
            carryOut(closeStep({ request: 'close_window', running, answer }), window)
          })
      })
    },
  }
}

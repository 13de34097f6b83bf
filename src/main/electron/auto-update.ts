// Electron glue only: electron-updater as the core's Updater. When to check, when to ask and
// whether a restart is allowed (never while a campaign is sending) are decided in
// core/updates/update-decision.ts; this file only does what it is told.
import { app, BrowserWindow, dialog } from 'electron'
import { autoUpdater } from 'electron-updater'
import type { Updater, UpdaterState } from '../core/updates/updater'
import { updateErrorReason, updateQuestion } from './update-dialog-texts'

/**
 * The packaged app's updater, reading the GitHub releases named in electron-builder.yml's
 * `publish` (app-update.yml inside the app). None in a development build: it has no update feed.
 */
export function createAutoUpdater(): Updater | undefined {
  if (!app.isPackaged) return undefined
  // Downloads in the background; installs only when the owner says "Restart now", never on its
  // own at quit (a restart behind the owner's back could land in the middle of a campaign).
  autoUpdater.autoDownload = true
  // Except on macOS: there Squirrel.Mac stages the update only when this is on, so that "Restart
  // now" is immediate (with it off, the restart waits for a second download, silently). Installing
  // at a quit the owner chose replaces the app without starting it, and a quit pauses first.
  autoUpdater.autoInstallOnAppQuit = process.platform === 'darwin'
  autoUpdater.allowPrerelease = false
  autoUpdater.allowDowngrade = false

  let state: UpdaterState = { kind: 'idle' }
  const listeners = new Set<(state: UpdaterState) => void>()
  const report = (next: UpdaterState) => {
    state = next
    for (const listener of listeners) listener(next)
  }
  autoUpdater.on('checking-for-update', () => report({ kind: 'checking' }))
  autoUpdater.on('update-not-available', () => report({ kind: 'up_to_date' }))
  autoUpdater.on('update-available', (info) => report({ kind: 'available', version: info.version }))
  autoUpdater.on('download-progress', (progress) =>
    report({
      kind: 'downloading',
      version: state.kind === 'available' || state.kind === 'downloading' ? state.version : null,
      percent: progress.percent,
    }),
  )
  // The version on disk, ready to install: a later check reports 'checking' first, and if that
  // check fails (offline), the download is still there to offer.
  let downloaded: string | null = null
  autoUpdater.on('update-downloaded', (info) => {
    downloaded = info.version
    report({ kind: 'downloaded', version: info.version })
  })
  let installRequested = false
  autoUpdater.on('error', (error) => {
    const stage = installRequested
      ? 'install'
      : state.kind === 'available' || state.kind === 'downloading'
        ? 'download'
        : 'check'
    if (installRequested) {
      // A failed install is reported, so the core stops waiting for a restart that will not
      // come; the next check downloads again.
      installRequested = false
      downloaded = null
    } else if (downloaded !== null) {
      report({ kind: 'downloaded', version: downloaded })
      return
    }
    report({ kind: 'error', reason: updateErrorReason(error), stage })
  })

  return {
    state: () => state,
    onState(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    check() {
      // The outcome arrives as events; a rejected promise is the 'error' event already reported.
      autoUpdater.checkForUpdates().catch(() => undefined)
    },
    async askToRestart(version, language) {
      const question = updateQuestion(version, language, app.getLocale())
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        title: question.title,
        message: question.message,
        detail: question.detail,
        buttons: question.buttons,
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      }
      // Over the window only when it is on screen: a sheet on a window hidden to the tray would
      // never be seen (macOS), and the question would wait for ever.
      const window = BrowserWindow.getAllWindows().find((candidate) => candidate.isVisible())
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    install() {
      // isSilent false: Windows shows the installer's progress; forceRunAfter: start again after.
      installRequested = true
      autoUpdater.quitAndInstall(false, true)
    },
  }
}

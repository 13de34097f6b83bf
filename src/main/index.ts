// Electron glue only: lifecycle, the window, the IPC registration and the Electron versions of
// the core's capabilities. Every decision lives in ./core.
import { join } from 'node:path'
import { app, type BrowserWindow, session } from 'electron'
import { version } from '../../package.json'
import type { Core } from './core/create-core'
import { createRestorableCore } from './core/restorable-core'
import { DatabaseOpenError } from './core/db/database-error'
import { recoveryChoices } from './core/db/recovery/recovery-choices'
import { runRecovery } from './core/db/recovery/run-recovery'
import { installLog } from './core/logging/install-log'
import { systemClock } from './core/time/clock'
import { registerAppScheme, serveAppPage } from './electron/app-protocol'
import { createMainWindow } from './electron/create-window'
import {
  askHowToRecover,
  showDatabaseError,
  showRecoveryFailed,
} from './electron/database-error-dialog'
import { cloudTestServersOf } from './electron/cloud-test-servers'
import { createElectronCapabilities } from './electron/electron-capabilities'
import { createAutoUpdater } from './electron/auto-update'
import { createCloseGuard, type CloseGuard } from './electron/close-guard'
import { quitsWithLastWindow } from './core/desktop/close-decision'
import { registerIpc } from './electron/ipc'
import { electronSqliteBinding } from './electron/sqlite-binding'
import { createWindowState } from './electron/window-state'

let core: Core | undefined

function start(): void {
  const dataDir = app.getPath('userData')
  const sqliteNativeBinding = electronSqliteBinding()
  // Packaged builds only (a development build has no update feed); the core decides when.
  const updates = createAutoUpdater()
  const open = () =>
    createRestorableCore({
      dataDir,
      clock: systemClock,
      capabilities: { ...createElectronCapabilities(dataDir), ...(updates ? { updates } : {}) },
      version,
      shell: 'desktop',
      ...(sqliteNativeBinding ? { sqliteNativeBinding } : {}),
      // Meta's address only; a development run may add a local test server (never packaged).
      cloudTestServers: cloudTestServersOf({ packaged: app.isPackaged, env: process.env }),
    })
  try {
    core = open()
  } catch (error) {
    if (!(error instanceof DatabaseOpenError && error.problem === 'damaged')) {
      if (error instanceof DatabaseOpenError) showDatabaseError(error, app.getLocale())
      else console.error(error)
      app.exit(1)
      return
    }
    // A damaged database: the owner chooses a way out, then Rupor starts as usual.
    const action = askHowToRecover(recoveryChoices(dataDir, sqliteNativeBinding), app.getLocale())
    if (action === 'quit') {
      app.exit(1)
      return
    }
    try {
      runRecovery(action, {
        dataDir,
        now: systemClock.now(),
        ...(sqliteNativeBinding ? { nativeBinding: sqliteNativeBinding } : {}),
      })
      core = open()
    } catch (failure) {
      if (failure instanceof DatabaseOpenError) showDatabaseError(failure, app.getLocale())
      else showRecoveryFailed(failure, app.getLocale())
      app.exit(1)
      return
    }
  }
  // The page comes from app://rupor, served from the built renderer (inside the asar when packaged).
  serveAppPage(session.defaultSession, join(__dirname, '../renderer'))
  // Closing the window while sending asks first; the tray keeps the app in the background.
  closeGuard = createCloseGuard({ core, showWindow: showMainWindow, closeCore })
  showMainWindow()
}

/** Closes the core once: at 'will-quit', or at the end of a Windows session (which has none). */
function closeCore(): void {
  const closing = core
  core = undefined
  closing?.close()
}

let mainWindow: BrowserWindow | undefined
let closeGuard: CloseGuard | undefined

/** Shows the one window, making it again when there is none (macOS keeps the app without it). */
function showMainWindow(): void {
  if (!core) return
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return
  }
  const { window, policy } = createMainWindow(createWindowState())
  const unregister = registerIpc(core, window, policy.isAppPage)
  window.on('closed', () => {
    unregister()
    mainWindow = undefined
  })
  closeGuard?.watch(window)
  mainWindow = window
}

// A separate data folder for tests and for running a second, portable copy.
const dataDirOverride = process.env.RUPOR_DATA_DIR
if (dataDirOverride) app.setPath('userData', dataDirOverride)

// The app's own scheme must be registered as privileged before the app is ready.
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Only the one running copy writes the log: logs/rupor.log in the data folder.
  installLog(app.getPath('userData'))
  // A second start, or the dock icon clicked (macOS): the window, even from the tray.
  app.on('second-instance', showMainWindow)
  app.on('activate', showMainWindow)
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  void app.whenReady().then(start)
  // On macOS the app stays in the dock with its window closed, as Mac apps do.
  app.on('window-all-closed', () => {
    if (quitsWithLastWindow(process.platform)) app.quit()
  })
  app.on('will-quit', closeCore)
}

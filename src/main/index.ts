// Electron glue only: lifecycle, the window, the IPC registration and the Electron versions of
// the core's capabilities. Every decision lives in ./core.
import { join } from 'node:path'
import { app, type BrowserWindow, dialog, session, utilityProcess } from 'electron'
import { version } from '../../package.json'
import { connectCore, type CoreClient, type ShellCapabilities } from './core/boundary/connect-core'
import { restartNotice } from './core/boundary/core-lost-step'
import { superviseCore } from './core/boundary/supervise-core'
import { createCoreRelay, type CoreRelay } from './core/boundary/core-relay'
import type { OpenConfig } from './core/boundary/protocol'
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
import { appLanguage, coreLostWords } from './electron/desktop-texts'
import { quitsWithLastWindow } from './core/desktop/close-decision'
import { registerIpc } from './electron/ipc'
import { electronSqliteBinding } from './electron/sqlite-binding'
import { utilityTransport } from './electron/utility-transport'
import { createWindowState } from './electron/window-state'

/** The core, in its own utilityProcess: a long import or a crash of native code spares the window. */
let core: CoreRelay | undefined
let coreClosing = false
/** Closes the core in use and one being started again (superviseCore). */
let closeSupervisedCore: (() => Promise<void>) | undefined

/** Starts the core's process; its requests for what only Electron can do are answered here. */
function forkCore(capabilities: ShellCapabilities): CoreClient {
  const child = utilityProcess.fork(join(__dirname, 'core-worker.js'), [], {
    serviceName: 'Rupor core',
    stdio: 'inherit',
  })
  return connectCore(utilityTransport(child), capabilities)
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const sqliteNativeBinding = electronSqliteBinding()
  // Packaged builds only (a development build has no update feed); the core decides when.
  const updates = createAutoUpdater()
  const capabilities: ShellCapabilities = {
    ...createElectronCapabilities(dataDir),
    ...(updates ? { updates } : {}),
  }
  const config: OpenConfig = {
    dataDir,
    version,
    shell: 'desktop',
    // The core's process loads the better-sqlite3 built for Electron's ABI.
    ...(sqliteNativeBinding ? { sqliteNativeBinding } : {}),
    // Meta's address only; a development run may add a local test server (never packaged).
    cloudTestServers: cloudTestServersOf({ packaged: app.isPackaged, env: process.env }),
  }
  const client = forkCore(capabilities)
  try {
    await client.open(config)
  } catch (error) {
    if (!(error instanceof DatabaseOpenError && error.problem === 'damaged')) {
      if (error instanceof DatabaseOpenError) showDatabaseError(error, app.getLocale())
      else console.error(error)
      app.exit(1)
      return
    }
    // A damaged database: the owner chooses a way out, then Rupor starts as usual. The core's
    // process waits, unopened; the recovery runs here, with nothing holding the file.
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
      await client.open(config)
    } catch (failure) {
      if (failure instanceof DatabaseOpenError) showDatabaseError(failure, app.getLocale())
      else showRecoveryFailed(failure, app.getLocale())
      app.exit(1)
      return
    }
  }
  const relay = createCoreRelay(client)
  core = relay
  const words = (step: 'restart' | 'give_up') =>
    coreLostWords(step, appLanguage(relay.desktop.language(), app.getLocale()))
  const supervised = superviseCore(relay, client, {
    start: () => forkCore(capabilities),
    config: () => config,
    now: () => systemClock.now(),
    quitting: () => coreClosing,
    lost: (reason) => {
      console.error(`Rupor's core ${reason}`)
    },
    // The window hears 'core.restarted' from the relay and shows its banner; when it is not on
    // screen the owner is told now too.
    restarted: () => {
      const window =
        mainWindow === undefined || mainWindow.isDestroyed()
          ? 'none'
          : mainWindow.isVisible() && !mainWindow.isMinimized()
            ? 'shown'
            : 'hidden'
      if (restartNotice(window) === 'banner') return
      const told = words('restart')
      void dialog.showMessageBox({
        type: 'warning',
        title: told.title,
        message: told.message,
        detail: told.detail,
      })
    },
    giveUp: (reason) => {
      if (reason instanceof Error) console.error(reason)
      const last = words('give_up')
      dialog.showErrorBox(last.message, last.detail)
      app.exit(1)
    },
  })
  closeSupervisedCore = () => supervised.close()
  // The page comes from app://rupor, served from the built renderer (inside the asar when packaged).
  serveAppPage(session.defaultSession, join(__dirname, '../renderer'))
  // Closing the window while sending asks first; the tray keeps the app in the background.
  closeGuard = createCloseGuard({
    core: relay,
    showWindow: showMainWindow,
    closeCore: () => void closeCore(),
  })
  showMainWindow()
}

/** How long a quit waits for the core to close its database before the app goes anyway. */
const coreCloseWaitMs = 15_000

/**
 * Closes the core once: at 'will-quit', or at the end of a Windows session (which has none). A
 * core stuck in long work does not hold the quit for ever: SQLite's journal undoes an unfinished
 * transaction (an import) at the next start, and the next start checks the file in the background.
 */
function closeCore(): Promise<void> {
  const closing = core
  core = undefined
  coreClosing = true
  if (!closing) return Promise.resolve()
  return new Promise((resolve) => {
    const giveUp = setTimeout(() => {
      console.error(`Rupor's core did not close within ${String(coreCloseWaitMs)} ms; quitting.`)
      resolve()
    }, coreCloseWaitMs)
    void (closeSupervisedCore ?? (() => closing.close()))().finally(() => {
      clearTimeout(giveUp)
      resolve()
    })
  })
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
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error)
      app.exit(1)
    })
  // On macOS the app stays in the dock with its window closed, as Mac apps do.
  app.on('window-all-closed', () => {
    if (quitsWithLastWindow(process.platform)) app.quit()
  })
  // The core closes its database in its own process: the quit waits for it, then goes on.
  app.on('will-quit', (event) => {
    if (!core) return
    event.preventDefault()
    void closeCore().then(() => app.quit())
  })
}

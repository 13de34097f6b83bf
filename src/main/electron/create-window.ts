import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import { rendererUrlFor } from './renderer-url'
import { createWindowPolicy } from './window-policy'
import type { createWindowState } from './window-state'

/**
 * The one window factory: isolated, sandboxed, no Node, no navigation, no pop-ups. The decisions
 * are in window-policy.ts; this file only hands Electron's events to them.
 */
export function createMainWindow(state: ReturnType<typeof createWindowState>) {
  // app://rupor/index.html (app-protocol.ts serves it), or a development run's local dev server.
  const pageUrl = rendererUrlFor({ packaged: app.isPackaged, env: process.env })
  const policy = createWindowPolicy(pageUrl)

  const window = new BrowserWindow({
    ...state.initialBounds(),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Rupor',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  if (state.wasMaximized()) window.maximize()
  state.track(window)
  window.once('ready-to-show', () => window.show())

  const contents = window.webContents
  contents.on('will-navigate', (event, url) => {
    if (!policy.mayNavigate(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!policy.mayNavigate(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    const { action, openExternally } = policy.onWindowOpen(url)
    if (openExternally !== null) void shell.openExternal(openExternally)
    return { action }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  void window.loadURL(pageUrl)
  return { window, policy }
}

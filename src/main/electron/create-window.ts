import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session, shell } from 'electron'
import { isAllowedExternalUrl } from '../core/security/trusted-url'
import type { createWindowState } from './window-state'

/** The one window factory: isolated, sandboxed, no Node, no navigation, no pop-ups. */
export function createMainWindow(state: ReturnType<typeof createWindowState>) {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  const pageUrl = devUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href
  const isAppUrl = (url: string): boolean => {
    try {
      const candidate = new URL(url)
      const page = new URL(pageUrl)
      return page.protocol === 'file:'
        ? candidate.protocol === 'file:' && candidate.pathname === page.pathname
        : candidate.origin === page.origin
    } catch {
      return false
    }
  }

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
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  void (devUrl
    ? window.loadURL(devUrl)
    : window.loadFile(join(__dirname, '../renderer/index.html')))
  return { window, isAppUrl }
}

// The tray icon while Rupor sends in the background: the next send, open, pause all, quit. The
// words are desktop-texts.ts's; this file only builds Electron's menu from them.
import { app, Menu, nativeImage, Tray } from 'electron'
import type { CoreRelay } from '../core/boundary/core-relay'
import { appLanguage, trayMenuWords } from './desktop-texts'
import { trayIconPath, trayIconSize } from './tray-icon-path'

export interface BackgroundTray {
  /** Shows the icon (once) with a fresh menu. */
  show(): void
  /** Takes the icon away (the window is back). */
  hide(): void
}

export function createBackgroundTray(options: {
  core: Pick<CoreRelay, 'desktop' | 'events'>
  open: () => void
  quit: () => void
}): BackgroundTray {
  const { core } = options
  let tray: Tray | undefined
  let stopListening: (() => void) | undefined

  const icon = () => {
    const path = trayIconPath({
      packaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
    })
    const size = trayIconSize(process.platform)
    return nativeImage.createFromPath(path).resize({ width: size, height: size })
  }

  const refresh = () => {
    if (!tray) return
    const language = appLanguage(core.desktop.language(), app.getLocale())
    const words = trayMenuWords(core.desktop.activity(), Date.now(), language)
    tray.setToolTip(words.tooltip)
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: words.next, enabled: false },
        { type: 'separator' },
        { label: words.open, click: options.open },
        {
          label: words.pauseAll,
          enabled: core.desktop.activity().running > 0,
          click: () => {
            void core.desktop.pauseAll().then(refresh)
          },
        },
        { type: 'separator' },
        { label: words.quit, click: options.quit },
      ]),
    )
  }

  return {
    show() {
      if (!tray) {
        tray = new Tray(icon())
        // Windows and most Linux trays: a click on the icon brings the window back.
        tray.on('click', options.open)
        // The next send changes with every answer, pause and finish, and a new core's first word.
        const refreshOn = new Set(['campaigns.changed', 'settings.changed', 'core.restarted'])
        stopListening = core.events.subscribe((message) => {
          if (refreshOn.has(message.name)) refresh()
        })
      }
      refresh()
    },
    hide() {
      stopListening?.()
      stopListening = undefined
      tray?.destroy()
      tray = undefined
    },
  }
}

// Where the tray icon's image is. electron-builder copies resources/icon.png beside the app as an
// extra resource (electron-builder.yml, extraResources: resources/icon.png → tray-icon.png);
// an unpackaged run reads it from the repository. Not imported from 'electron': tested in Node.
import { join } from 'node:path'

export const trayIconFileName = 'tray-icon.png'

export function trayIconPath(options: {
  packaged: boolean
  /** process.resourcesPath: the folder beside app.asar in a packaged app. */
  resourcesPath: string
  /** app.getAppPath(): the repository root in an unpackaged run. */
  appPath: string
}): string {
  return options.packaged
    ? join(options.resourcesPath, trayIconFileName)
    : join(options.appPath, 'resources', 'icon.png')
}

/** The icon's size in the tray, in points: the 1024-pixel icon is scaled down to it. */
export const trayIconSize = (platform: NodeJS.Platform): number => (platform === 'linux' ? 22 : 16)

import { ipcMain, type BrowserWindow } from 'electron'
import { ipcChannels } from '../../shared/ipc-channels'
import { fail } from '../../shared/result'
import type { CoreDoor } from '../core/boundary/core-door'
import { isFromAppPage } from './ipc-sender'

/**
 * Registers the whole contract on one channel. A call is answered only when it comes from the
 * top frame of the app's own window showing the app's own page (ipc-sender.ts); anything else
 * gets 'forbidden' before its arguments are even parsed. The core (in its own process) parses
 * and dispatches the rest.
 */
export function registerIpc(
  core: CoreDoor,
  window: BrowserWindow,
  isAppPage: (url: string) => boolean,
) {
  ipcMain.handle(ipcChannels.call, (event, name: unknown, input: unknown) => {
    if (!isFromAppPage(event, window.webContents, isAppPage)) {
      return fail({ code: 'forbidden', message: 'Calls are accepted only from the Rupor window.' })
    }
    return core.call(typeof name === 'string' ? name : '', input)
  })

  const unsubscribe = core.events.subscribe((message) => {
    if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, message)
  })
  return () => {
    unsubscribe()
    ipcMain.removeHandler(ipcChannels.call)
  }
}

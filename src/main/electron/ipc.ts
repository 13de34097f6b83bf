import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { ipcChannels } from '../../shared/ipc-channels'
import { fail } from '../../shared/result'
import type { Core } from '../core/create-core'
import { dispatch } from '../core/dispatch'

/**
 * Registers the whole contract on one channel. A call is answered only when it comes from the
 * top frame of the app's own window showing the app's own page; anything else gets 'forbidden'
 * before its arguments are even parsed.
 */
export function registerIpc(core: Core, window: BrowserWindow, isAppUrl: (url: string) => boolean) {
  const fromAppWindow = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame
    return (
      event.sender === window.webContents &&
      frame !== null &&
      frame === window.webContents.mainFrame &&
      isAppUrl(frame.url)
    )
  }

  ipcMain.handle(ipcChannels.call, (event, name: unknown, input: unknown) => {
    if (!fromAppWindow(event)) {
      return fail({ code: 'forbidden', message: 'Calls are accepted only from the Rupor window.' })
    }
    return dispatch(core.handlers, typeof name === 'string' ? name : '', input)
  })

  const unsubscribe = core.events.subscribe((message) => {
    if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, message)
  })
  return () => {
    unsubscribe()
    ipcMain.removeHandler(ipcChannels.call)
  }
}

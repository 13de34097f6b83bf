// The bridge: named methods only, never ipcRenderer itself. Runs sandboxed, so it imports
// nothing but Electron's renderer side and the shared contract (bundled in).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { EventMessage } from '../shared/api'
import { ipcChannels } from '../shared/ipc-channels'
import type { RuporBridge } from '../shared/bridge'

const bridge = {
  call: (name, input) => ipcRenderer.invoke(ipcChannels.call, name, input),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, message: EventMessage): void => listener(message)
    ipcRenderer.on(ipcChannels.event, forward)
    return () => ipcRenderer.removeListener(ipcChannels.event, forward)
  },
} satisfies RuporBridge

contextBridge.exposeInMainWorld('rupor', bridge)

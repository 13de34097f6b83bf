import { parentPort } from 'node:worker_threads'
import { nodePortTransport, type Transport } from './transport'

/** Electron's process.parentPort in a utilityProcess: messages arrive wrapped in an event. */
interface ElectronParentPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
}

/**
 * The line to the shell from inside the core's worker: Electron's utilityProcess (the desktop app)
 * or a worker_threads Worker (the browser host, tests). A utility process ends with its parent.
 */
export function workerTransport(): Transport {
  const electronPort = (process as { parentPort?: ElectronParentPort | null }).parentPort
  if (electronPort)
    return {
      post: (message) => {
        electronPort.postMessage(message)
      },
      onMessage: (listener) => {
        electronPort.on('message', (event) => {
          listener(event.data)
        })
      },
      onClose: () => undefined,
    }
  if (parentPort) return nodePortTransport(parentPort, 'close')
  throw new Error('The core worker runs in a worker thread or an Electron utility process.')
}

/**
 * One end of the line between a shell and its core: a worker_threads port, a worker's parentPort,
 * an Electron utilityProcess or its process.parentPort. Messages are structured-cloned data.
 */
export interface Transport {
  post(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
  /** The other end is gone (the core's process exited, the port closed). */
  onClose(listener: (reason: string) => void): void
}

/** A Node MessagePort, Worker or worker's parentPort: they share these methods. */
export interface NodePortLike {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  once(event: 'close' | 'exit', listener: (code?: number) => void): unknown
}

export function nodePortTransport(port: NodePortLike, closeEvent: 'close' | 'exit'): Transport {
  return {
    post: (message) => {
      port.postMessage(message)
    },
    onMessage: (listener) => {
      port.on('message', listener)
    },
    onClose: (listener) => {
      port.once(closeEvent, (code) => {
        listener(code === undefined ? 'closed' : `exited with code ${String(code)}`)
      })
    },
  }
}

import type { UtilityProcess } from 'electron'
import type { Transport } from '../core/boundary/transport'

/** The main process's end of the line to the core in its utilityProcess. */
export function utilityTransport(child: UtilityProcess): Transport {
  return {
    post: (message) => {
      child.postMessage(message)
    },
    onMessage: (listener) => {
      child.on('message', listener)
    },
    onClose: (listener) => {
      child.once('exit', (code) => {
        listener(`exited with code ${String(code)}`)
      })
    },
  }
}

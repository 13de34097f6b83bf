import { describeForLog } from '../logging/describe-for-log'
import type { ToShell } from './protocol'
import type { Transport } from './transport'

/**
 * In the core's worker, console.error and console.warn (the core's reports of what went wrong)
 * go to the shell, which writes the one log file (installLog): two writers would tangle it.
 */
export function forwardLog(transport: Transport): void {
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => {
      try {
        const message: ToShell = { type: 'log', level, text: args.map(describeForLog).join(' ') }
        transport.post(message)
      } catch {
        original(...args)
      }
    }
  }
  // Best effort: a crash may end the worker before the message leaves.
  process.on('uncaughtExceptionMonitor', (error) => {
    console.error('The core crashed:', error)
  })
}

import { join } from 'node:path'
import { describeForLog } from './describe-for-log'
import { createRotatingLogFile } from './rotating-log-file'

/** Where the log lives in a data folder (Settings shows it). */
export const logFileOf = (dataDir: string): string => join(dataDir, 'logs', 'rupor.log')

export const logMaxBytes = 1024 * 1024
export const olderLogsKept = 3

export interface InstalledLog {
  file: string
  /** Puts console.error and console.warn back as they were. */
  uninstall(): void
}

type ConsoleMethod = (...args: unknown[]) => void

/**
 * Both shells call this first: console.error and console.warn (where the core reports what went
 * wrong — the dispatch's internal errors with their stack, the scheduler's, the import's) still
 * print as before, and also go to `logs/rupor.log` in the data folder, with nothing personal in it.
 */
export function installLog(
  dataDir: string,
  options: { now?: () => number; maxBytes?: number; keep?: number } = {},
): InstalledLog {
  const now = options.now ?? Date.now
  const log = createRotatingLogFile({
    file: logFileOf(dataDir),
    maxBytes: options.maxBytes ?? logMaxBytes,
    keep: options.keep ?? olderLogsKept,
  })
  const original = { error: console.error, warn: console.warn }
  let writing = false

  const write = (level: string, args: unknown[]): void => {
    // A log that cannot be written (a full disk) must not take down what was being reported.
    if (writing) return
    writing = true
    try {
      const text = args.map(describeForLog).join(' ')
      log.append(`${new Date(now()).toISOString()} ${level} ${text}\n`)
    } catch {
      // Nowhere to say it: the console still has it.
    } finally {
      writing = false
    }
  }
  const wrap =
    (level: string, through: ConsoleMethod): ConsoleMethod =>
    (...args) => {
      through.apply(console, args)
      write(level, args)
    }
  const wrapped = { error: wrap('ERROR', original.error), warn: wrap('WARN', original.warn) }
  console.error = wrapped.error
  console.warn = wrapped.warn
  // Watches a crash without changing what the process does about it.
  const onCrash = (error: Error): void => {
    write('FATAL', [error])
  }
  process.on('uncaughtExceptionMonitor', onCrash)

  return {
    file: log.file,
    uninstall() {
      // Only if still ours: a test's spy put in place later is left alone.
      if (console.error === wrapped.error) console.error = original.error
      if (console.warn === wrapped.warn) console.warn = original.warn
      process.off('uncaughtExceptionMonitor', onCrash)
    },
  }
}

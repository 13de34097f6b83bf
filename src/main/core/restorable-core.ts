import type { FileSwap } from './backups/restore-plan'
import { createCore, type Core, type CoreOptions } from './create-core'
import { EventBus } from './event-bus'

/**
 * The core as a shell holds it: one object for the life of the app. Restoring a copy closes the
 * core on the old file (its services hold statements on it) and opens a new one on the copy,
 * with migrations; the shell's IPC and HTTP routes read `handlers` at every call and listen on
 * the one `events` bus, so they carry on without knowing. Daily copies are on.
 */
export function createRestorableCore(options: Omit<CoreOptions, 'events' | 'reopen'>): Core {
  const events = new EventBus()
  const open = () => createCore({ ...options, events, dailyBackups: true, reopen })
  let core = open()

  function reopen(files: FileSwap): void {
    core.close()
    files.swap()
    try {
      core = open()
    } catch (error) {
      // The copy passed its checks, so this is unexpected: go back to the file we had.
      files.undo()
      core = open()
      throw error
    }
  }

  return {
    get handlers() {
      return core.handlers
    },
    get optOuts() {
      return core.optOuts
    },
    get check() {
      return core.check
    },
    events,
    get migration() {
      return core.migration
    },
    get capabilities() {
      return core.capabilities
    },
    get scheduler() {
      return core.scheduler
    },
    get cloud() {
      return core.cloud
    },
    get backups() {
      return core.backups
    },
    get integrity() {
      return core.integrity
    },
    get writeGate() {
      return core.writeGate
    },
    get desktop() {
      return core.desktop
    },
    close: () => core.close(),
    closed: () => core.closed(),
  }
}

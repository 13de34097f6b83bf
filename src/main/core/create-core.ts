import { join } from 'node:path'
import type { AppInfo } from '../../shared/api'
import type { Capabilities } from './capabilities'
import { closeDatabase, openDatabase } from './db/open-database'
import { schemaVersion } from './db/migrate'
import { EventBus } from './event-bus'
import type { Handlers } from './handlers'
import { createSettingsRepository } from './settings/settings-repository'
import { createSettingsService } from './settings/settings-service'
import type { Clock } from './time/clock'

export const databaseFileName = 'rupor.db'

export interface CoreOptions {
  dataDir: string
  clock: Clock
  capabilities: Capabilities
  version: string
  shell: AppInfo['shell']
  /** better-sqlite3 built for Electron's ABI, when the shell is Electron in development. */
  sqliteNativeBinding?: string
}

export type Core = ReturnType<typeof createCore>

/** Opens the database and builds the services. Throws DatabaseOpenError if the file is unusable. */
export function createCore(options: CoreOptions) {
  const { dataDir, clock } = options
  const databaseFile = join(dataDir, databaseFileName)
  const { db, migration } = openDatabase({
    file: databaseFile,
    now: clock.now(),
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
  })
  const events = new EventBus()
  const settings = createSettingsService(createSettingsRepository(db), clock, events)

  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version,
      dataDir,
      databaseFile,
      schemaVersion: schemaVersion(db),
      shell: options.shell,
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  }

  return {
    handlers,
    events,
    migration,
    capabilities: options.capabilities,
    close: () => closeDatabase(db),
  }
}

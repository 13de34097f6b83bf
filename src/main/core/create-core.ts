import { join } from 'node:path'
import type { AppInfo } from '../../shared/api'
import type { Capabilities } from './capabilities'
import { closeDatabase, openDatabase } from './db/open-database'
import { schemaVersion } from './db/migrate'
import { createContactsService } from './contacts/contacts-service'
import { createImportService } from './contacts/import/import-service'
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
  const defaultCountry = () => settings.get().defaultCountry
  const contacts = createContactsService(db, clock, defaultCountry)
  const imports = createImportService({ db, clock, events, dataDir, defaultCountry })
  const changed = <T>(reason: 'import' | 'edit' | 'delete' | 'tag', value: T): T => {
    events.emit('contacts.changed', { reason })
    return value
  }
  events.subscribe((message) => {
    if (message.name === 'imports.finished' && message.payload.status === 'finished') {
      events.emit('contacts.changed', { reason: 'import' })
    }
  })

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

    'contacts.query': (query) => contacts.query(query),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.update': (update) => changed('edit', contacts.update(update)),
    'contacts.delete': ({ ids }) => changed('delete', contacts.delete(ids)),
    'contacts.undoDelete': ({ undoToken }) => changed('delete', contacts.undoDelete(undoToken)),
    'contacts.tag': (tagging) => changed('tag', contacts.tag(tagging)),
    'contacts.tags': () => contacts.tags(),
    'contacts.exportCsv': (request) => contacts.exportCsv(request),

    'imports.create': (input) => imports.create(input),
    'imports.appendChunk': (input) => imports.appendChunk(input),
    'imports.preview': (input) => imports.preview(input),
    'imports.start': (input) => imports.start(input),
    'imports.cancel': (input) => imports.cancel(input),
    'imports.report': (input) => imports.report(input),
    'imports.problems': (input) => imports.problems(input),
    'imports.problemsCsv': (input) => imports.problemsCsv(input),
  }

  return {
    handlers,
    events,
    migration,
    capabilities: options.capabilities,
    close: () => closeDatabase(db),
  }
}

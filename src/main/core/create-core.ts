import { join } from 'node:path'
import type { AppInfo } from '../../shared/api'
import type { Capabilities } from './capabilities'
import { closeDatabase, openDatabase } from './db/open-database'
import { schemaVersion } from './db/migrate'
import { createContactsService } from './contacts/contacts-service'
import { createImportService } from './contacts/import/import-service'
import { createRecipientCheck } from './eligibility/recipient-check'
import { EventBus } from './event-bus'
import { createListsService } from './lists/lists-service'
import { createOptOutsService } from './opt-outs/opt-outs-service'
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
  const check = createRecipientCheck(
    db,
    () => ({ broadcastWithoutConsent: settings.get().broadcastWithoutConsent }),
    defaultCountry,
  )
  const optOuts = createOptOutsService({ db, clock, dataDir, defaultCountry })
  const lists = createListsService({ db, clock, check })

  type ContactChange = 'import' | 'edit' | 'delete' | 'tag' | 'opt_out'
  const changed = <T>(reason: ContactChange, value: T): T => {
    events.emit('contacts.changed', { reason })
    // Lists show their people's names and whether they may be messaged: any change may alter that.
    events.emit('lists.changed', { id: null })
    return value
  }
  const optedOut = <T>(reason: 'added' | 'resubscribed', value: T): T => {
    events.emit('optOuts.changed', { reason })
    return changed('opt_out', value)
  }
  const listChanged = <T>(id: number | null, value: T): T => {
    events.emit('lists.changed', { id })
    return value
  }
  events.subscribe((message) => {
    if (message.name === 'imports.finished' && message.payload.status === 'finished') {
      changed('import', undefined)
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

    'optOuts.query': (query) => optOuts.query(query),
    'optOuts.addNumbers': ({ text, note }) => optedOut('added', optOuts.addNumbers(text, note)),
    'optOuts.addContacts': ({ ids, note }) => optedOut('added', optOuts.addContacts(ids, note)),
    'optOuts.importFile': async ({ base64, note }) =>
      optedOut('added', await optOuts.importFile(base64, note)),
    'optOuts.resubscribe': ({ e164s, note }) =>
      optedOut('resubscribed', optOuts.resubscribe(e164s, note)),
    'optOuts.exportCsv': () => optOuts.exportCsv(),
    'optOuts.check': ({ number }) => check.checkNumber(number),

    'lists.all': () => lists.all(),
    'lists.get': ({ id }) => lists.get(id),
    'lists.create': (input) => {
      const list = lists.create(input)
      return listChanged(list.id, list)
    },
    'lists.update': (input) => listChanged(input.id, lists.update(input)),
    'lists.addMembers': ({ id, contactIds }) => listChanged(id, lists.addMembers(id, contactIds)),
    'lists.addMatching': ({ id, filter, onlyEligible }) =>
      listChanged(id, lists.addMatching(id, filter, onlyEligible)),
    'lists.removeMembers': ({ id, contactIds }) =>
      listChanged(id, lists.removeMembers(id, contactIds)),
    'lists.duplicate': ({ id, name }) => listChanged(null, lists.duplicate(id, name)),
    'lists.delete': ({ id }) => listChanged(id, lists.delete(id)),
    'lists.plan': ({ selection, onlyEligible }) => lists.plan(selection, onlyEligible),
    'lists.build': (input) => listChanged(null, lists.build(input)),
    'lists.export': ({ id, format }) => lists.export(id, format),
  }

  return {
    handlers,
    /** For the later senders: the same opt-out and eligibility rules the UI uses. */
    optOuts,
    check,
    events,
    migration,
    capabilities: options.capabilities,
    close: () => closeDatabase(db),
  }
}

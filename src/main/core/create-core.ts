import { join } from 'node:path'
import type { AppInfo, ParsedInput } from '../../shared/api'
import type { ParsedListSelection } from '../../shared/lists'
import { backupsKept } from '../../shared/backups'
import type { PauseReason } from '../../shared/cloud-errors'
import type { Capabilities } from './capabilities'
import { closeDatabaseCleanly, openDatabase, type OpenedDatabase } from './db/open-database'
import { DatabaseOpenError } from './db/database-error'
import { damageOf } from './db/damage-of'
import { checkInBackground, sqliteModulePath } from './db/background-check'
import { createWriteGate } from './write-gate/write-gate'
import { gatedClock } from './write-gate/gated-clock'
import { gateWrites } from './write-gate/gate-writes'
import { noteDamage } from './db/damage-note'
import { dropRecoveryNote, takeRecoveryNote, type RecoveryNote } from './db/recovery/recovery-note'
import { createIntegrityWatch, type IntegrityWatch } from './db/integrity-watch'
import { seenWhenDamaged } from './campaigns/seen-when-damaged'
import { refuseWritesWhenDamaged } from './refuse-writes-when-damaged'
import { schemaVersion } from './db/migrate'
import { createContactsService } from './contacts/contacts-service'
import { markConsent } from './consent/mark-consent'
import { markSavedNumber } from './contacts/mark-saved-number'
import { createPhoneReach } from './lists/phone-reach'
import { createImportService } from './contacts/import/import-service'
import { createAssistedChannel } from './campaigns/assisted-channel'
import { notices } from './campaigns/campaign-notices'
import { createCampaignsService } from './campaigns/campaigns-service'
import { createListMessages } from './campaigns/list-message'
import { readPhoneList } from './phone-lists/phone-list-state'
import { checkListMessage } from './phone-lists/list-message-check'
import { cloudTemplateOf, createComposer } from './campaigns/compose-message'
import { createCloudMedia } from './cloud-api/cloud-media'
import { createCloudChannel, mediaErrorCode } from './cloud-api/cloud-channel'
import { createCloudConnections } from './cloud-api/cloud-connections'
import { allowedServers } from './cloud-api/server-address'
import { createCloudService } from './cloud-api/cloud-service'
import { choosePortfolio } from './cloud-api/portfolio'
import { pacingPause } from './cloud-api/pacing-pause'
import { createDeliveryUpdates } from './cloud-api/delivery-updates'
import { createStatusPoller, defaultStatusPollMs } from './cloud-api/status-poller'
import { createRecipientCheck } from './eligibility/recipient-check'
import { createPhoneListsService } from './phone-lists/phone-lists-service'
import { EventBus } from './event-bus'
import { createListsService } from './lists/lists-service'
import { logFileOf } from './logging/install-log'
import { createOptOutsService } from './opt-outs/opt-outs-service'
import type { Random } from './scheduler/pacing'
import { createScheduler, type Scheduler } from './scheduler/scheduler'
import { createSendersService } from './senders/senders-service'
import { createBlockHistory, reportedBlock } from './senders/block-history'
import { createResultsService } from './results/campaign-results'
import { createForecaster } from './risk/forecast'
import { createRiskFacts } from './risk/risk-facts'
import { createRiskService } from './risk/risk-service'
import type { Handlers } from './handlers'
import { createSendStore } from './scheduler/send-store'
import { usageOf } from './senders/sender-usage'
import { createSettingsRepository } from './settings/settings-repository'
import { createSettingsService } from './settings/settings-service'
import type { Clock } from './time/clock'
import { createBackupService } from './backups/backup-service'
import { restoreBackup, type Reopen } from './backups/restore-backup'
import { backupMirrorFileOf, createBackupMirror } from './backups/backup-mirror'
import { pruneOldCopies } from './backups/old-copies'
import { CoreError } from './errors'
import { exportEverything } from './export/export-everything'
import { createOptInService } from './opt-in/opt-in-service'
import { createRepliesService } from './replies/replies-service'
import { createSendingNow } from './scheduler/sending-now'
import { createUpdateService } from './updates/update-service'
import { activityOf, needsTheApp } from './desktop/campaign-activity'
import type { QuitPauseScope } from './desktop/close-decision'
import type { Campaign } from '../../shared/campaigns'

export const databaseFileName = 'rupor.db'

export interface CoreOptions {
  dataDir: string
  clock: Clock
  capabilities: Capabilities
  version: string
  shell: AppInfo['shell']
  /** better-sqlite3 built for Electron's ABI, when the shell is Electron in development. */
  sqliteNativeBinding?: string
  /** Uniform draws for the gaps between messages; seeded in simulations. */
  random?: Random
  /** How late a timer may fire before the scheduler takes it for a wake from sleep (fake clocks: 0). */
  lateAfterMs?: number
  /** How often delivery statuses are fetched from Meta's message history; null: never on its own. */
  statusPollMs?: number | null
  /** A fresh generator for each forecast (seeded the same by default, so figures do not jitter). */
  forecastRandom?: () => Random
  /** The outbox; a core reopened after a restore keeps its shell's (restorable-core.ts). */
  events?: EventBus
  /** Today's copy of the database if missing, then one a day (the shells; tests say when). */
  dailyBackups?: boolean
  /** How this core is closed and opened again on a restored copy; without it, no restore. */
  reopen?: Reopen
  /**
   * Tests only: Cloud API test servers' addresses a connection may use besides Meta's (the host's
   * --cloud-test-server flag, a core test's own server). The desktop app passes none when packaged.
   */
  cloudTestServers?: readonly string[]
}

export type Core = ReturnType<typeof createCore>

/** Opens the database and builds the services. Throws DatabaseOpenError if the file is unusable. */
export function createCore(options: CoreOptions) {
  const databaseFile = join(options.dataDir, databaseFileName)
  const opened = openDatabase({
    file: databaseFile,
    now: options.clock.now(),
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
  })
  try {
    return buildCore(options, databaseFile, opened)
  } catch (error) {
    // The full check is no longer run at every open: damage a start's own reads meet is refused
    // as at open, so the shells offer the recovery, with the file closed for it to move.
    const damage = damageOf(error)
    if (damage === undefined) throw error
    opened.db.close()
    noteDamage(databaseFile, [damage])
    throw new DatabaseOpenError('damaged', databaseFile, damage)
  }
}

function buildCore(
  options: CoreOptions,
  databaseFile: string,
  { db, migration, knownWhole }: OpenedDatabase,
) {
  const { dataDir, clock } = options
  const events = options.events ?? new EventBus()
  // While the import worker's apply holds SQLite's write lock, nothing on this thread writes: calls
  // that may write wait (gateWrites), background timers run once it opens (gatedClock).
  // A book found damaged takes no writes from the workers' connections either.
  const gate = createWriteGate(clock, undefined, () => made.watch?.damaged() ?? false)
  /** A copy is being restored: no import may start (its worker would hold the file being swapped). */
  let restoring = false
  const background = gatedClock(clock, gate)
  const settings = createSettingsService(createSettingsRepository(db), clock, events)
  const defaultCountry = () => settings.get().defaultCountry
  const contacts = createContactsService(db, clock, defaultCountry)
  const imports = createImportService({
    db,
    clock,
    events,
    dataDir,
    defaultCountry,
    refuseStart: () => restoring,
    damageMet: (error) => damageMetBy(error),
    worker: {
      file: databaseFile,
      sqlite: sqliteModulePath(),
      nativeBinding: options.sqliteNativeBinding ?? null,
      gate,
    },
  })
  const policy = () => ({ broadcastWithoutConsent: settings.get().broadcastWithoutConsent })
  const check = createRecipientCheck(db, policy, defaultCountry)
  const optOuts = createOptOutsService({ db, clock, dataDir, defaultCountry })
  const lists = createListsService({
    db,
    clock,
    check,
    gate,
    refuseStart: () => restoring,
    // The import worker also writes a list build's lists, off this thread.
    worker: {
      file: databaseFile,
      sqlite: sqliteModulePath(),
      nativeBinding: options.sqliteNativeBinding ?? null,
    },
  })
  const phoneLists = createPhoneListsService({ db, clock })
  const phoneReach = createPhoneReach(db, check)
  // «Выбрать всё» in the contact book reaches the lists as the ids it stands for.
  const listSelectionOf = (
    selection: ParsedInput<'lists.plan'>['selection'],
  ): ParsedListSelection =>
    'matching' in selection ? { contactIds: contacts.idsOf(selection) } : selection
  const { capabilities } = options
  const cloudServers = allowedServers(options.cloudTestServers ?? [])
  const connections = createCloudConnections({
    db,
    clock,
    secrets: capabilities.secrets,
    servers: cloudServers,
  })
  const senders = createSendersService({
    db,
    clock,
    defaultCountry,
    cloudOf: (id) => {
      const cloud = connections.connection(id)
      // With the wait of its status polling (a back-off, the account's hourly budget), if any.
      return cloud && { ...cloud, polling: cloudService.polling(id, cloud.wabaId) }
    },
  })
  const shopName = () => settings.get().shopName
  const compose = createComposer(db, shopName)
  const optIn = createOptInService({
    db,
    clock,
    senders: () => senders.list(),
    shopName,
    defaultCountry,
  })
  const assisted = createAssistedChannel(
    events,
    capabilities,
    () => settings.get().notificationsShowNames,
  )
  // The gauges and the channels read the same prepared queries as the scheduler.
  const sendStore = createSendStore(db)
  // Template header files, kept per number and uploaded to Meta once before a campaign's sends.
  const cloudMedia = createCloudMedia({ db, clock, uploadDir: join(dataDir, 'media-uploads') })
  const cloud = createCloudChannel({
    connections,
    compose,
    clock: background,
    media: cloudMedia,
    // A reply only ever comes after the scheduler below has claimed a message.
    // An answer that comes while an import's apply holds the lock is recorded once it ends:
    // never lost (the item stays `sending` until then), never sent again.
    settle: (itemId, settlement) =>
      gate.defer(() => {
        try {
          scheduler.settle(itemId, settlement)
        } catch (error) {
          // Damage found while the request was out: its answer cannot be written. The claim was
          // committed before the request left, so the file keeps the message as being sent; if
          // that file opens again, the scheduler's recover() makes it uncertain (the owner says
          // what became of it), never sent again. A restored copy pauses every campaign.
          if (!damageMetBy(error)) throw error
          console.error(`The answer to a Cloud API message could not be recorded: ${String(error)}`)
          return
        }
        if (settlement.kind === 'stop_sender') events.emit('senders.changed', { id: null })
      }),
    attempts: (itemId) => sendStore.item(itemId)?.attempts ?? 0,
    check: (e164) => check.checkNumber(e164),
  })
  let releaseAwake: (() => void) | undefined
  // The database's watch (made below, once the services are): background work that meets
  // damage marks the file damaged through it, as a call does.
  const made: { watch?: IntegrityWatch } = {}
  /** Whether the file is (now) known damaged; during the build the error is thrown on instead. */
  const damageMetBy = (error: unknown): boolean => {
    const { watch } = made
    if (!watch) return false
    watch.damageMet(error)
    return watch.damaged()
  }
  /** When damage was found: running campaigns show paused from then on (seen-when-damaged.ts). */
  let damagedAt: number | null = null
  const seen = <C extends Campaign>(campaign: C): C =>
    damagedAt === null ? campaign : seenWhenDamaged(campaign, damagedAt)
  const timeOf = (at: number, timeZone: string) =>
    new Date(at).toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone })
  const scheduler: Scheduler = createScheduler({
    db,
    clock: background,
    random: options.random ?? Math.random,
    ...(options.lateAfterMs === undefined ? {} : { lateAfterMs: options.lateAfterMs }),
    check,
    sender: (id) => senders.get(id),
    damageMet: (error) => {
      if (!damageMetBy(error)) throw error
    },
    hooks: {
      compose: (campaign, item) =>
        compose.campaign(campaign, {
          contactId: item.contact_id,
          name: item.name,
          e164: item.e164 ?? '',
        }),
      deliver(task, sender, campaign) {
        if (sender.channel === 'cloud_api') cloud.deliver(task, sender, campaign)
        else assisted.deliver(task, sender, campaign)
      },
      optOut: (e164, source) => {
        optOuts.optOut([e164], source, '')
        events.emit('optOuts.changed', { reason: 'added' })
        changed('opt_out', undefined)
      },
      tokenRejected: (senderId) => {
        connections.tokenRejected(senderId)
        events.emit('senders.changed', { id: senderId })
      },
      changed: (id) => {
        events.emit('campaigns.changed', { id })
      },
      notify(kind, campaign, at) {
        const text = notices[campaign.language]
        capabilities.notify(
          kind === 'finished'
            ? text.finished(campaign.name)
            : text.limit(
                campaign.name,
                at === null ? '' : timeOf(at, senders.get(campaign.sender_id).timeZone),
              ),
        )
      },
      keepAwake(on) {
        releaseAwake?.()
        releaseAwake = on ? capabilities.keepAwake('Rupor is sending a campaign') : undefined
      },
    },
  })
  // What people wrote (read from imported webhook events): a likely stop waits for the owner.
  const replies = createRepliesService({
    db,
    clock,
    optOut: (e164, note) => {
      const { added } = optOuts.optOut([e164], 'reply_keyword', note)
      if (added > 0) optedOut('added', undefined)
    },
  })
  const cloudService = createCloudService({
    db,
    clock,
    connections,
    media: cloudMedia,
    deliveries: createDeliveryUpdates(db),
    sender: (id) => senders.get(id),
    optOut: (e164s, source, note = '') => {
      const { added } = optOuts.optOut(e164s, source, note)
      if (added > 0) optedOut('added', undefined)
      return added
    },
    onEffect(senderId, effect) {
      if (effect.kind === 'unchanged') return
      if (effect.campaignId !== null) events.emit('campaigns.changed', { id: effect.campaignId })
      if (effect.kind === 'pacing_drop') {
        // Meta dropped a held message: the number's campaigns pause (for portfolio pacing, those
        // of every number of the portfolio), saying why, before more of the list is lost.
        const numbers =
          effect.pacing === 'portfolio' ? connections.portfolioSenders(senderId) : [senderId]
        scheduler.pauseSenders(numbers, pacingPause(effect, clock.now()))
        events.emit('senders.changed', { id: null })
      }
      if (effect.kind === 'failed' && effect.pause !== null && effect.campaignId !== null) {
        // A fault in the message reported later (a lost media id, a refused parameter): the
        // campaign pauses before the rest of its list fails the same way; a media id Meta could
        // not use is dropped, so resuming uploads the file again.
        const campaign = sendStore.campaign(effect.campaignId)
        const headerFile = campaign ? cloudTemplateOf(campaign)?.headerMedia : null
        if (effect.pause.code === mediaErrorCode && headerFile && campaign) {
          cloudMedia.forget(campaign.sender_id, headerFile.sha256)
        }
        scheduler.pauseCampaign(effect.campaignId, effect.pause)
      }
      if (effect.kind === 'failed' && effect.block !== null) {
        // A policy failure reported later stops the number just as a refused send would.
        scheduler.blockSender(senderId, effect.block)
        events.emit('senders.changed', { id: senderId })
      }
    },
  })
  const campaigns = createCampaignsService({
    db,
    clock,
    senders,
    check,
    scheduler: () => scheduler,
    compose,
    capabilities,
    preflight: (senderId, template) => cloudService.preflight(senderId, template),
    shopName,
  })
  const listMessages = createListMessages({
    db,
    clock,
    compose,
    shopName,
    readPhoneList,
    checkListMessage,
    // As the assisted "asked to stop": the owner's word, onto the opt-out list now.
    optOut: (e164) => {
      optOuts.optOut([e164], 'assisted_send', '')
      optedOut('added', undefined)
    },
  })
  const risk = createRiskService({
    db,
    clock,
    senders,
    facts: createRiskFacts({ db, store: sendStore, check, compose }),
  })
  const forecaster = createForecaster({
    db,
    clock,
    policy,
    defaultCountry,
    cloudOf: (id) => connections.connection(id),
    capabilities,
    shopName,
    ...(options.forecastRandom ? { random: options.forecastRandom } : {}),
  })
  const results = createResultsService({
    db,
    clock,
    senders,
    counts: (id) => campaigns.get(id).counts,
  })
  const blocks = createBlockHistory(db)
  const campaignChanged = <T extends { id: number }>(value: T): T => {
    events.emit('campaigns.changed', { id: value.id })
    return value
  }
  /** Every campaign that needs the app open is paused (the tray's «pause all», restoring a copy). */
  const pauseRunning = (): number => {
    let paused = 0
    for (const c of campaigns.list()) {
      if (!needsTheApp(c)) continue
      campaignChanged(campaigns.pause(c.id))
      paused += 1
    }
    return paused
  }
  /**
   * A quit pauses the running campaigns (and the scheduled ones when the owner chose «Приостановить
   * и выйти»: desktop/close-decision.ts), saying why, so the campaign's page tells the owner at the
   * next start: never the owner's own silent pause.
   */
  const pauseForQuit = (scope: QuitPauseScope): number => {
    let paused = 0
    for (const c of campaigns.list()) {
      if (!needsTheApp(c)) continue
      if (scope === 'running' && c.state !== 'running') continue
      const reason: PauseReason = {
        reason: 'app_quit',
        code: null,
        message: '',
        until: null,
        at: clock.now(),
      }
      campaignChanged(campaigns.pause(c.id, reason))
      paused += 1
    }
    return paused
  }

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
  const mirror = createBackupMirror({
    file: backupMirrorFileOf(dataDir),
    dataDir,
    mainFolder: join(dataDir, 'backups'),
    now: () => clock.now(),
    kept: backupsKept,
  })
  const backups = createBackupService({
    db,
    clock: background,
    folder: join(dataDir, 'backups'),
    mirror,
    pruneOld: () => pruneOldCopies(dataDir, clock.now()),
    onCreated: (backup) => events.emit('backups.changed', backup),
    // Silent damage never rotates the last good copy away: a copy waits for a check under way,
    // is never taken of a damaged file, and is itself checked (in a worker) before old ones go.
    checkCopy: (file) =>
      checkInBackground({
        file,
        ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
      }).done,
    onCopyDamaged: () => integrity.checkNow(),
    // A daily copy that read a damaged page: the file is marked damaged, as a call would.
    log: (error) => {
      damageMetBy(error)
      console.error(error)
    },
    databaseChecked: () => integrity.idle(),
    damaged: () => integrity.damaged(),
  })
  const backupsOverview = () => ({
    folder: backups.folder,
    backups: backups.list(),
    kept: backupsKept,
    mirror: mirror.state(),
    canChooseFolder: options.capabilities.chooseFolder !== undefined,
  })
  // An opt-out, a contact's edit or the consent rule may leave an open task with someone who may
  // no longer be messaged: whatever path changed it (a window, the Cloud API's "stop", a reply
  // file, the scheduler's own "asked to stop"), it emits one of these, and the task is withdrawn.
  const stopWithdrawing = events.subscribe((message) => {
    if (
      message.name !== 'optOuts.changed' &&
      message.name !== 'contacts.changed' &&
      message.name !== 'settings.changed'
    )
      return
    try {
      scheduler.withdrawIneligible()
    } catch (error) {
      // The change itself is saved: a failure here must not report it failed.
      console.error('Withdrawing open tasks failed:', error instanceof Error ? error.name : 'error')
    }
  })
  const stopListening = events.subscribe((message) => {
    if (message.name === 'imports.finished' && message.payload.status === 'finished') {
      changed('import', undefined)
    }
  })
  // The app's updates: offered only while no campaign is sending (updates/update-decision.ts).
  const updates = createUpdateService({
    clock: background,
    updater: capabilities.updates,
    unavailable: options.shell === 'browser' ? 'browser' : 'development',
    version: options.version,
    sendingNow: createSendingNow(db, (id) => senders.get(id)),
    language: () => settings.get().language,
    onStatus: (status) => events.emit('updates.changed', status),
  })
  const stopUpdateWatch = events.subscribe((message) => {
    // A campaign started, paused or finished, or a number's window changed: sending or not?
    if (message.name !== 'campaigns.changed' && message.name !== 'senders.changed') return
    // The scheduler emits this from inside its tick (after a claim): an updater's fault must never
    // reach it, or the number would pause as Rupor's internal error with its task undelivered.
    try {
      updates.campaignsChanged()
    } catch (error) {
      console.error('The update decision failed:', error instanceof Error ? error.name : 'error')
    }
  })

  // Taken once the core is built (just before it is returned): a start that fails keeps it.
  const atStart: { recovered?: RecoveryNote } = {}
  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version,
      dataDir,
      databaseFile,
      logFile: logFileOf(dataDir),
      schemaVersion: schemaVersion(db),
      shell: options.shell,
      cloudServers,
      secretsEncrypted: capabilities.secrets.encrypted,
      // The watch is made below, before any call can come.
      databaseDamaged: integrity.damaged(),
      ...(atStart.recovered ? { recovered: atStart.recovered } : {}),
    }),
    // Closed in one window: no other window of this run (a new one, a tab) shows it again.
    'app.recoverySeen': ({ at }) => {
      if (atStart.recovered?.at !== at) return { seen: false }
      delete atStart.recovered
      dropRecoveryNote(dataDir) // again, in case it could not be deleted at the start
      return { seen: true }
    },
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),

    'contacts.query': (query) => contacts.query(query),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.update': (update) => changed('edit', contacts.update(update)),
    'contacts.delete': (input) => changed('delete', contacts.delete(contacts.idsOf(input))),
    'contacts.undoDelete': ({ undoToken }) => changed('delete', contacts.undoDelete(undoToken)),
    'contacts.tag': (tagging) =>
      changed('tag', contacts.tag({ ...tagging, ids: contacts.idsOf(tagging) })),
    'contacts.tags': () => contacts.tags(),
    'contacts.exportCsv': (request) => contacts.exportCsv(request),
    'contacts.markConsent': (mark) => changed('edit', markConsent(db, clock, mark)),
    'contacts.markSavedNumber': (mark) => changed('edit', markSavedNumber(db, clock, mark)),

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
    'optOuts.addContacts': (input) =>
      optedOut('added', optOuts.addContacts(contacts.idsOf(input), input.note)),
    'optOuts.importFile': async ({ base64, note }) =>
      optedOut('added', await optOuts.importFile(base64, note)),
    'optOuts.resubscribe': ({ e164s, note }) =>
      optedOut('resubscribed', optOuts.resubscribe(e164s, note)),
    'optOuts.exportCsv': ({ language }) => optOuts.exportCsv(language),
    'optOuts.check': ({ number }) => check.checkNumber(number),

    'replies.ofContact': ({ contactId }) => replies.ofContact(contactId),
    'replies.ofCampaign': ({ campaignId }) => replies.ofCampaign(campaignId),
    'replies.toReview': () => replies.toReview(),
    'replies.decide': ({ id, decision }) => {
      const reply = replies.decide(id, decision)
      events.emit('replies.changed', { reason: 'decision' })
      return reply
    },

    'lists.all': () => lists.all(),
    'lists.get': ({ id }) => lists.get(id),
    'lists.phoneReach': ({ id }) => phoneReach(id),
    'lists.create': (input) => {
      const list = lists.create(input)
      return listChanged(list.id, list)
    },
    'lists.update': (input) => listChanged(input.id, lists.update(input)),
    'lists.addMembers': (input) =>
      listChanged(
        input.id,
        lists.addMembers(input.id, 'matching' in input ? contacts.idsOf(input) : input.contactIds),
      ),
    'lists.addMatching': ({ id, filter, onlyEligible }) =>
      listChanged(id, lists.addMatching(id, filter, onlyEligible)),
    'lists.removeMembers': ({ id, contactIds }) =>
      listChanged(id, lists.removeMembers(id, contactIds)),
    'lists.duplicate': ({ id, name }) => listChanged(null, lists.duplicate(id, name)),
    'lists.delete': ({ id }) => listChanged(id, lists.delete(id)),
    'lists.plan': ({ selection, onlyEligible }) =>
      lists.plan(listSelectionOf(selection), onlyEligible),
    'lists.build': (input) =>
      lists
        .build({ ...input, selection: listSelectionOf(input.selection) })
        .then((built) => listChanged(null, built)),
    'lists.export': ({ id, format, language }) => lists.export(id, format, language),

    'phoneLists.get': ({ listId }) => phoneLists.get(listId),
    'phoneLists.record': (input) => listChanged(input.listId, phoneLists.record(input)),
    'phoneLists.confirmRemoved': (input) =>
      listChanged(input.listId, phoneLists.confirmRemoved(input)),
    'phoneLists.confirmAdded': (input) => listChanged(input.listId, phoneLists.confirmAdded(input)),
    'phoneLists.forget': ({ listId }) => listChanged(listId, phoneLists.forget(listId)),
    'phoneLists.vcard': ({ listId, only }) => phoneLists.vcard(listId, only),

    'senders.list': () => senders.list(),
    'senders.save': (input) => {
      const sender = senders.save(input)
      events.emit('senders.changed', { id: sender.id })
      scheduler.kick(sender.id, false)
      return sender
    },
    'senders.delete': async ({ id }) => {
      const outcome = senders.delete(id)
      scheduler.forget(id)
      // Its Cloud API token leaves the secret store with it.
      await connections.forget(id)
      events.emit('senders.changed', { id })
      return outcome
    },
    'senders.usage': ({ id }) => usageOf(senders.get(id), sendStore, clock.now()),
    'senders.liftBlock': ({ id }) => {
      const sender = senders.liftBlock(id)
      events.emit('senders.changed', { id })
      return sender
    },

    'senders.reportBlock': ({ id, kind, hours, at }) => {
      senders.get(id)
      scheduler.blockSender(id, reportedBlock({ kind, hours, at }, clock.now()))
      events.emit('senders.changed', { id })
      return senders.get(id)
    },
    'senders.blockReport': ({ id }) => {
      const sender = senders.get(id)
      const history = blocks.of(id, clock.now())
      const latest = history[0]
      return {
        senderId: id,
        current: history.find((record) => record.endedAt === null) ?? null,
        history,
        causes: latest ? risk.causesAt(id, latest.block.at) : [],
        warmUpFrom: sender.warmUpFrom,
      }
    },
    'senders.totals': ({ id }) => results.senderTotals(id),

    'risk.draft': (draft) => risk.draft(draft),
    'risk.campaign': ({ id }) => risk.campaign(id),
    'risk.sender': ({ id }) => risk.sender(id),
    'risk.forecastDraft': (draft) => forecaster.forecast({ kind: 'draft', draft }),
    'risk.forecastCampaign': ({ id }) => forecaster.forecast({ kind: 'campaign', id }),
    'risk.forecastSender': ({ id }) => forecaster.forecast({ kind: 'sender', id }),

    'cloud.connect': async (input) => {
      await cloudService.connect(input)
      events.emit('senders.changed', { id: input.senderId })
      return senders.get(input.senderId)
    },
    'cloud.check': async ({ senderId }) => {
      try {
        return await cloudService.check(senderId)
      } finally {
        events.emit('senders.changed', { id: senderId })
      }
    },
    'cloud.setPortfolio': ({ senderId, withSenderId }) => {
      choosePortfolio(connections, senderId, withSenderId)
      events.emit('senders.changed', { id: null })
      return senders.get(senderId)
    },
    'cloud.templates': ({ senderId }) => cloudService.templates(senderId),
    'cloud.mediaCreate': (input) => {
      if (senders.get(input.senderId).channel !== 'cloud_api') {
        throw new CoreError('wrong_state', 'This sender does not use the Cloud API.', undefined, {
          state: 'assisted',
        })
      }
      return cloudMedia.create(input)
    },
    'cloud.mediaAppend': (input) => cloudMedia.append(input),
    'cloud.mediaFinish': ({ uploadId }) => cloudMedia.finish(uploadId),
    'cloud.importEvents': ({ senderId, base64 }) => {
      const outcome = cloudService.importEvents(senderId, Buffer.from(base64, 'base64'))
      if (outcome.replies > 0) events.emit('replies.changed', { reason: 'import' })
      return outcome
    },
    'cloud.refreshStatuses': async ({ senderId }) => {
      try {
        return await cloudService.refreshStatuses(senderId)
      } finally {
        events.emit('senders.changed', { id: senderId })
      }
    },

    'campaigns.list': () => campaigns.list().map(seen),
    'campaigns.get': ({ id }) => seen(campaigns.get(id)),
    'campaigns.save': (input) => campaignChanged(campaigns.save(input)),
    'campaigns.delete': ({ id }) => {
      const outcome = campaigns.delete(id)
      events.emit('campaigns.changed', { id })
      return outcome
    },
    'campaigns.preview': (input) => campaigns.preview(input),
    'campaigns.start': async ({ id }) => campaignChanged(await campaigns.start(id)),
    'campaigns.pause': ({ id }) => campaignChanged(campaigns.pause(id)),
    'campaigns.resume': async ({ id }) => campaignChanged(await campaigns.resume(id)),
    'campaigns.cancel': ({ id }) => campaignChanged(campaigns.cancel(id)),
    'campaigns.items': (query) => campaigns.items(query),
    'campaigns.results': ({ id }) => results.campaign(id),
    'campaigns.itemsCsv': ({ id, state, language }) => results.itemsCsv(id, state, language),
    'campaigns.confirm': ({ itemId, outcome }) =>
      campaignChanged(campaigns.toCampaign(scheduler.confirm(itemId, outcome))),
    'campaigns.resolve': ({ itemId, outcome }) =>
      campaignChanged(campaigns.toCampaign(scheduler.resolve(itemId, outcome))),
    'campaigns.reopenChat': ({ id }) => campaigns.reopenChat(id),
    'campaigns.testSend': ({ id }) => campaigns.testSend(id),
    'campaigns.listMessage': ({ id }) => listMessages.plan(id),
    'campaigns.recordListMessage': ({ id, sentAt }) => {
      const plan = listMessages.record(id, sentAt)
      events.emit('campaigns.changed', { id })
      // The sender's gauges read the ledger the list message just wrote.
      events.emit('senders.changed', { id: campaigns.get(id).senderId })
      return plan
    },
    'campaigns.markReply': ({ itemId, reply }) => {
      const { campaignId } = listMessages.markReply(itemId, reply)
      if (reply === 'replied') changed('edit', undefined)
      return campaignChanged(campaigns.get(campaignId))
    },

    'backups.list': () => backupsOverview(),
    'backups.create': () => backups.create(),
    'backups.setMirror': ({ folder }) => {
      mirror.setFolder(folder)
      return backupsOverview()
    },
    'backups.chooseFolder': async () => {
      const choose = options.capabilities.chooseFolder
      if (!choose) {
        throw new CoreError('wrong_state', 'Type the folder’s path here.', undefined, {
          state: 'unavailable',
        })
      }
      return { folder: await choose() }
    },
    'backups.restore': async ({ name, location }) => {
      restoring = true
      const outcome = await restoreBackup(name, location, {
        backups,
        databaseFile,
        now: () => clock.now(),
        importing: () =>
          imports.importing() ||
          db.prepare("SELECT 1 FROM imports WHERE status = 'running' LIMIT 1").get() !== undefined,
        buildingLists: () => lists.building(),
        ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
        pauseCampaigns: () => {
          pauseRunning()
        },
        settled: async () => {
          await cloud.idle()
          await backups.idle()
        },
        reopen: options.reopen,
      }).finally(() => (restoring = false))
      // The bus outlives this core: the windows hear it from the one reopened on the copy.
      events.emit('backups.restored', outcome)
      return outcome
    },
    'data.exportAll': ({ language }) =>
      exportEverything(
        {
          db,
          clock,
          optOutsCsv: (lang) => optOuts.exportCsv(lang).content,
          lists: () => lists.all(),
          listCsv: (id, lang) => lists.export(id, 'csv', lang).content,
          campaigns: () => campaigns.list(),
          campaignItemsCsv: (id, lang) => results.itemsCsv(id, undefined, lang).content,
          senderLabels: () => new Map(senders.list().map((s) => [s.id, s.label])),
        },
        language,
      ),
    'optIn.link': (input) => optIn.link(input),
    'optIn.qrPng': (input) => optIn.png(input),
    'optIn.poster': (input) => optIn.poster(input),
    'optIn.previewWrote': ({ text }) => optIn.previewWrote(text),
    'optIn.markWrote': ({ text, language }) => changed('edit', optIn.markWrote(text, language)),
    'updates.status': () => updates.status(),
    'updates.check': () => updates.checkNow(),
    'updates.restart': () => updates.restartNow(),
  }
  scheduler.recover()
  const statusPollMs =
    options.statusPollMs === undefined ? defaultStatusPollMs : options.statusPollMs
  const poller =
    statusPollMs === null
      ? undefined
      : createStatusPoller({
          clock: background,
          everyMs: statusPollMs,
          senders: () => senders.list(),
          // Background work: it leaves the owner's share of the hourly budget untouched.
          // Held: an import's apply waits for a refresh under way (its answers are written).
          refresh: (id) =>
            gate.hold(async () => {
              try {
                return await cloudService.refreshStatuses(id, 'background')
              } catch (error) {
                // Quiet for a number's own trouble, but damage stops the writes (and the poller).
                damageMetBy(error)
                throw error
              } finally {
                events.emit('senders.changed', { id })
              }
            }),
        })
  poller?.start()
  updates.start()
  /**
   * The shell's pauses (the tray, the quit) go on when the pause cannot be written (a damaged
   * file refuses every write): the quit still quits. Nothing sends meanwhile — damage stops the
   * scheduler — and the campaigns' state is the last one written.
   */
  /**
   * The shell's reads (the close dialog, the tray, the dialogs' language): a read that meets damage
   * marks the file damaged and answers `instead`, so a quit is never stuck on it.
   */
  const readDespiteDamage = <T>(what: string, read: () => T, instead: T): T => {
    try {
      return read()
    } catch (error) {
      if (!damageMetBy(error)) throw error
      console.warn(`The ${what} could not be read from the damaged database:`, String(error))
      return instead
    }
  }
  const pauseOrGoOn = (what: string, pause: () => number): number => {
    try {
      return pause()
    } catch (error) {
      console.warn(`The campaigns could not be paused (${what}), going on:`, String(error))
      return 0
    }
  }
  /**
   * While an import's apply holds the write lock the pause cannot be written yet: nothing is sent
   * from this moment (the scheduler holds), and the pause is written once the gate opens.
   */
  const pauseThroughGate = async (what: string, pause: () => number): Promise<number> => {
    if (!gate.closed()) return pauseOrGoOn(what, pause)
    const release = scheduler.hold()
    try {
      return await gate.hold(() => pauseOrGoOn(what, pause))
    } finally {
      release()
    }
  }
  // The full check (every page) runs after an unclean shutdown and once a week, in a worker:
  // the app is usable meanwhile, and only damage found changes anything.
  const integrity = createIntegrityWatch({
    db,
    clock: background,
    knownWhole,
    check: () =>
      checkInBackground({
        file: databaseFile,
        ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
      }),
    onDamaged: (problems) => {
      // Reads go on; SQLite refuses every write on this connection from now on. Nothing sends
      // (a claim could not be recorded), no daily copy pushes a good one out, and the next start
      // checks first and offers the recovery.
      db.pragma('query_only = ON')
      damagedAt = clock.now()
      scheduler.stop()
      imports.stopForDamage()
      poller?.stop()
      stopBackups?.()
      try {
        noteDamage(databaseFile, problems)
      } catch (error) {
        console.error('The damage note could not be written:', String(error))
      }
      // Every window shows it (a window opened later reads it from app.info), and the campaigns
      // that were sending show paused, saying why.
      events.emit('database.damaged', { at: clock.now() })
      try {
        for (const campaign of campaigns.list())
          if (needsTheApp(campaign)) events.emit('campaigns.changed', { id: campaign.id })
      } catch (error) {
        console.error('The campaigns could not be read after the damage:', String(error))
      }
    },
  })
  made.watch = integrity
  integrity.start()
  // After the watch: today's copy waits for a check it started (backup-service.ts).
  // (The watch's onDamaged stops it: never called before this line, a check answers later.)
  const stopBackups = options.dailyBackups ? backups.start() : undefined
  atStart.recovered = takeRecoveryNote(dataDir)

  let closing: Promise<void> | undefined
  // A Cloud API send or a daily copy under way ends (and is recorded) before an apply locks.
  gate.alsoWaitFor(() => cloud.idle())
  gate.alsoWaitFor(() => backups.idle())

  return {
    handlers: gateWrites(refuseWritesWhenDamaged(handlers, integrity), gate),
    /** For the later senders: the same opt-out and eligibility rules the UI uses. */
    optOuts,
    check,
    events,
    migration,
    capabilities: options.capabilities,
    scheduler,
    /** The Cloud API channel: tests wait on `idle()` for requests in flight. */
    cloud,
    /** The daily copies: tests wait on `idle()` for one being written. */
    backups,
    /** The database's full check (off the start): tests wait on `idle()` for one under way. */
    integrity,
    /** Closed while the import worker's apply holds the write lock (tests look, never touch). */
    writeGate: { closed: () => gate.closed() },
    /** For the desktop shell (closing the window, the tray): no call of the API, no IPC. */
    desktop: {
      // Asked before every close and quit: it answers on a damaged file too (nothing sends then).
      activity: () =>
        readDespiteDamage('activity', () => activityOf(campaigns.list().map(seen)), {
          running: 0,
          nextSendAt: null,
          awaitingOwner: false,
        }),
      /** The tray's «Приостановить все рассылки»: the owner's own pause. */
      pauseAll: () => pauseThroughGate('pauseAll', pauseRunning),
      /** Before a quit: pauses saying why (close-decision.ts picks the scope). */
      pauseForQuit: (scope: QuitPauseScope) => {
        // The quit does not wait for a whole file to be read and applied before its pause lands.
        imports.cancelWhileReading()
        return pauseThroughGate('pauseForQuit', () => pauseForQuit(scope))
      },
      /**
       * The app is quitting (or the OS session ending): the updater asks nothing from now on, not
       * even when the pause before the quit leaves nothing sending.
       */
      quitting: () => {
        updates.stop()
      },
      /** A file is being imported: the close dialog says closing now cancels it. */
      importing: () => imports.importing(),
      /** The owner's language setting (null: the system's), for the dialogs and the tray. */
      language: () => readDespiteDamage('language', () => settings.get().language, null),
    },
    /**
     * Stops everything at once; the file is closed now, or — an import or a list build running —
     * once its worker has ended and its end recorded (`closed()` tells when).
     */
    close: () => {
      if (closing) return
      stopBackups?.()
      stopUpdateWatch()
      updates.stop()
      stopListening()
      stopWithdrawing()
      poller?.stop()
      scheduler.stop()
      integrity.stop()
      // Only a file known whole: a close while the check runs (or could not run) leaves no record.
      const closeFile = (): void =>
        closeDatabaseCleanly(db, databaseFile, integrity.state() === 'whole')
      if (!imports.importing() && !lists.building()) {
        closeFile()
        closing = Promise.resolve()
        return
      }
      // A list build's worker: ended if not yet writing, else let commit (whole or none), then
      // the file closes once its gate has opened.
      closing = Promise.all([
        imports
          .close()
          .catch((error: unknown) => console.error('An import could not be stopped:', error)),
        lists
          .close()
          .catch((error: unknown) => console.error('A list build could not be ended:', error)),
      ]).then(closeFile)
    },
    /** Resolves once `close()` has closed the file. */
    closed: (): Promise<void> => closing ?? Promise.reject(new Error('The core is not closing.')),
  }
}

// The one API contract. Every call the renderer can make and every event the core pushes is an
// entry here; the preload bridge, the ipcMain handlers, the host's HTTP routes and the renderer's
// client are all derived from these two maps. A new call is one entry in this file.
import {
  mediaChunkSchema,
  mediaCreateSchema,
  mediaFinishSchema,
  type MediaFile,
} from './template-parts'
import { z } from 'zod'
import {
  contactExportSchema,
  contactIdSchema,
  contactIdsSchema,
  contactQuerySchema,
  contactTagSchema,
  contactUndoSchema,
  contactUpdateSchema,
  savedNumberMarkSchema,
  type SavedNumberMarkOutcome,
  type Contact,
  type ContactPage,
  type DeleteOutcome,
  type DownloadFile,
  type TagCount,
} from './contacts'
import { consentMarkSchema, type ConsentMarkOutcome } from './consent'
import {
  importChunkSchema,
  importCreateSchema,
  importIdSchema,
  importPreviewSchema,
  importProblemsSchema,
  importProblemsCsvSchema,
  importStartSchema,
  type ImportPreview,
  type ImportProgress,
  type ImportReport,
  type RowProblem,
} from './imports'
import {
  campaignConfirmSchema,
  campaignIdSchema,
  campaignInputSchema,
  campaignItemsSchema,
  campaignPreviewSchema,
  campaignResolveSchema,
  type AssistedTask,
  type Campaign,
  type CampaignDetail,
  type CampaignItemsPage,
  type MessagePreview,
} from './campaigns'
import type { Eligibility } from './eligibility'
import { fileLanguageInputSchema } from './file-language'
import {
  listAddMatchingSchema,
  listAddMembersSchema,
  listBuildSchema,
  listCreateSchema,
  listDuplicateSchema,
  listExportSchema,
  listIdInputSchema,
  listMembersSchema,
  listPlanSchema,
  listUpdateSchema,
  type AddMembersOutcome,
  type ListDetail,
  type ListPlan,
  type ListSummary,
} from './lists'
import { markReplySchema, recordListMessageSchema, type ListMessagePlan } from './list-message'
import {
  optOutAddContactsSchema,
  optOutAddNumbersSchema,
  optOutCheckSchema,
  optOutImportFileSchema,
  optOutQuerySchema,
  optOutResubscribeSchema,
  type OptOutAddOutcome,
  type OptOutPage,
} from './opt-outs'
import {
  repliesOfCampaignSchema,
  repliesOfContactSchema,
  replyDecideSchema,
  type Reply,
} from './replies'
import {
  senderIdSchema,
  senderInputSchema,
  type SavedSender,
  type Sender,
  type SenderUsage,
} from './senders'
import { settingsPatchSchema, type Settings } from './settings'
import {
  cloudConnectSchema,
  cloudImportEventsSchema,
  cloudSenderSchema,
  cloudPortfolioSchema,
  type CloudAccount,
  type CloudTemplate,
  type StatusRefreshOutcome,
  type WebhookImportOutcome,
} from './cloud-api'
import type { PhoneReach } from './phone-reach'
import {
  phoneListConfirmSchema,
  phoneListIdSchema,
  phoneListRecordSchema,
  phoneListVcardSchema,
  type PhoneList,
  type PhoneListView,
} from './phone-lists'
import { riskDraftSchema, type Forecast, type RiskAssessment } from './risk'
import { campaignItemsCsvSchema, type CampaignResults, type SenderTotals } from './campaign-results'
import { reportBlockSchema, type BlockReport } from './blocks'
import {
  optInLinkSchema,
  optInPosterSchema,
  optInWroteSchema,
  type OptInLink,
  type OptInMarkPlan,
} from './opt-in'
import {
  backupMirrorSchema,
  backupRestoreSchema,
  type Backup,
  type BackupsOverview,
  type BinaryDownload,
  type RestoreOutcome,
} from './backups'
import type { UpdateStatus } from './updates'

/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- phantom types are the point */
/** Declares a call: its input schema now, its output type as a phantom. */

const call =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })

/** Declares an event by its payload type. */
const event = <Payload>() => ({ payload: undefined as unknown as Payload })
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */

const none = z.object({}).strict()

export interface AppInfo {
  version: string
  dataDir: string
  databaseFile: string
  /** The log the app writes (errors, by name and code: nothing personal); older ones beside it. */
  logFile: string
  schemaVersion: number
  /** Where the app runs: the desktop app, or the browser host. */
  shell: 'desktop' | 'browser'
  /**
   * The Cloud API server addresses a number may use: Meta's alone, unless this is a test build or
   * a host started with a test server's address (then the form shows the address field).
   */
  cloudServers: string[]
  /**
   * Whether a token is kept encrypted by the OS keychain. False in the browser host and on Linux
   * without a keyring: the connect form says so before the token is typed, and offers not to.
   */
  secretsEncrypted: boolean
  /**
   * A check (or a call) found the database file damaged while the app ran: nothing is written
   * any more until a restart's recovery. A window opened after the fact shows it from here.
   */
  databaseDamaged: boolean
  /**
   * A damaged database was recovered just before this start: what was done, in each language
   * (the window shows it once; the next start no longer has it).
   */
  recovered?: { at: number; ru: string; en: string }
}

export const calls = {
  'app.info': call<AppInfo>()(none),
  /** The owner closed the recovery's summary (`AppInfo.recovered.at`): no window shows it again. */
  'app.recoverySeen': call<{ seen: boolean }>()(z.object({ at: z.number() }).strict()),
  'settings.get': call<Settings>()(none),
  'settings.update': call<Settings>()(settingsPatchSchema),

  'contacts.query': call<ContactPage>()(contactQuerySchema),
  'contacts.get': call<Contact>()(contactIdSchema),
  'contacts.update': call<Contact>()(contactUpdateSchema),
  'contacts.delete': call<DeleteOutcome>()(contactIdsSchema),
  'contacts.undoDelete': call<{ restored: number }>()(contactUndoSchema),
  'contacts.tag': call<{ changed: number }>()(contactTagSchema),
  'contacts.tags': call<TagCount[]>()(none),
  'contacts.exportCsv': call<DownloadFile>()(contactExportSchema),
  /** «Согласие получено» for ticked contacts or everyone a filter finds; opt-outs never touched. */
  'contacts.markConsent': call<ConsentMarkOutcome>()(consentMarkSchema),
  /** «Сохранил(а) наш номер: да / нет / неизвестно» for ticked or found contacts, as the owner's word. */
  'contacts.markSavedNumber': call<SavedNumberMarkOutcome>()(savedNumberMarkSchema),

  'imports.create': call<{ importId: string }>()(importCreateSchema),
  'imports.appendChunk': call<{ received: number }>()(importChunkSchema),
  'imports.preview': call<ImportPreview>()(importPreviewSchema),
  'imports.start': call<ImportProgress>()(importStartSchema),
  'imports.cancel': call<ImportProgress>()(importIdSchema),
  'imports.report': call<ImportReport>()(importIdSchema),
  'imports.problems': call<RowProblem[]>()(importProblemsSchema),
  /** Every rejected or flagged row as CSV (the file's own columns + line + reason), to fix and re-import. */
  'imports.problemsCsv': call<DownloadFile>()(importProblemsCsvSchema),

  'optOuts.query': call<OptOutPage>()(optOutQuerySchema),
  /** Pasted numbers in any spelling; the unreadable ones come back with their line and reason. */
  'optOuts.addNumbers': call<OptOutAddOutcome>()(optOutAddNumbersSchema),
  /** Every number of each contact ("does not want messages" on a card or a selection). */
  'optOuts.addContacts': call<OptOutAddOutcome>()(optOutAddContactsSchema),
  'optOuts.importFile': call<OptOutAddOutcome>()(optOutImportFileSchema),
  /** The only way off the list, confirmed and recorded. */
  'optOuts.resubscribe': call<{ removed: number }>()(optOutResubscribeSchema),
  'optOuts.exportCsv': call<DownloadFile>()(fileLanguageInputSchema),
  /** May this number be messaged now, and if not, why — the question every sender asks. */
  'optOuts.check': call<Eligibility>()(optOutCheckSchema),

  /** Everything a person wrote to the shop's Cloud API numbers, newest first. */
  'replies.ofContact': call<Reply[]>()(repliesOfContactSchema),
  /** The replies to a campaign's messages (quoting one, or written after the last one sent). */
  'replies.ofCampaign': call<Reply[]>()(repliesOfCampaignSchema),
  /** Likely requests to stop waiting for the owner's decision, oldest first. */
  'replies.toReview': call<{ total: number; rows: Reply[] }>()(none),
  /** "This is an opt-out" (the number goes on the opt-out list) or "not an opt-out". */
  'replies.decide': call<Reply>()(replyDecideSchema),

  'lists.all': call<ListSummary[]>()(none),
  'lists.get': call<ListDetail>()(listIdInputSchema),
  'lists.create': call<ListDetail>()(listCreateSchema),
  'lists.update': call<ListSummary>()(listUpdateSchema),
  /** Ticked contacts, or `matching`: everyone the book's «Выбрать всё» took. */
  'lists.addMembers': call<AddMembersOutcome>()(listAddMembersSchema),
  /** Everyone a filter finds, into an existing list (refused whole if it would pass 256). */
  'lists.addMatching': call<AddMembersOutcome>()(listAddMatchingSchema),
  'lists.removeMembers': call<{ removed: number }>()(listMembersSchema),
  'lists.duplicate': call<ListSummary>()(listDuplicateSchema),
  /** Deletes the list only; its people stay in the contact book. */
  'lists.delete': call<{ deleted: number }>()(listIdInputSchema),
  /** What a selection would become: counts by reason and the sizes of the lists it makes. */
  'lists.plan': call<ListPlan>()(listPlanSchema),
  /** A new list from a selection or a filter, or several near-equal ones when it holds over 256. */
  'lists.build': call<ListSummary[]>()(listBuildSchema),
  'lists.export': call<DownloadFile>()(listExportSchema),
  /** How many a list message from the phone would reach (may be messaged, saved the number), who it misses and why. */
  'lists.phoneReach': call<PhoneReach>()(listIdInputSchema),

  /** The list's broadcast list on the phone (with its to-do, computed now) and who may go on it. */
  'phoneLists.get': call<PhoneListView>()(phoneListIdSchema),
  /**
   * The owner made the list on the phone with these people (2..256); anyone who may not get a list
   * message is refused, named (phone_list_refused). Refused if the list already has one.
   */
  'phoneLists.record': call<PhoneList>()(phoneListRecordSchema),
  /** The owner took these people off the phone's list. */
  'phoneLists.confirmRemoved': call<PhoneList>()(phoneListConfirmSchema),
  /** The owner put these people on the phone's list (only those who may get a list message). */
  'phoneLists.confirmAdded': call<PhoneList>()(phoneListConfirmSchema),
  /** Rupor forgets the phone's list (deleted on the phone, or to make it again). */
  'phoneLists.forget': call<{ forgotten: number }>()(phoneListIdSchema),
  /** vCard of the people who may go on the phone's list (or only those to add), for its address book. */
  'phoneLists.vcard': call<DownloadFile>()(phoneListVcardSchema),

  'senders.list': call<Sender[]>()(none),
  /**
   * Creates (no id) or updates; limits may be stricter than WhatsApp's rules of thumb, never looser.
   * One sender per number: a number another sender has is refused (invalid_input, phone:
   * phone_taken, details.label); a deleted sender's number brings that sender back with its history.
   */
  'senders.save': call<SavedSender>()(senderInputSchema),
  /** Marks it deleted: its ledger and block history stay, and count if the number comes back. */
  'senders.delete': call<{ deleted: number }>()(senderIdSchema),
  /** Where the sender stands against its limits now: the gauges. */
  'senders.usage': call<SenderUsage>()(senderIdSchema),
  /** The owner has dealt with a block (ban centre): the number may start campaigns again. */
  'senders.liftBlock': call<Sender>()(senderIdSchema),
  /** The owner says WhatsApp blocked the number: every campaign of it pauses at once. */
  'senders.reportBlock': call<Sender>()(reportBlockSchema),
  /** The ban centre's page for one number: its block, past blocks, and their likely causes. */
  'senders.blockReport': call<BlockReport>()(senderIdSchema),
  /** What the number sent over the last 7 and 30 days. */
  'senders.totals': call<SenderTotals[]>()(senderIdSchema),

  /** The ban-risk meter for a campaign as the composer has it now, saved or not. */
  'risk.draft': call<RiskAssessment>()(riskDraftSchema),
  /** The meter for a saved campaign (a started one: for the people still to message). */
  'risk.campaign': call<RiskAssessment>()(campaignIdSchema),
  /** The meter for a number on its own: its limits, age, history and blocks. */
  'risk.sender': call<RiskAssessment>()(senderIdSchema),
  /** When the draft would finish if started now, from the scheduler run on a copy. */
  'risk.forecastDraft': call<Forecast>()(riskDraftSchema),
  /** When a campaign would finish at the current settings (a paused one: if resumed now). */
  'risk.forecastCampaign': call<Forecast>()(campaignIdSchema),
  /** When every running and scheduled campaign of a number would be done. */
  'risk.forecastSender': call<Forecast>()(senderIdSchema),

  /** Saves the Cloud API connection of a sender; the token goes to the secret store, never back. */
  'cloud.connect': call<Sender>()(cloudConnectSchema),
  /** Reads the number's name, quality, messaging limit, throughput and health from Meta. */
  'cloud.check': call<CloudAccount>()(cloudSenderSchema),
  /** Every template of the account (all pages), approved first. */
  'cloud.templates': call<CloudTemplate[]>()(cloudSenderSchema),
  /** Starts handing over a template header's file; its kind, type and size are judged first. */
  'cloud.mediaCreate': call<{ uploadId: string }>()(mediaCreateSchema),
  /** One piece of the file, in order (as base64). */
  'cloud.mediaAppend': call<{ received: number }>()(mediaChunkSchema),
  /** The whole file arrived: it is checked and kept for the number; Meta gets it at the start. */
  'cloud.mediaFinish': call<MediaFile>()(mediaFinishSchema),
  /** Applies a file of webhook events (JSON lines) saved by a relay: statuses, failures, stops. */
  'cloud.importEvents': call<WebhookImportOutcome>()(cloudImportEventsSchema),
  /** Asks the message-history endpoint how recent messages fared, where the account answers it. */
  'cloud.refreshStatuses': call<StatusRefreshOutcome>()(cloudSenderSchema),
  /** The owner says this number shares a business portfolio (and its tier) with another, or not. */
  'cloud.setPortfolio': call<Sender>()(cloudPortfolioSchema),

  'campaigns.list': call<Campaign[]>()(none),
  'campaigns.get': call<CampaignDetail>()(campaignIdSchema),
  /** A draft, or the text of a started campaign (affects only messages not yet sent). */
  'campaigns.save': call<Campaign>()(campaignInputSchema),
  'campaigns.delete': call<{ deleted: number }>()(campaignIdSchema),
  'campaigns.preview': call<MessagePreview[]>()(campaignPreviewSchema),
  'campaigns.start': call<Campaign>()(campaignIdSchema),
  'campaigns.pause': call<Campaign>()(campaignIdSchema),
  'campaigns.resume': call<Campaign>()(campaignIdSchema),
  'campaigns.cancel': call<Campaign>()(campaignIdSchema),
  'campaigns.items': call<CampaignItemsPage>()(campaignItemsSchema),
  /** Counts by reason, sends per hour and progress over time. */
  'campaigns.results': call<CampaignResults>()(campaignIdSchema),
  /** Every recipient's outcome (or those in one state) as CSV. */
  'campaigns.itemsCsv': call<DownloadFile>()(campaignItemsCsvSchema),
  /** The owner's answer for the person they were asked to message (assisted channel). */
  'campaigns.confirm': call<Campaign>()(campaignConfirmSchema),
  /** The owner's answer for an uncertain item; nothing is ever re-sent on its own. */
  'campaigns.resolve': call<Campaign>()(campaignResolveSchema),
  /** Opens WhatsApp again on the chat of the person due now. */
  'campaigns.reopenChat': call<{ url: string }>()(campaignIdSchema),
  /** A phone broadcast: may the list message go now (and why not), and its text as it will go. */
  'campaigns.listMessage': call<ListMessagePlan>()(campaignIdSchema),
  /** The owner sent the list message from the phone at sentAt: one sent row per person reached. */
  'campaigns.recordListMessage': call<ListMessagePlan>()(recordListMessageSchema),
  /** What a person answered a list message on the phone (null: no mark); an opt-out is for good. */
  'campaigns.markReply': call<Campaign>()(markReplySchema),
  /** Opens WhatsApp on the shop's own number with the message as the first person would get it. */
  'campaigns.testSend': call<{ url: string }>()(campaignIdSchema),

  /** The daily copies of the database, newest first, and the folder they are in. */
  'backups.list': call<BackupsOverview>()(none),
  /** A copy now ("Back up now"); it replaces today's earlier one. */
  'backups.create': call<Backup>()(none),
  /** Puts a copy in place of the database (the current one kept aside); refused if unusable. */
  'backups.restore': call<RestoreOutcome>()(backupRestoreSchema),
  /** The second folder each copy is also written to (a USB stick, a synced folder), or none. */
  'backups.setMirror': call<BackupsOverview>()(backupMirrorSchema),
  /** The desktop app's folder picker; null when the owner cancels. Not in the browser host. */
  'backups.chooseFolder': call<{ folder: string | null }>()(none),
  /** Contacts, opt-outs, lists, campaigns and the ledger as one zip of CSV files. */
  'data.exportAll': call<BinaryDownload>()(fileLanguageInputSchema),

  /** The QR opt-in's wa.me link and QR for a sender's number, or what to fill in first. */
  'optIn.link': call<OptInLink>()(optInLinkSchema),
  /** The QR as a PNG, for a website or a social page. */
  'optIn.qrPng': call<BinaryDownload>()(optInLinkSchema),
  /** The printable poster, A4 or A5, in the poster's language. */
  'optIn.poster': call<BinaryDownload>()(optInPosterSchema),
  /** What marking these pasted numbers as "wrote by QR" would do; nothing written. */
  'optIn.previewWrote': call<OptInMarkPlan>()(optInWroteSchema),
  /** Marks them: consent «QR-код», saved the number (likely), chats; new numbers added. */
  'optIn.markWrote': call<OptInMarkPlan>()(optInWroteSchema),

  /** The version running and where the next one stands (checked at start and daily). */
  'updates.status': call<UpdateStatus>()(none),
  /** "Check for updates": asks at once; a newer version downloads in the background. */
  'updates.check': call<UpdateStatus>()(none),
  /** Restarts into the downloaded version; never while a campaign is sending (then: held). */
  'updates.restart': call<UpdateStatus>()(none),
} as const

export const events = {
  'settings.changed': event<Settings>(),
  'contacts.changed': event<{ reason: 'import' | 'edit' | 'delete' | 'tag' | 'opt_out' }>(),
  'imports.progress': event<ImportProgress>(),
  'imports.finished': event<ImportReport>(),
  'optOuts.changed': event<{ reason: 'added' | 'resubscribed' }>(),
  /** Replies were imported, or the owner decided on one. */
  'replies.changed': event<{ reason: 'import' | 'decision' }>(),
  'lists.changed': event<{ id: number | null }>(),
  'senders.changed': event<{ id: number | null }>(),
  'campaigns.changed': event<{ id: number }>(),
  /** A paced moment has come: the owner is asked to message this person (assisted channel). */
  'campaigns.task': event<AssistedTask>(),
  /** A new daily (or requested) copy of the database is in place. */
  'backups.changed': event<Backup>(),
  /** The database was replaced by a copy: every window shows the data again from scratch. */
  'backups.restored': event<RestoreOutcome>(),
  /** The updater's state changed (checking, a download's progress, ready, held, an error). */
  'updates.changed': event<UpdateStatus>(),
  /** Damage was found in the database file: from now on nothing is written (AppInfo too). */
  'database.damaged': event<{ at: number }>(),
  /**
   * The core's process ended on its own and a new one took its place (the shell's doing, not the
   * core's): what a window shows may belong to the one that ended, until it is loaded again.
   */
  'core.restarted': event<{ at: number }>(),
} as const

export type Calls = typeof calls
export type CallName = keyof Calls
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Calls[K]['input']>
export type CallOutput<K extends CallName> = Calls[K]['output']

export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = (typeof events)[K]['payload']
/** A pushed event; for the default type a union, so `name` narrows `payload`. */
export type EventMessage<K extends EventName = EventName> = {
  [N in K]: { name: N; payload: EventPayload<N> }
}[K]

export const callNames = Object.keys(calls) as CallName[]
export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name)

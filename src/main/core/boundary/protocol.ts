// The messages between a shell (Electron's main process, the browser host) and the core running
// in its own process or thread. Both ends parse what they receive with these schemas: a message
// that does not fit is refused and logged, never acted on.
import { z } from 'zod'
import { events } from '../../../shared/api'
import { errorCodes, type Result } from '../../../shared/result'
import { languages } from '../../../shared/settings'
import type { SecretSnapshot } from '../capabilities'

const id = z.number().int().nonnegative()
const eventNames = Object.keys(events) as [keyof typeof events, ...(keyof typeof events)[]]

export const secretStates = ['stored', 'missing', 'unreadable', 'damaged'] as const
/** Every key's state, and the state of a key not listed; the core answers `state()` from it. */
export const secretSnapshotSchema = z.object({
  states: z.record(z.string(), z.enum(secretStates)),
  otherwise: z.enum(secretStates),
}) satisfies z.ZodType<SecretSnapshot>
export type { SecretSnapshot } from '../capabilities'

const updateStages = ['check', 'download', 'install'] as const
export const updaterStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle') }),
  z.object({ kind: z.literal('checking') }),
  z.object({ kind: z.literal('up_to_date') }),
  z.object({ kind: z.literal('available'), version: z.string() }),
  z.object({
    kind: z.literal('downloading'),
    version: z.string().nullable(),
    percent: z.number(),
  }),
  z.object({ kind: z.literal('downloaded'), version: z.string() }),
  z.object({
    kind: z.literal('error'),
    reason: z.string(),
    stage: z.enum(updateStages).optional(),
  }),
])

/** How the core is opened: what `createCore` needs that is not a capability. */
export const openConfigSchema = z.object({
  dataDir: z.string().min(1),
  version: z.string(),
  shell: z.enum(['desktop', 'browser']),
  sqliteNativeBinding: z.string().optional(),
  cloudTestServers: z.array(z.string()).optional(),
  /** Tests only (the host's --time-scale/--clock-start): time from `startAt`, `scale` times faster. */
  testClock: z.object({ startAt: z.number(), scale: z.number().min(1) }).optional(),
})
export type OpenConfig = z.infer<typeof openConfigSchema>

/** What the shell can do, said once at open: the capabilities the core's proxies stand for. */
export const shellOffersSchema = z.object({
  secrets: z.object({ encrypted: z.boolean(), snapshot: secretSnapshotSchema }),
  chooseFolder: z.boolean(),
  /** The updater's state now; null when the shell has no updater. */
  updater: updaterStateSchema.nullable(),
})
export type ShellOffers = z.infer<typeof shellOffersSchema>

export const desktopOps = ['activity', 'pauseAll', 'pauseForQuit', 'quitting', 'language'] as const
export type DesktopOp = (typeof desktopOps)[number]

export const toCoreSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), config: openConfigSchema, offers: shellOffersSchema }),
  z.object({ type: z.literal('call'), id, name: z.string(), input: z.unknown() }),
  z.object({
    type: z.literal('desktop'),
    id,
    op: z.enum(desktopOps),
    scope: z.enum(['running', 'running_and_scheduled']).optional(),
  }),
  /** The shell's answer to an `ask`; set/delete/get bring the secrets' snapshot as it is now. */
  z.object({
    type: z.literal('answer'),
    id,
    ok: z.boolean(),
    value: z.unknown().optional(),
    error: z.string().optional(),
    secrets: secretSnapshotSchema.optional(),
  }),
  z.object({ type: z.literal('updater'), state: updaterStateSchema }),
  z.object({ type: z.literal('close'), id }),
])
export type ToCore = z.infer<typeof toCoreSchema>

export const askSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('openExternal'), url: z.string() }),
  z.object({ op: z.literal('chooseFolder') }),
  z.object({ op: z.literal('secrets.get'), key: z.string() }),
  z.object({ op: z.literal('secrets.set'), key: z.string(), value: z.string() }),
  z.object({ op: z.literal('secrets.delete'), key: z.string() }),
  z.object({
    op: z.literal('updates.askToRestart'),
    version: z.string(),
    language: z.enum(languages).nullable(),
  }),
])
export type Ask = z.infer<typeof askSchema>

export const tellSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('notify'), title: z.string(), body: z.string() }),
  z.object({ op: z.literal('keepAwake'), token: id, reason: z.string() }),
  z.object({ op: z.literal('release'), token: id }),
  z.object({ op: z.literal('updates.check') }),
  z.object({ op: z.literal('updates.install') }),
])
export type Tell = z.infer<typeof tellSchema>

const apiErrorSchema = z.looseObject({ code: z.enum(errorCodes), message: z.string() })
export const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
])

export const activitySchema = z.object({
  running: z.number().int().nonnegative(),
  nextSendAt: z.number().nullable(),
  awaitingOwner: z.boolean(),
})

/** What the shell needs to read at once (the close dialog, the tray): kept current by the core. */
export const desktopStateSchema = z.object({
  activity: activitySchema,
  /** A file is being imported: closing the app now would cancel it. */
  importing: z.boolean(),
  language: z.enum(languages).nullable(),
})
export type DesktopState = z.infer<typeof desktopStateSchema>

export const toShellSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('opened'),
    migration: z.object({ from: z.number(), to: z.number(), backupFile: z.string().optional() }),
    desktop: desktopStateSchema,
  }),
  /** The database could not be opened: a DatabaseOpenError's data, or another error's message. */
  z.object({
    type: z.literal('open-failed'),
    message: z.string(),
    database: z
      .object({
        problem: z.enum(['damaged', 'too_new', 'unreadable', 'disk_full', 'read_only']),
        file: z.string(),
        detail: z.string(),
      })
      .optional(),
  }),
  z.object({ type: z.literal('result'), id, result: resultSchema }),
  z.object({
    type: z.literal('event'),
    message: z.object({ name: z.enum(eventNames), payload: z.unknown() }),
  }),
  z.object({ type: z.literal('desktop-answer'), id, value: z.unknown() }),
  z.object({ type: z.literal('desktop-state'), state: desktopStateSchema }),
  z.object({ type: z.literal('ask'), id, ask: askSchema }),
  z.object({ type: z.literal('tell'), tell: tellSchema }),
  z.object({ type: z.literal('log'), level: z.enum(['error', 'warn']), text: z.string() }),
  z.object({ type: z.literal('closed'), id }),
])
/** As sent: a result is the dispatch's envelope (the schema checks its shape on arrival). */
export type ToShell =
  | Exclude<z.infer<typeof toShellSchema>, { type: 'result' }>
  | { type: 'result'; id: number; result: Result<unknown> }

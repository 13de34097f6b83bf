// What the owner does with a Cloud API number: connect it, check it, list its templates, check a
// campaign before it starts, and bring in delivery news (imported webhook events, message history).
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  CampaignTemplate,
  CloudAccount,
  cloudConnectSchema,
  CloudTemplate,
  PollingPause,
  StatusRefreshOutcome,
  WebhookImportOutcome,
} from '../../../shared/cloud-api'
import { metaWords } from '../../../shared/cloud-errors'
import type { OptOutSource } from '../../../shared/opt-outs'
import type { Sender } from '../../../shared/senders'
import { CoreError } from '../errors'
import type { Clock } from '../time/clock'
import { accountFromMeta, fieldsFor } from './account-status'
import {
  CloudApiError,
  CloudUnreachable,
  createCloudClient,
  type CloudClient,
  type CloudEndpoint,
} from './cloud-client'
import { isRecord } from './json-shape'
import type { CloudConnections } from './cloud-connections'
import type { DeliveryEffect, DeliveryUpdates } from './delivery-updates'
import { actionFor } from './error-actions'
import { createPollBackoff } from './poll-backoff'
import { createRequestBudget, type RequestPriority } from './request-budget'
import type { CloudMedia } from './cloud-media'
import { assertFillable } from './template-preflight'
import { templateFromMeta } from './template-shape'
import { portfolioFromMeta } from './portfolio'
import { readWebhookLine } from './webhook-events'
import { createReplyStore } from '../replies/reply-store'

type ConnectInput = z.output<typeof cloudConnectSchema>

/** Statuses of messages younger than this are asked about; older ones are left as they are. */
const historyWindowMs = 3 * 24 * 60 * 60 * 1000
/** At most this many messages per refresh: the management endpoints are rate-limited too. */
const historyBatch = 100
/** A message Meta's history did not know this many times is no longer asked about. */
const maxPollMisses = 3

/** Meta's answer as the owner's error: the table's reason, Meta's code and its own words. */
export function asCoreError(error: unknown): CoreError {
  if (error instanceof CloudApiError) {
    return new CoreError('cloud_api', error.message, undefined, {
      metaCode: error.code,
      reason: actionFor(error.code).reason,
      // The code travels apart; Meta's words without the "(#code)" they start with.
      metaMessage: metaWords(error),
    })
  }
  if (error instanceof CloudUnreachable) {
    return new CoreError('cloud_unreachable', error.message, undefined, { host: error.host })
  }
  throw error
}

export function createCloudService(options: {
  db: Database
  clock: Clock
  connections: CloudConnections
  deliveries: DeliveryUpdates
  sender: (id: number) => Sender
  /** Follow-ups of delivery news: a failed message's campaign changed, a number opted out… */
  onEffect: (senderId: number, effect: DeliveryEffect) => void
  /** Puts numbers on the opt-out list; `note` says what the person wrote (or Meta's words). */
  optOut: (e164s: string[], source: OptOutSource, note?: string) => number
  /** Template header files: uploaded at the start, their ids reused by the sends. */
  media?: CloudMedia
}) {
  const { db, clock, connections, deliveries } = options
  // Meta's hourly allowance of management requests, shared by every number of one account.
  const budget = createRequestBudget(db, clock)
  const backoff = createPollBackoff(clock)

  /** Counts one management request against the account's hour; the owner's is refused past it. */
  function spend(endpoint: CloudEndpoint, purpose: string): void {
    if (budget.take(endpoint.wabaId, purpose, 'owner')) return
    const minutes = Math.max(
      1,
      Math.ceil((budget.freeAt(endpoint.wabaId, 'owner') - clock.now()) / 60_000),
    )
    throw new CoreError(
      'cloud_budget',
      `This WhatsApp Business account used its hourly allowance of Meta requests.`,
      undefined,
      { minutes },
    )
  }

  async function clientOf(senderId: number) {
    const sender = options.sender(senderId)
    if (sender.channel !== 'cloud_api') {
      throw new CoreError('wrong_state', 'This sender does not use the Cloud API.', undefined, {
        state: sender.channel,
      })
    }
    const endpoint = await connections.endpoint(senderId)
    return { endpoint, client: createCloudClient(endpoint, () => clock.now()) }
  }

  /** A failed request as the owner's error; a refused token is remembered, to ask for a new one. */
  function failure(senderId: number, error: unknown): CoreError {
    if (error instanceof CloudApiError && actionFor(error.code).action === 'new_token') {
      connections.tokenRejected(senderId)
    }
    return asCoreError(error)
  }

  async function ask<T>(senderId: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw failure(senderId, error)
    }
  }

  async function templates(senderId: number): Promise<CloudTemplate[]> {
    const { endpoint, client } = await clientOf(senderId)
    return ask(senderId, async () => {
      const all: CloudTemplate[] = []
      let after: string | null = null
      // Bounded: 100 pages of 100 is past any account's template quota (6 000).
      for (let page = 0; page < 100; page++) {
        spend(endpoint, 'templates')
        const answer = await client.templatesPage(after)
        for (const raw of answer.data) {
          const template = templateFromMeta(raw)
          if (template) all.push(template)
        }
        after = answer.after
        if (after === null) break
      }
      const approvedFirst = (t: CloudTemplate) => (t.status === 'APPROVED' ? 0 : 1)
      return all.sort((a, b) => approvedFirst(a) - approvedFirst(b) || a.name.localeCompare(b.name))
    })
  }

  /**
   * The messages worth a request, most useful first, since the hour's allowance may end the round:
   * 1. those of a running campaign (a failure there skips a person or pauses what is still going);
   * 2. those not yet delivered before delivered ones (only they can still fail, and a failure may
   *    opt someone out; a delivered one can only become read);
   * 3. never asked before asked, then the one asked longest ago (every message gets its turn);
   * 4. the newest first.
   * A message Meta's history did not know `maxPollMisses` times is no longer asked about.
   */
  const recentUnsettled = db.prepare<[number, number, number, number], { wamid: string }>(
    `SELECT l.wamid FROM send_ledger l LEFT JOIN campaigns c ON c.id = l.campaign_id
     WHERE l.sender_id = ? AND l.wamid IS NOT NULL AND l.at > ? AND l.state = 'sent'
       AND coalesce(l.delivery, 'accepted') NOT IN ('read', 'failed') AND l.poll_misses < ?
     ORDER BY coalesce(c.state = 'running', 0) DESC,
       coalesce(l.delivery, 'accepted') = 'delivered' ASC,
       coalesce(l.polled_at, 0) ASC, l.at DESC, l.id DESC
     LIMIT ?`,
  )
  const markPolled = db.prepare<[number, string]>(
    'UPDATE send_ledger SET polled_at = ? WHERE wamid = ?',
  )
  const markMissed = db.prepare<[number, string]>(
    'UPDATE send_ledger SET polled_at = ?, poll_misses = poll_misses + 1 WHERE wamid = ?',
  )
  // When the owner last took a number off the opt-out list (the person asked to resume).
  const lastRemoval = db.prepare<[string], { at: number | null }>(
    "SELECT max(at) AS at FROM opt_out_events WHERE e164 = ? AND action = 'resubscribed'",
  )
  const waIdLookup = db.prepare<[string], { e164: string }>(
    'SELECT e164 FROM send_ledger WHERE wa_id = ? ORDER BY id DESC LIMIT 1',
  )
  /** The number a WhatsApp id stands for: as Rupor sent to it, else the id read as E.164. */
  const numbersOf = (waId: string): string[] => {
    const sentTo = waIdLookup.get(waId)?.e164
    return [...new Set([`+${waId}`, ...(sentTo ? [sentTo] : [])])]
  }

  return {
    async connect(input: ConnectInput): Promise<void> {
      const sender = options.sender(input.senderId)
      if (sender.channel !== 'cloud_api') {
        throw new CoreError('wrong_state', 'This sender does not use the Cloud API.', undefined, {
          state: sender.channel,
        })
      }
      await connections.connect(input)
    },

    async check(senderId: number): Promise<CloudAccount> {
      const { endpoint, client } = await clientOf(senderId)
      spend(endpoint, 'phone_number')
      const raw = await ask(senderId, () => client.phoneNumber(fieldsFor(endpoint.apiVersion)))
      const account = accountFromMeta(raw, clock.now())
      connections.saveAccount(senderId, account)
      // Which business portfolio shares this number's tier, as Meta says (health_status).
      const portfolio = portfolioFromMeta(raw)
      if (portfolio !== null) connections.setPortfolio(senderId, portfolio, 'meta')
      return account
    },

    templates,

    /** Before a campaign starts or resumes: its template must be approved now. */
    async preflight(senderId: number, template: CampaignTemplate): Promise<void> {
      const all = await templates(senderId)
      const current = all.find((t) => t.name === template.name && t.language === template.language)
      const status = current?.status ?? 'MISSING'
      if (status !== 'APPROVED') {
        throw new CoreError(
          'template_unavailable',
          `Template ${template.name} (${template.language}) is ${status}.`,
          undefined,
          { name: template.name, language: template.language, status },
        )
      }
      // What Rupor cannot fill is refused now, not by Meta once per person.
      if (current) assertFillable(current, template)
      const headerFile = template.headerMedia
      if (headerFile && options.media) {
        const media = options.media
        const { client } = await clientOf(senderId)
        await ask(senderId, () => media.ensureUploaded(senderId, headerFile, client))
      }
    },

    /** Applies a relay's file of webhook events. Idempotent: importing it twice changes nothing. */
    importEvents(senderId: number, file: Buffer): WebhookImportOutcome {
      options.sender(senderId)
      const outcome: WebhookImportOutcome = {
        lines: 0,
        statuses: 0,
        failed: 0,
        optedOut: 0,
        replies: 0,
        toReview: 0,
        unchanged: 0,
        problems: [],
      }
      const replies = createReplyStore(db)
      const lines = file
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
      // Who asked to stop in this file, with what they wrote. A stop the owner already undid is
      // not applied again: a reply's stop only when the reply is new, a failure's only when the
      // status moved, and none older than the number's last removal from the list.
      const stops = new Map<string, { source: OptOutSource; note: string }>()
      const keptNow = new Set<string>()
      const asked = (e164s: readonly string[], source: OptOutSource, note: string, at: number) => {
        for (const e164 of e164s) {
          const removed = lastRemoval.get(e164)?.at ?? null
          if (removed !== null && at <= removed) continue
          stops.set(e164, { source, note })
        }
      }
      // Someone whose "saved our number" nobody knows wrote to the shop: likely they did.
      const wroteFirst = db.prepare<[number, string]>(
        `UPDATE contacts SET saved_number = 'likely', saved_number_source = 'wrote_first',
           saved_number_at = ?
         WHERE saved_number = 'unknown' AND id IN (SELECT contact_id FROM contact_phones WHERE e164 = ?)`,
      )
      db.transaction(() => {
        lines.forEach((line, index) => {
          if (line.trim() === '') return
          outcome.lines++
          const news = readWebhookLine(line)
          if (typeof news === 'string') {
            outcome.problems.push({ line: index + 1, problem: news })
            return
          }
          for (const item of news) {
            if (item.kind === 'stop') {
              // A stop said in a reply counts once: when that reply is kept for the first time.
              if (item.wamid !== null && !keptNow.has(item.wamid)) continue
              const at = item.at > 0 ? item.at : clock.now()
              asked(numbersOf(item.waId), item.source, item.note, at)
              continue
            }
            if (item.kind === 'wrote') {
              const at = item.at > 0 ? item.at : clock.now()
              for (const e164 of numbersOf(item.waId)) wroteFirst.run(at, e164)
              continue
            }
            if (item.kind === 'reply') {
              // Kept once (by Meta's id) under the number Rupor sent to; a likely stop waits for
              // the owner and is not opted out.
              const { message } = item
              const kept = replies.add({
                senderId,
                wamid: message.wamid,
                e164: numbersOf(message.waId).at(-1) ?? `+${message.waId}`,
                text: message.text,
                at: message.at > 0 ? message.at : clock.now(),
                quotedWamid: message.quotedWamid,
                reading: message.reading,
              })
              if (kept) keptNow.add(message.wamid)
              if (kept) outcome.replies++
              if (kept && message.reading === 'maybe_stop') outcome.toReview++
              continue
            }
            // A status without a time (a relay's reshaped line) happened by now at the latest:
            // a 131049 hold then starts now, not in 1970.
            const news = item.news.at > 0 ? item.news : { ...item.news, at: clock.now() }
            const effect = deliveries.apply(news)
            if (effect.kind === 'unchanged') outcome.unchanged++
            else outcome.statuses++
            if (effect.kind === 'pacing_drop') outcome.failed++
            if (effect.kind === 'failed') {
              outcome.failed++
              // Only news that moved the status gets here: a re-import's failure is `unchanged`.
              if (effect.optOut) {
                const words = [news.errorCode ?? '', news.errorMessage ?? ''].filter(
                  (w) => w !== '',
                )
                const note = words.length > 0 ? `Meta: ${words.join(' ')}`.slice(0, 200) : ''
                asked([effect.e164], 'marketing_stopped', note, news.at)
              }
            }
            options.onEffect(senderId, effect)
          }
        })
        for (const [e164, { source, note }] of stops) {
          outcome.optedOut += options.optOut([e164], source, note)
        }
      })()
      return outcome
    },

    /**
     * Asks the message-history endpoint about recent messages, inside the account's hourly
     * allowance and after any back-off. Only Meta's "no access to message history" answer switches
     * polling off; a message the history does not know is skipped; rate limits, hiccups and a lost
     * connection make the number wait, longer each time, and never switch polling off.
     */
    async refreshStatuses(
      senderId: number,
      priority: RequestPriority = 'refresh',
    ): Promise<StatusRefreshOutcome> {
      const { endpoint, client } = await clientOf(senderId)
      const outcome: StatusRefreshOutcome = {
        checked: 0,
        updated: 0,
        historyAvailable: true,
        unknown: 0,
        paused: null,
      }
      const waiting = backoff.current(senderId)
      if (waiting) return { ...outcome, paused: backingOff(waiting) }
      const now = clock.now()
      const recent = recentUnsettled.all(
        senderId,
        now - historyWindowMs,
        maxPollMisses,
        historyBatch,
      )
      for (const { wamid } of recent) {
        if (!budget.take(endpoint.wabaId, 'message_history', priority)) {
          const until = budget.freeAt(endpoint.wabaId, priority)
          return { ...outcome, paused: { reason: 'budget', until, metaCode: null } }
        }
        const answer = await askHistory(client, wamid)
        if (answer.kind === 'new_token') throw failure(senderId, answer.error)
        if (answer.kind === 'transient') {
          const { error } = answer
          const code = error instanceof CloudApiError ? error.code : null
          const regainAt = error instanceof CloudApiError ? error.regainAt : null
          return { ...outcome, paused: backingOff(backoff.failed(senderId, code, regainAt)) }
        }
        backoff.answered(senderId)
        if (answer.kind === 'unavailable') {
          // This account does not answer message history: stop asking, say so once.
          connections.historyAvailable(senderId, false)
          return { ...outcome, historyAvailable: false }
        }
        outcome.checked++
        if (answer.kind === 'unknown_message') {
          markMissed.run(clock.now(), wamid)
          outcome.unknown++
          continue
        }
        if (outcome.checked === 1) connections.historyAvailable(senderId, true)
        markPolled.run(clock.now(), wamid)
        for (const read of historyNews(wamid, answer.body)) {
          // An event without a time happened by now, not in 1970 (a 131049 hold starts now).
          const news = read.at > 0 ? read : { ...read, at: clock.now() }
          const effect = deliveries.apply(news)
          if (effect.kind !== 'unchanged') outcome.updated++
          if (effect.kind === 'failed' && effect.optOut) {
            options.optOut([effect.e164], 'marketing_stopped')
          }
          options.onEffect(senderId, effect)
        }
      }
      return outcome
    },

    /** Why background polling of the number waits now (a back-off, the hour's budget), if it does. */
    polling(senderId: number, wabaId: string): PollingPause | null {
      const waiting = backoff.current(senderId)
      if (waiting) return backingOff(waiting)
      if (budget.leftForBackground(wabaId) > 0) return null
      return { reason: 'budget', until: budget.freeAt(wabaId, 'background'), metaCode: null }
    },
  }
}
export type CloudService = ReturnType<typeof createCloudService>

const historyStates = {
  SENT: 'sent',
  DELIVERED: 'delivered',
  READ: 'read',
  FAILED: 'failed',
} as const

const backingOff = (wait: { until: number; metaCode: number | null }): PollingPause => ({
  reason: 'backing_off',
  until: wait.until,
  metaCode: wait.metaCode,
})

type HistoryAnswer =
  | { kind: 'events'; body: Record<string, unknown> }
  /** HTTP 403, code 200: this app may not read this number's message history. */
  | { kind: 'unavailable' }
  /** Code 100 (HTTP 422 "not found in the message history", or 400 "message_id is invalid"). */
  | { kind: 'unknown_message' }
  | { kind: 'new_token'; error: CloudApiError }
  /** Rate limits (4, 80007, 80008), server errors (1, 2…), no connection: later. */
  | { kind: 'transient'; error: CloudApiError | CloudUnreachable }

/**
 * One message-history request, its refusal read as Meta's v23 OpenAPI documents the endpoint
 * (getMessageHistory, ../shared/reference/meta-business-messaging-api-v23.0.openapi.yaml):
 * 403 code 200 "Your app doesn't have permission to access message history for this phone number";
 * 422 code 100 "The requested message_id was not found in the message history"; 400 code 100
 * "Invalid parameter: message_id format is invalid"; 401 code 190; 429 code 4 "Application request
 * limit reached" (is_transient); 500 code 2 (is_transient). Anything else undocumented waits too:
 * switching polling off for good on a guess would lose every later status.
 */
async function askHistory(client: CloudClient, wamid: string): Promise<HistoryAnswer> {
  try {
    return { kind: 'events', body: await client.messageHistory(wamid) }
  } catch (error) {
    if (error instanceof CloudUnreachable || error instanceof CloudApiError) {
      return historyRefusal(error)
    }
    throw error
  }
}

/** What a refused message-history request means for polling. */
export function historyRefusal(
  error: CloudApiError | CloudUnreachable,
): Exclude<HistoryAnswer, { kind: 'events' }> {
  if (error instanceof CloudUnreachable) return { kind: 'transient', error }
  if (error.httpStatus === 403 && error.code === 200) return { kind: 'unavailable' }
  // Meta's OpenAPI (getMessageHistory): 422/100 "message_id was not found", 400/100 "message_id
  // format is invalid" — both without a subcode, both about this one message. A code 100 with a
  // subcode (e.g. 33, "unsupported get request") is about the request, not the message: wait.
  if (
    error.code === 100 &&
    error.subcode === null &&
    (error.httpStatus === 422 || error.httpStatus === 400)
  ) {
    return { kind: 'unknown_message' }
  }
  if (actionFor(error.code).action === 'new_token') return { kind: 'new_token', error }
  return { kind: 'transient', error }
}

/**
 * A failed event's error code, where Meta puts one: the `errors[].code` of the status webhook's
 * shape (OpenAPI `StatusError`; WHATSAPP-FACTS.md §1.3, "statuses[].errors[] with code, title…").
 * Meta's v23 OpenAPI lists no code among a history event's fields (MessageDeliveryStatusEvent:
 * id, delivery_status, webhook_update_state, timestamp, application, webhook_uri,
 * error_description), so a failure learned by polling usually stays "unknown". Never
 * `error_description`: Meta defines it as webhook-delivery information (its example: "Webhook
 * endpoint returned HTTP 500"), and digits in it are not the message's error code.
 */
function failureCode(event: Record<string, unknown>): number | null {
  const errors = Array.isArray(event.errors) ? event.errors.filter(isRecord) : []
  for (const error of errors) {
    const code = typeof error.code === 'string' ? Number(error.code) : error.code
    if (typeof code === 'number' && Number.isInteger(code) && code >= 0) return code
  }
  return null
}

/** The message-history answer as delivery news (its events, in any order). */
function historyNews(wamid: string, answer: Record<string, unknown>) {
  const news = []
  for (const record of (Array.isArray(answer.data) ? answer.data : []).filter(isRecord)) {
    // The history of another message (Meta filters by message_id; a relay might not).
    if (typeof record.message_id === 'string' && record.message_id !== wamid) continue
    const events = isRecord(record.events) ? record.events : {}
    for (const event of (Array.isArray(events.data) ? events.data : []).filter(isRecord)) {
      const status = typeof event.delivery_status === 'string' ? event.delivery_status : ''
      const state = Object.hasOwn(historyStates, status)
        ? historyStates[status as keyof typeof historyStates]
        : null
      if (state === null) continue
      news.push({
        wamid,
        state,
        at: momentOf(event.timestamp),
        errorCode: state === 'failed' ? failureCode(event) : null,
      })
    }
  }
  return news
}

/** Meta's timestamps are Unix seconds (a number or a numeric string); ISO is read as well. */
function momentOf(value: unknown): number {
  const n = Number(value)
  if (value !== '' && Number.isFinite(n)) return n * 1000
  const parsed = Date.parse(String(value))
  return Number.isFinite(parsed) ? parsed : 0
}

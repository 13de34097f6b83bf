// What the owner does with a Cloud API number: connect it, check it, list its templates, check a
// campaign before it starts, and bring in delivery news (imported webhook events, message history).
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  CampaignTemplate,
  CloudAccount,
  cloudConnectSchema,
  CloudTemplate,
  StatusRefreshOutcome,
  WebhookImportOutcome,
} from '../../../shared/cloud-api'
import { metaWords } from '../../../shared/cloud-errors'
import type { OptOutSource } from '../../../shared/opt-outs'
import type { Sender } from '../../../shared/senders'
import { CoreError } from '../errors'
import type { Clock } from '../time/clock'
import { accountFromMeta, fieldsFor } from './account-status'
import { CloudApiError, CloudUnreachable, createCloudClient } from './cloud-client'
import { isRecord } from './json-shape'
import type { CloudConnections } from './cloud-connections'
import type { DeliveryEffect, DeliveryUpdates } from './delivery-updates'
import { actionFor } from './error-actions'
import { templateFromMeta } from './template-shape'
import { readWebhookLine } from './webhook-events'

type ConnectInput = z.output<typeof cloudConnectSchema>

/** Statuses of messages younger than this are asked about; older ones are left as they are. */
const historyWindowMs = 3 * 24 * 60 * 60 * 1000
/** At most this many messages per refresh: the management endpoints are rate-limited too. */
const historyBatch = 100

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
  optOut: (e164s: string[], source: OptOutSource) => number
}) {
  const { db, clock, connections, deliveries } = options

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
    const { client } = await clientOf(senderId)
    return ask(senderId, async () => {
      const all: CloudTemplate[] = []
      let after: string | null = null
      // Bounded: 100 pages of 100 is past any account's template quota (6 000).
      for (let page = 0; page < 100; page++) {
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

  const recentUnsettled = db.prepare<[number, number, number], { wamid: string }>(
    `SELECT wamid FROM send_ledger WHERE sender_id = ? AND wamid IS NOT NULL AND at > ?
       AND state = 'sent' AND coalesce(delivery, 'accepted') NOT IN ('read', 'failed')
     ORDER BY at DESC LIMIT ?`,
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
      const raw = await ask(senderId, () => client.phoneNumber(fieldsFor(endpoint.apiVersion)))
      const account = accountFromMeta(raw, clock.now())
      connections.saveAccount(senderId, account)
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
    },

    /** Applies a relay's file of webhook events. Idempotent: importing it twice changes nothing. */
    importEvents(senderId: number, file: Buffer): WebhookImportOutcome {
      options.sender(senderId)
      const outcome: WebhookImportOutcome = {
        lines: 0,
        statuses: 0,
        failed: 0,
        optedOut: 0,
        unchanged: 0,
        problems: [],
      }
      const lines = file
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
      const stops = new Map<string, OptOutSource>()
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
              for (const e164 of numbersOf(item.waId)) stops.set(e164, item.source)
              continue
            }
            if (item.kind === 'wrote') {
              const at = item.at > 0 ? item.at : clock.now()
              for (const e164 of numbersOf(item.waId)) wroteFirst.run(at, e164)
              continue
            }
            const effect = deliveries.apply(item.news)
            if (effect.kind === 'unchanged') outcome.unchanged++
            else outcome.statuses++
            if (effect.kind === 'failed') {
              outcome.failed++
              if (effect.optOut) stops.set(effect.e164, 'marketing_stopped')
            }
            options.onEffect(senderId, effect)
          }
        })
        for (const source of new Set(stops.values())) {
          const numbers = [...stops].filter(([, s]) => s === source).map(([e164]) => e164)
          outcome.optedOut += options.optOut(numbers, source)
        }
      })()
      return outcome
    },

    /** Asks the message-history endpoint about recent messages; quietly off where it is absent. */
    async refreshStatuses(senderId: number): Promise<StatusRefreshOutcome> {
      const { client } = await clientOf(senderId)
      const recent = recentUnsettled.all(senderId, clock.now() - historyWindowMs, historyBatch)
      let updated = 0
      for (const [index, { wamid }] of recent.entries()) {
        let answer: Record<string, unknown>
        try {
          answer = await client.messageHistory(wamid)
        } catch (error) {
          const action = error instanceof CloudApiError ? actionFor(error.code).action : 'retry'
          if (action !== 'retry' && action !== 'new_token') {
            // This account does not answer message history: stop asking, say so once.
            connections.historyAvailable(senderId, false)
            return { checked: 0, updated, historyAvailable: false }
          }
          // A hiccup or a refused token is not "unavailable": the owner hears of it, polling goes on.
          throw failure(senderId, error)
        }
        if (index === 0) connections.historyAvailable(senderId, true)
        for (const news of historyNews(wamid, answer)) {
          const effect = deliveries.apply(news)
          if (effect.kind !== 'unchanged') updated++
          if (effect.kind === 'failed' && effect.optOut) {
            options.optOut([effect.e164], 'marketing_stopped')
          }
          options.onEffect(senderId, effect)
        }
      }
      return { checked: recent.length, updated, historyAvailable: true }
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

/** The message-history answer as delivery news (its events, in any order). */
function historyNews(wamid: string, answer: Record<string, unknown>) {
  const news = []
  for (const record of (Array.isArray(answer.data) ? answer.data : []).filter(isRecord)) {
    const events = isRecord(record.events) ? record.events : {}
    for (const event of (Array.isArray(events.data) ? events.data : []).filter(isRecord)) {
      const status = typeof event.delivery_status === 'string' ? event.delivery_status : ''
      const state = Object.hasOwn(historyStates, status)
        ? historyStates[status as keyof typeof historyStates]
        : null
      if (state === null) continue
      const at = momentOf(event.timestamp)
      const code = /\b(\d{3,6})\b/.exec(
        typeof event.error_description === 'string' ? event.error_description : '',
      )?.[1]
      news.push({
        wamid,
        state,
        at,
        errorCode: state === 'failed' && code !== undefined ? Number(code) : null,
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

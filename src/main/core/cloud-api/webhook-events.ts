// Webhook POST bodies saved by a relay, one JSON document per line, read into the few kinds of
// news Rupor acts on: delivery statuses, "stop" replies, marketing stops and "Stop promotions" taps.
import { isRecord } from './json-shape'
import type { DeliveryNews } from './delivery-updates'

export type WebhookNews =
  | { kind: 'status'; news: DeliveryNews }
  /** The person asked to stop: by a reply, WhatsApp's marketing setting, or an opt-out button. */
  | { kind: 'stop'; waId: string; source: 'reply_keyword' | 'marketing_stopped' | 'opt_out_button' }
  /** The person wrote to the shop (any message): their phone most likely has the shop's number. */
  | { kind: 'wrote'; waId: string; at: number }

export type LineProblem = 'not_json' | 'not_webhook'

/** Words that mean "no more messages" as a whole reply, in the languages of Rupor's users. */
const stopWords = new Set([
  'stop',
  'unsubscribe',
  'стоп',
  'отписаться',
  'отписка',
  'отпишите',
  'хватит',
  'stop promotions',
  'остановить рекламу',
  'parar promoções',
])

export const isStopText = (text: string): boolean =>
  stopWords.has(
    text
      .trim()
      .toLowerCase()
      .replace(/[.!\s]+$/u, ''),
  )

const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const seconds = (value: unknown): number => {
  const n = Number(value)
  return Number.isFinite(n) ? n * 1000 : 0
}

const statuses = ['sent', 'delivered', 'read', 'failed'] as const

/** One line of the file: its news, or why it is not a webhook event. Blank lines give nothing. */
export function readWebhookLine(line: string): WebhookNews[] | LineProblem {
  if (line.trim() === '') return []
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return 'not_json'
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.entry)) return 'not_webhook'
  const found: WebhookNews[] = []
  for (const entry of parsed.entry.filter(isRecord)) {
    const changes = Array.isArray(entry.changes) ? entry.changes.filter(isRecord) : []
    for (const change of changes) {
      const value = isRecord(change.value) ? change.value : {}
      found.push(...newsOf(value))
    }
  }
  return found
}

function newsOf(value: Record<string, unknown>): WebhookNews[] {
  const found: WebhookNews[] = []
  for (const status of (Array.isArray(value.statuses) ? value.statuses : []).filter(isRecord)) {
    const state = statuses.find((s) => s === str(status.status))
    if (!state || str(status.id) === '') continue
    const errors = Array.isArray(status.errors) ? status.errors.filter(isRecord) : []
    const code = errors[0]?.code
    found.push({
      kind: 'status',
      news: {
        wamid: str(status.id),
        state,
        at: seconds(status.timestamp),
        errorCode: typeof code === 'number' ? code : null,
      },
    })
  }
  for (const message of (Array.isArray(value.messages) ? value.messages : []).filter(isRecord)) {
    const from = str(message.from)
    if (from === '') continue
    found.push({ kind: 'wrote', waId: from, at: seconds(message.timestamp) })
    const text = isRecord(message.text) ? str(message.text.body) : ''
    const button = isRecord(message.button) ? message.button : null
    if (str(message.type) === 'text' && isStopText(text)) {
      found.push({ kind: 'stop', waId: from, source: 'reply_keyword' })
    }
    if (str(message.type) === 'button' && button) {
      if (isStopText(str(button.text)) || isStopText(str(button.payload))) {
        found.push({ kind: 'stop', waId: from, source: 'opt_out_button' })
      }
    }
  }
  for (const pref of (Array.isArray(value.user_preferences) ? value.user_preferences : []).filter(
    isRecord,
  )) {
    // A "resume" is not acted on: only the owner takes a number off the opt-out list.
    if (str(pref.value) === 'stop' && str(pref.wa_id) !== '') {
      found.push({ kind: 'stop', waId: str(pref.wa_id), source: 'marketing_stopped' })
    }
  }
  return found
}

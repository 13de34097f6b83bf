// Webhook POST bodies saved by a relay, one JSON document per line, read into the few kinds of
// news Rupor acts on: delivery statuses, what people wrote (each reply kept and read for a stop),
// marketing stops and "Stop promotions" taps.
import { readReply, type ReplyReading } from '../replies/read-reply'
import { isRecord } from './json-shape'
import type { DeliveryNews } from './delivery-updates'

/**
 * A message a person wrote to the number: its text (a tapped button's label, a chosen row's
 * title), Meta's id of it, and the id of the message it answers (`context.id`: the template whose
 * button was tapped, or the message the person replied to), as Meta's messages webhook carries them.
 */
export interface InboundMessage {
  waId: string
  wamid: string
  text: string
  /** When they wrote (ms since the epoch); 0 when the event did not say. */
  at: number
  quotedWamid: string | null
  via: 'text' | 'button' | 'interactive' | 'media'
  reading: ReplyReading
}

export type WebhookNews =
  | { kind: 'status'; news: DeliveryNews }
  /** The person asked to stop: by a reply, WhatsApp's marketing setting, or an opt-out button. */
  | { kind: 'stop'; waId: string; source: 'reply_keyword' | 'marketing_stopped' | 'opt_out_button' }
  /** The person wrote to the shop (any message): their phone most likely has the shop's number. */
  | { kind: 'wrote'; waId: string; at: number }
  /** What they wrote, kept for the owner (and read for a stop). */
  | { kind: 'reply'; message: InboundMessage }

export type LineProblem = 'not_json' | 'not_webhook'

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
    const said = whatWasSaid(message)
    if (!said) continue
    // A tapped button counts as a stop by its label or by its payload ("Stop promotions").
    const reading = said.alsoRead.some((t) => readReply(t) === 'stop')
      ? 'stop'
      : readReply(said.text)
    const context = isRecord(message.context) ? message.context : {}
    if (str(message.id) !== '') {
      found.push({
        kind: 'reply',
        message: {
          waId: from,
          wamid: str(message.id),
          text: said.text,
          at: seconds(message.timestamp),
          quotedWamid: str(context.id) || null,
          via: said.via,
          reading,
        },
      })
    }
    if (reading === 'stop') {
      const tapped = said.via === 'button' || said.via === 'interactive'
      found.push({ kind: 'stop', waId: from, source: tapped ? 'opt_out_button' : 'reply_keyword' })
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

/**
 * The words of an incoming message, by its type: text.body; a template's quick-reply tap
 * (button.text, button.payload); an interactive reply (button_reply or list_reply title and id);
 * a photo, video or document's caption. Other kinds (stickers, locations…) carry no words.
 */
function whatWasSaid(
  message: Record<string, unknown>,
): { text: string; alsoRead: string[]; via: InboundMessage['via'] } | null {
  const type = str(message.type)
  const part = isRecord(message[type]) ? message[type] : {}
  if (type === 'text') {
    const text = str(part.body)
    return text.trim() === '' ? null : { text, alsoRead: [text], via: 'text' }
  }
  if (type === 'button') {
    const text = str(part.text) || str(part.payload)
    return text === '' ? null : { text, alsoRead: [text, str(part.payload)], via: 'button' }
  }
  if (type === 'interactive') {
    const reply = [part.button_reply, part.list_reply].find(isRecord)
    const text = reply ? str(reply.title) || str(reply.id) : ''
    return text === '' || !reply
      ? null
      : { text, alsoRead: [text, str(reply.id)], via: 'interactive' }
  }
  if (type === 'image' || type === 'video' || type === 'document') {
    const text = str(part.caption)
    return text.trim() === '' ? null : { text, alsoRead: [text], via: 'media' }
  }
  return null
}

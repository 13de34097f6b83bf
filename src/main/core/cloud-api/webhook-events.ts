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
  /**
   * The person asked to stop: by a reply, WhatsApp's marketing setting, or an opt-out button.
   * `wamid` is the reply's id when the stop came in a message (applied only when that reply is
   * new to Rupor); `at` is when they asked (0 when the event did not say); `note` is what they
   * wrote (or Meta's words), shortened, for the opt-out list.
   */
  | {
      kind: 'stop'
      waId: string
      source: 'reply_keyword' | 'marketing_stopped' | 'opt_out_button'
      wamid: string | null
      at: number
      note: string
    }
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

/** Meta's code of a status error: a number (a numeric string is read too), else unknown. */
function codeOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(n) ? n : null
}

/**
 * Meta's own words about a failed status — its title and error_data.details (the status webhook's
 * errors[] object) — shown to the owner when the failure pauses the campaign.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components#statuses-object
 */
function wordsOf(error: Record<string, unknown>): string {
  const title = str(error.title) || str(error.message)
  const details = isRecord(error.error_data) ? str(error.error_data.details) : ''
  const parts = [title, details === title ? '' : details].filter((part) => part !== '')
  return parts.join(' — ').slice(0, 500)
}

/** What a person wrote, as a note on the opt-out list: quoted, at most 120 characters. */
export const noteOf = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat === '' ? '' : `“${flat.length > 120 ? `${flat.slice(0, 119)}…` : flat}”`
}

function newsOf(value: Record<string, unknown>): WebhookNews[] {
  const found: WebhookNews[] = []
  for (const status of (Array.isArray(value.statuses) ? value.statuses : []).filter(isRecord)) {
    const state = statuses.find((s) => s === str(status.status))
    if (!state || str(status.id) === '') continue
    const errors = Array.isArray(status.errors) ? status.errors.filter(isRecord) : []
    // The first error that has a numeric code (Meta may list several, or one without a code),
    // as the history path's failureCode reads them; the words of all of them.
    const errorCode = errors.map((e) => codeOf(e.code)).find((code) => code !== null) ?? null
    const errorMessage = [...new Set(errors.map(wordsOf).filter((w) => w !== ''))]
      .join('; ')
      .slice(0, 500)
    found.push({
      kind: 'status',
      news: {
        wamid: str(status.id),
        state,
        at: seconds(status.timestamp),
        errorCode,
        ...(errorMessage !== '' ? { errorMessage } : {}),
      },
    })
  }
  for (const message of (Array.isArray(value.messages) ? value.messages : []).filter(isRecord)) {
    const from = str(message.from)
    if (from === '') continue
    found.push({ kind: 'wrote', waId: from, at: seconds(message.timestamp) })
    const said = whatWasSaid(message)
    if (!said) continue
    // A tap on Meta's own "Stop promotions" button is a stop, by its label or its payload; any
    // other button is read by its visible label alone (the payload is the shop's developer string).
    const reading = said.metaStopButton
      ? 'stop'
      : said.words === ''
        ? 'other'
        : readReply(said.words)
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
      found.push({
        kind: 'stop',
        waId: from,
        source: tapped ? 'opt_out_button' : 'reply_keyword',
        wamid: str(message.id) || null,
        at: seconds(message.timestamp),
        note: noteOf(said.text),
      })
    }
  }
  for (const pref of (Array.isArray(value.user_preferences) ? value.user_preferences : []).filter(
    isRecord,
  )) {
    // A "resume" is not acted on: only the owner takes a number off the opt-out list.
    if (str(pref.value) === 'stop' && str(pref.wa_id) !== '') {
      found.push({
        kind: 'stop',
        waId: str(pref.wa_id),
        source: 'marketing_stopped',
        wamid: null,
        at: seconds(pref.timestamp),
        note: str(pref.detail).slice(0, 200),
      })
    }
  }
  return found
}

/**
 * The label of Meta's own marketing opt-out button ("Stop promotions", in the template's
 * language), by which its tap is known: compared whole, ignoring case, spaces and end marks.
 */
const metaStopLabels: ReadonlySet<string> = new Set(['stop promotions', 'остановить рекламу'])
const folded = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s_.!]+/g, ' ')
    .trim()
const isMetaStopButton = (...texts: string[]): boolean =>
  texts.some((text) => metaStopLabels.has(folded(text)))

interface Said {
  /** What is kept and shown: the person's words, else the tapped button's payload or id. */
  text: string
  /** What is read for a stop: only what the person wrote or saw (never a payload or id). */
  words: string
  /** A tap on Meta's "Stop promotions" button (its label or payload): a stop whatever else. */
  metaStopButton: boolean
  via: InboundMessage['via']
}

/**
 * The words of an incoming message, by its type: text.body; a template's quick-reply tap
 * (button.text, the label the person saw; button.payload is the shop's developer string); an
 * interactive reply (button_reply or list_reply title; its id is the shop's); a photo, video or
 * document's caption. Other kinds (stickers, locations…) carry no words.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components#messages-object
 */
function whatWasSaid(message: Record<string, unknown>): Said | null {
  const type = str(message.type)
  const part = isRecord(message[type]) ? message[type] : {}
  const plain = (text: string, via: Said['via']): Said | null =>
    text.trim() === '' ? null : { text, words: text, metaStopButton: false, via }
  if (type === 'text') return plain(str(part.body), 'text')
  if (type === 'button') {
    const label = str(part.text)
    const payload = str(part.payload)
    const text = label || payload
    if (text.trim() === '') return null
    return { text, words: label, metaStopButton: isMetaStopButton(label, payload), via: 'button' }
  }
  if (type === 'interactive') {
    const reply = [part.button_reply, part.list_reply].find(isRecord)
    if (!reply) return null
    const title = str(reply.title)
    const text = title || str(reply.id)
    if (text.trim() === '') return null
    return {
      text,
      words: title,
      metaStopButton: isMetaStopButton(title, str(reply.id)),
      via: 'interactive',
    }
  }
  if (type === 'image' || type === 'video' || type === 'document') {
    return plain(str(part.caption), 'media')
  }
  return null
}

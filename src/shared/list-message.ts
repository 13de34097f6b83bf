// One list message sent from the owner's phone (WhatsApp Business «Новая рассылка»): the text is
// the same for everyone on the list, so it is checked for per-person placeholders, shown for the
// phone (a QR code and a copy button), and recorded once it went.
import { z } from 'zod'
import { listMessageReplies } from './campaigns'
import { contactFieldNames } from './message-fields'
import type { ListMessageRefusal } from './phone-lists'

const personal: ReadonlySet<string> = new Set(contactFieldNames)

// As the core's scanner reads a placeholder: {{ field }} or {{field|fallback}}, within one line.
const placeholderPattern = /\{\{([^{}\n]*)\}\}/g

/**
 * The per-person placeholders of a text ({{first_name}}, {{name}}…), each once, as written
 * between the braces' field part: a list message is one text for all, so none may stay.
 * {{shop}} is the same for everyone and is not one of them.
 */
export function personalPlaceholdersIn(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(placeholderPattern)) {
    const inner = match[1] ?? ''
    const bar = inner.indexOf('|')
    const field = (bar === -1 ? inner : inner.slice(0, bar)).trim()
    if (personal.has(field) && !found.includes(field)) found.push(field)
  }
  return found
}

/**
 * The most UTF-8 bytes a QR code holds (version 40, error correction L, byte mode). A longer
 * text goes to the phone by the copy button only.
 */
export const qrByteLimit = 2953

export const fitsQr = (text: string): boolean =>
  new TextEncoder().encode(text).length <= qrByteLimit

/** A phone broadcast campaign as its page shows it: may it go, and the text as it will go. */
export interface ListMessagePlan {
  campaignId: number
  /** The campaign's one list; null while none is chosen. */
  listId: number | null
  listName: string
  /** The list as it is on the phone; null when none is recorded for the Rupor list. */
  phoneList: { name: string; madeAt: number; people: number } | null
  /** Why it may not go now (empty: it may); the same refusals block recording. */
  refusals: ListMessageRefusal[]
  /** Per-person placeholders left in the text: it cannot go to the phone while there are any. */
  personal: string[]
  /** The text exactly as it will go (opt-out line, UTM tags, {{shop}} filled in). */
  text: string
  /** When it was recorded as sent; null: not yet. */
  sentAt: number | null
}

export const recordListMessageSchema = z
  .object({ id: z.number().int().positive(), sentAt: z.number().int().min(0) })
  .strict()

export const markReplySchema = z
  .object({ itemId: z.number().int().positive(), reply: z.enum(listMessageReplies).nullable() })
  .strict()

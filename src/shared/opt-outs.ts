// The opt-out (suppression) list as the renderer sees it: keyed by number, independent of contacts.
import { z } from 'zod'
import { forContacts, type DownloadFile } from './contacts'

/** How a number came onto the list. */
export const optOutSources = [
  'contact_card',
  'assisted_send',
  'reply_keyword',
  'imported_list',
  'manual_entry',
  /** Cloud API: the person tapped an opt-out button of a template ("Stop promotions"). */
  'opt_out_button',
  /** Cloud API: the person stopped marketing from the shop in WhatsApp's own settings. */
  'marketing_stopped',
] as const
export type OptOutSource = (typeof optOutSources)[number]

export interface OptOutEntry {
  e164: string
  createdAt: number
  source: OptOutSource
  note: string
  /** When the number was added because another number of the same contact was opted out. */
  linkedFrom: string | null
  /** The contact this number belongs to now, if any. */
  contactId: number | null
  contactName: string | null
}

export interface OptOutPage {
  total: number
  offset: number
  rows: OptOutEntry[]
}

const noteSchema = z.string().trim().max(500).default('')

export const optOutQuerySchema = z
  .object({
    /** Any digits of the number, or any part of the contact's name. */
    search: z.string().trim().max(100).default(''),
    source: z.enum(optOutSources).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
export type OptOutQuery = z.input<typeof optOutQuerySchema>

/** Pasted numbers, in any spelling, one or several per line. */
export const optOutAddNumbersSchema = z
  .object({ text: z.string().min(1).max(1_000_000), note: noteSchema })
  .strict()

export const optOutAddContactsSchema = forContacts({ note: noteSchema })

/** A CSV (or any table) of numbers, read in whatever encoding it has. */
export const optOutImportFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    /** The file's bytes, base64. */
    base64: z.string().min(1).max(7_000_000),
    note: noteSchema,
  })
  .strict()

/** The only way off the list: the person asked to receive messages again. */
export const optOutResubscribeSchema = z
  .object({
    e164s: z
      .array(z.string().regex(/^\+\d{6,15}$/))
      .min(1)
      .max(20),
    note: noteSchema,
    confirmed: z.literal(true),
  })
  .strict()

export const optOutCheckSchema = z.object({ number: z.string().trim().min(1).max(64) }).strict()

export interface RejectedNumber {
  /** Line of the pasted text or the file, from 1. */
  line: number
  raw: string
  reason: 'no_digits' | 'too_short' | 'too_long' | 'invalid_phone'
}

export interface OptOutAddOutcome {
  added: number
  alreadyOptedOut: number
  rejected: RejectedNumber[]
}

export type OptOutExport = DownloadFile

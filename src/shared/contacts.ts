// The contact book as the renderer sees it: what a contact is, how the table asks for a page of
// them, and what an edit may change. Stored numbers are always E.164.
import { z } from 'zod'
import { fileLanguageSchema } from './file-language'
import {
  consentStates,
  contactSortKeys,
  savedNumberStates,
  type ConsentState,
  type SavedNumberState,
} from './contact-choices'

export {
  consentStates,
  contactSortKeys,
  savedNumberStates,
  type ConsentState,
  type SavedNumberState,
}

/** Where "saved the number" came from: the owner, an imported column, a first message, the QR. */
export const savedNumberSources = ['owner', 'import', 'wrote_first', 'qr'] as const
export type SavedNumberSource = (typeof savedNumberSources)[number]

/** libphonenumber's verdict, reduced to what matters for WhatsApp. */
export const phoneKinds = ['mobile', 'fixed_or_mobile', 'fixed', 'other'] as const
export type PhoneKind = (typeof phoneKinds)[number]

/** Why a contact is flagged for the user's attention (it is kept, but may not get broadcasts). */
export const contactFlags = ['not_mobile', 'no_phone'] as const
export type ContactFlag = (typeof contactFlags)[number]

export interface ContactPhone {
  e164: string
  /** The text as the user's file had it. */
  raw: string
  kind: PhoneKind
  /** The file's own label, e.g. "Mobile", "Work", "Мобильный". */
  label: string
  /** The number a broadcast goes to. Exactly one per contact with phones. */
  primary: boolean
}

export interface Contact {
  id: number
  /** As shown: the full name, or first + last. */
  name: string
  firstName: string
  /** The patronymic (отчество) or a middle name: «Анна Петровна» is the polite Russian address. */
  middleName: string
  lastName: string
  email: string
  notes: string
  phones: ContactPhone[]
  tags: string[]
  consent: ConsentState
  /** Where the consent (or its withdrawal) came from, e.g. "import: clients.csv" or "edited". */
  consentSource: string
  consentAt: number | null
  optedOut: boolean
  /** Which of its numbers are on the opt-out list (re-subscribing takes exactly these off). */
  optedOutPhones: string[]
  flag: ContactFlag | null
  /** Already chats with the shop: a message to them does not start a new chat (limits). */
  chatsWithShop: boolean
  savedNumber: SavedNumberState
  /** Null while unknown. */
  savedNumberSource: SavedNumberSource | null
  savedNumberAt: number | null
  createdAt: number
  updatedAt: number
}

/** One line of the contact table: just what the table shows. */
export interface ContactRow {
  id: number
  name: string
  primaryPhone: string | null
  otherPhones: number
  /** The first number that is not primary, shown greyed when there is no number to send to. */
  firstOtherPhone: string | null
  /**
   * The number the table shows (the primary, else the first other), spaced for reading by the
   * core with `formatPhone`: the first screen then needs no phone metadata of its own.
   */
  phoneText: string | null
  tags: string[]
  consent: ConsentState
  optedOut: boolean
  flag: ContactFlag | null
}

export const contactQuerySchema = z
  .object({
    /** Any part of a name, or any digits of a number. */
    search: z.string().trim().max(100).default(''),
    tag: z.string().trim().min(1).max(60).optional(),
    consent: z.enum(consentStates).optional(),
    optedOut: z.boolean().optional(),
    flagged: z.boolean().optional(),
    /** Whether they saved the shop's number (who a phone's list message reaches). */
    savedNumber: z.enum(savedNumberStates).optional(),
    /** Only the people of this list (the list page's "show them in the contact book"). */
    listId: z.number().int().positive().optional(),
    sort: z.enum(contactSortKeys).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
export type ContactQuery = z.input<typeof contactQuerySchema>

export interface ContactPage {
  total: number
  /**
   * For searches of one or two letters, counting every match would read the whole book: `total`
   * then stops at a cap and this is true ("more than N — type more to narrow it down").
   */
  totalCapped: boolean
  offset: number
  rows: ContactRow[]
}

const tagSchema = z.string().trim().min(1).max(60)
const idsSchema = z.array(z.number().int().positive()).min(1).max(100_000)

export const contactUpdateSchema = z
  .object({
    id: z.number().int().positive(),
    firstName: z.string().trim().max(200).optional(),
    middleName: z.string().trim().max(200).optional(),
    lastName: z.string().trim().max(200).optional(),
    name: z.string().trim().max(400).optional(),
    email: z.string().trim().max(320).optional(),
    notes: z.string().max(10_000).optional(),
    /** The whole list of numbers, in any spelling; the first mobile one becomes primary unless `primary` says. */
    phones: z
      .array(
        z.object({
          raw: z.string().trim().min(1).max(64),
          label: z.string().trim().max(40).default(''),
        }),
      )
      .max(20)
      .optional(),
    primary: z.string().trim().max(64).optional(),
    tags: z.array(tagSchema).max(100).optional(),
    consent: z.enum(consentStates).optional(),
    chatsWithShop: z.boolean().optional(),
    /** The owner's own word: recorded with source 'owner' and the date when it changes. */
    savedNumber: z.enum(savedNumberStates).optional(),
  })
  .strict()
export type ContactUpdate = z.input<typeof contactUpdateSchema>

export const contactIdSchema = z.object({ id: z.number().int().positive() }).strict()

/**
 * «Выбрать всё»: everyone the book's search and filters find, less the rows unticked since. The
 * core finds them itself, so the page never loads every id.
 */
export const contactMatchingSchema = z
  .object({
    query: contactQuerySchema.omit({ offset: true, limit: true, sort: true, direction: true }),
    except: z.array(z.number().int().positive()).max(100_000).default([]),
  })
  .strict()
export type ContactMatching = z.input<typeof contactMatchingSchema>

/**
 * Who a bulk action is for: the ticked ids, or everyone matching. Every bulk action of the
 * contact book's selection bar takes its people this way, next to its own fields.
 */
export function forContacts<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.union([
    z.object({ ids: idsSchema, ...shape }).strict(),
    z.object({ matching: contactMatchingSchema, ...shape }).strict(),
  ])
}
/** The people part of a bulk action's input, as `forContacts` accepts it. */
export type ContactSelector = { ids: number[] } | { matching: ContactMatching }

export const contactIdsSchema = forContacts({})
export const contactTagSchema = forContacts({
  add: z.array(tagSchema).max(20).default([]),
  remove: z.array(tagSchema).max(20).default([]),
})
/** «Отметить: сохранил(а) наш номер» for the ticked or found contacts; recorded as the owner's word. */
export const savedNumberMarkSchema = forContacts({
  savedNumber: z.enum(['yes', 'no', 'unknown']),
})
export type SavedNumberMark = z.input<typeof savedNumberMarkSchema>
export interface SavedNumberMarkOutcome {
  /** Contacts found for the ids or the filter. */
  matched: number
  /** Those whose answer changed (the rest already had it). */
  marked: number
}
export const contactUndoSchema = z.object({ undoToken: z.string().min(1).max(100) }).strict()
export const contactExportSchema = z
  .object({
    ids: idsSchema.optional(),
    query: contactQuerySchema.omit({ offset: true, limit: true }).optional(),
    /** «Выбрать всё» in the selection bar: those found, less the unticked ones. */
    matching: contactMatchingSchema.optional(),
    /** Excel's separator follows it (file-language.ts). */
    language: fileLanguageSchema,
  })
  .strict()

export interface DeleteOutcome {
  deleted: number
  /** Pass to contacts.undoDelete to bring them back. */
  undoToken: string
}

export interface TagCount {
  tag: string
  count: number
}

/** A file handed back to the renderer to save. */
export interface DownloadFile {
  fileName: string
  mimeType: string
  /** UTF-8 text (with a BOM where Excel needs one). */
  content: string
}

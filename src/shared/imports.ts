// Importing a contact file: upload in chunks, look at the guessed mapping with a preview, run
// with progress and cancel, read the report. Problem codes are translated by the renderer.
import { z } from 'zod'
import type { ConsentState, PhoneKind } from './contacts'

/** What a column of the file becomes. Several columns may be phones, tags or notes. */
export const mappingTargets = [
  'ignore',
  'fullName',
  'firstName',
  'middleName',
  'lastName',
  'phone',
  'email',
  'tags',
  'notes',
  'consent',
  /** The contact's country, or an address naming it: local numbers are read as that country's. */
  'country',
  /** Whether they saved the shop's number (yes/no): who a list message from the phone reaches. */
  'savedNumber',
] as const
export type MappingTarget = (typeof mappingTargets)[number]

/**
 * How the words of a full-name column are ordered, for the whole file: Russian «Фамилия Имя
 * Отчество» (`last_first`) or "First [Middle] Last" (`first_last`).
 */
export const nameOrders = ['last_first', 'first_last'] as const
export type NameOrder = (typeof nameOrders)[number]

export const importFormats = ['csv', 'vcard'] as const
export type ImportFormat = (typeof importFormats)[number]

/** Problems with one row: `rejected` rows are not imported, `flagged` ones are, with a warning. */
export const rowProblemCodes = [
  'no_phone',
  'invalid_phone',
  /** Digits enough for a number, but no country has it: `(111) 555-4444`. */
  'nonexistent_phone',
  'not_mobile',
  /** The number belongs to another country than the row's country or address says. */
  'country_mismatch',
  /** A fax or pager number (by its label or column): no messages go there, so it is not kept. */
  'fax_or_pager_skipped',
  'duplicate_in_file',
  'number_of_other_contact',
  'unknown_consent_value',
] as const
export type RowProblemCode = (typeof rowProblemCodes)[number]

/** Problems with the file as a whole: nothing is imported. */
export const fileProblemCodes = [
  'empty_file',
  'header_only',
  'binary_file',
  'unbalanced_quote',
  'too_large',
  'no_columns',
  /** A file of numbers (the opt-out list's import) with no column that reads as phone numbers. */
  'no_phone_column',
  /** A row with more cells than `importTableLimits.columns`: no contacts table is that wide. */
  'too_many_columns',
  /** A line longer than `importTableLimits.lineChars` characters, quoted or not. */
  'line_too_long',
] as const
export type FileProblemCode = (typeof fileProblemCodes)[number]

/**
 * What a contacts table may be (docs/limits.md, "What a contacts file may be"): far beyond any
 * real export (Google's and Outlook's have under 100 columns and lines of a few hundred
 * characters), small enough that a file past them is refused in a moment, never read for minutes.
 */
export const importTableLimits = {
  /** Cells in any row, the header's included; the mapping has one target per column. */
  columns: 500,
  /** Characters in one line of the file (a quoted cell's line breaks end lines too). */
  lineChars: 1_000_000,
} as const

export interface RowProblem {
  /** Line number in the file, counting the header as line 1 (for vCard: the BEGIN line). */
  line: number
  severity: 'rejected' | 'flagged'
  code: RowProblemCode
  /** The value the problem is about, e.g. the number as written. */
  value: string
  /** The whole row as the file had it. */
  raw: string[]
  /** The row's name as the file has it, so the owner sees who a problem is about. */
  name?: string
}

export interface PreviewContact {
  line: number
  name: string
  /** The name's parts as they will be stored; a full name is split by the file's `nameOrder`. */
  firstName: string
  middleName: string
  lastName: string
  phones: { e164: string; kind: PhoneKind; primary: boolean }[]
  email: string
  tags: string[]
  consent: ConsentState
  problems: RowProblem[]
}

export interface ImportPreview {
  importId: string
  fileName: string
  format: ImportFormat
  /** As detected, e.g. "UTF-8", "UTF-16LE", "windows-1251". */
  encoding: string
  /** "," ";" or "\t" for tables; "" for vCard. */
  delimiter: string
  headers: string[]
  /** The guess, one target per column; the user may change any before starting. */
  mapping: MappingTarget[]
  /** The first rows exactly as read, for the mapping screen. */
  sampleRows: string[][]
  /** The same rows as they would be imported with `mapping`. */
  sampleContacts: PreviewContact[]
  /** The order full names are split by: the one asked for, else the guess from header and values. */
  nameOrder: NameOrder
  /** Some full name of the sample is split into parts: the order matters, so it is shown. */
  splitsNames: boolean
  /**
   * Columns left out because they hold fax or pager numbers ("Home Fax", «Факс раб.», "Pager"),
   * which WhatsApp cannot reach: named in the preview so the owner knows where they went.
   */
  faxColumns: string[]
  /** Rows in the file, estimated from its size until it is read through. */
  estimatedRows: number
}

export interface ImportProgress {
  importId: string
  phase: 'reading' | 'saving' | 'finished' | 'cancelled' | 'failed'
  rowsDone: number
  rowsEstimated: number
}

export interface ImportReport {
  importId: string
  fileName: string
  /** interrupted: Rupor stopped during the import (a crash, a power cut); nothing of it was kept. */
  status: 'finished' | 'cancelled' | 'failed' | 'interrupted'
  rows: number
  added: number
  updated: number
  /** Rows that matched a contact already in the book and brought nothing new. */
  unchanged: number
  /** Rows that matched an earlier row of the same file and were merged into it. */
  mergedDuplicates: number
  rejected: number
  flagged: number
  /** The first problems (up to 1 000); the CSV report has them all. */
  problems: RowProblem[]
  fileProblem: { code: FileProblemCode; line: number | null } | null
  /** A failed import's cause when the owner can fix it: the disk is full, the folder unwritable. */
  storageProblem?: 'disk_full' | 'read_only'
}

const importId = z.string().regex(/^[a-z0-9-]{8,64}$/)

export const importCreateSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    size: z
      .number()
      .int()
      .min(0)
      .max(2 ** 34),
  })
  .strict()
export const importChunkSchema = z
  .object({
    importId,
    /** Byte offset of this chunk; chunks arrive in order. */
    offset: z.number().int().min(0),
    /** Base64 of at most 4 MiB. */
    data: z.string().max(6_000_000),
  })
  .strict()
export const importPreviewSchema = z
  .object({
    importId,
    mapping: z.array(z.enum(mappingTargets)).max(importTableLimits.columns).optional(),
    encoding: z.string().max(40).optional(),
    /** Absent: guessed from the full-name column's header and values. */
    nameOrder: z.enum(nameOrders).optional(),
  })
  .strict()
export const importStartSchema = z
  .object({
    importId,
    mapping: z.array(z.enum(mappingTargets)).min(1).max(importTableLimits.columns),
    /** For rows without a consent column: did these people agree to receive messages? */
    consent: z.enum(['granted', 'unknown']),
    encoding: z.string().max(40).optional(),
    /** Absent: guessed as the preview does. */
    nameOrder: z.enum(nameOrders).optional(),
  })
  .strict()
export const importIdSchema = z.object({ importId }).strict()
export const importProblemsSchema = z
  .object({
    importId,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .strict()
export const importProblemsCsvSchema = z
  .object({ importId, language: z.enum(['ru', 'en']) })
  .strict()

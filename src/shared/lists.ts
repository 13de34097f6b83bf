// Broadcast lists: 2 to 256 people, each shown with whether they may be messaged now and why not.
import { z } from 'zod'
import { consentStates, contactMatchingSchema, type ConsentState } from './contacts'
import type { ExclusionReason, ReasonCounts } from './eligibility'
import { fileLanguageSchema } from './file-language'

/** WhatsApp's own cap on a broadcast list, enforced by the core whatever the caller. */
export const listCapacity = 256
/** A list of one is a chat, not a broadcast. */
export const listMinimum = 2

export const listFields = ['any', 'name', 'email', 'notes'] as const
export type ListField = (typeof listFields)[number]

/** Who a list is built from: remembered with the list so it can be built again. */
export const listFilterSchema = z
  .object({
    /** Any part of a name, or any digits of a number (as the contact book's search). */
    search: z.string().trim().max(100).default(''),
    /** People with any of these tags. */
    tags: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    consent: z.enum(consentStates).optional(),
    /** A field that contains this text (a city in the notes, a company in the name…). */
    field: z.enum(listFields).default('any'),
    contains: z.string().trim().max(100).default(''),
    /** Added to the book on or after this moment (ms since 1970). */
    addedSince: z.number().int().min(0).optional(),
  })
  .strict()
export type ListFilter = z.output<typeof listFilterSchema>
export type ListFilterInput = z.input<typeof listFilterSchema>

/** Ticked contacts, everyone a filter finds, or everyone the contact book's «Выбрать всё» took. */
export const listSelectionSchema = z.union([
  z.object({ contactIds: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
  z.object({ filter: listFilterSchema }).strict(),
  z.object({ matching: contactMatchingSchema }).strict(),
])
export type ListSelection = z.input<typeof listSelectionSchema>
/** As the lists service gets it: the core has turned `matching` into ids already. */
export type ParsedListSelection = Exclude<
  z.output<typeof listSelectionSchema>,
  { matching: unknown }
>

const nameSchema = z.string().trim().min(1).max(80)
const descriptionSchema = z.string().trim().max(500)
const listIdSchema = z.number().int().positive()

export interface ListSummary {
  id: number
  name: string
  description: string
  size: number
  eligible: number
  excluded: ReasonCounts
  /** The filter it was built from, if it was. */
  filter: ListFilter | null
  createdAt: number
  updatedAt: number
}

export interface ListMember {
  contactId: number
  name: string
  /** The number a broadcast goes to, or null when the contact has none. */
  e164: string | null
  consent: ConsentState
  eligible: boolean
  /** Empty when eligible; otherwise every reason, the main one first. */
  reasons: ExclusionReason[]
  addedAt: number
}

export interface ListDetail extends ListSummary {
  members: ListMember[]
}

/** What a selection would become, before anything is saved. */
export interface ListPlan {
  /** Contacts the selection holds. */
  selected: number
  eligible: number
  excluded: ReasonCounts
  /** People who would go into lists (the eligible ones, or everyone). */
  placed: number
  /** Sizes of the lists it would make: one, or several of near-equal size. */
  parts: number[]
}

export const listIdInputSchema = z.object({ id: listIdSchema }).strict()

export const listCreateSchema = z
  .object({
    name: nameSchema,
    description: descriptionSchema.default(''),
    contactIds: z.array(z.number().int().positive()).max(10_000).default([]),
  })
  .strict()

export const listUpdateSchema = z
  .object({
    id: listIdSchema,
    name: nameSchema.optional(),
    description: descriptionSchema.optional(),
  })
  .strict()

export const listMembersSchema = z
  .object({
    id: listIdSchema,
    contactIds: z.array(z.number().int().positive()).min(1).max(100_000),
  })
  .strict()

/** Into an existing list: ticked contacts, or everyone the contact book's «Выбрать всё» took. */
export const listAddMembersSchema = z.union([
  listMembersSchema,
  z.object({ id: listIdSchema, matching: contactMatchingSchema }).strict(),
])

export const listAddMatchingSchema = z
  .object({ id: listIdSchema, filter: listFilterSchema, onlyEligible: z.boolean().default(true) })
  .strict()

export const listDuplicateSchema = z.object({ id: listIdSchema, name: nameSchema }).strict()

export const listPlanSchema = z
  .object({ selection: listSelectionSchema, onlyEligible: z.boolean().default(true) })
  .strict()

export const listBuildSchema = z
  .object({
    selection: listSelectionSchema,
    onlyEligible: z.boolean().default(true),
    name: nameSchema,
    description: descriptionSchema.default(''),
    /** Over 256: make several lists "Name 1/3", "Name 2/3"… instead of refusing. */
    split: z.boolean().default(false),
  })
  .strict()

export interface AddMembersOutcome {
  added: number
  alreadyIn: number
  /** Left out because they may not be messaged now (with onlyEligible). */
  skipped: ReasonCounts
}

export const listExportSchema = z
  .object({ id: listIdSchema, format: z.enum(['csv', 'vcf']), language: fileLanguageSchema })
  .strict()

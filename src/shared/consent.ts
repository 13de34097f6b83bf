// Marking consent for many people at once: "these customers agreed, here is where and when".
import { z } from 'zod'
import { contactMatchingSchema } from './contacts'
import { listFilterSchema } from './lists'

/** What the owner may write as where consent was obtained: «в магазине, устно», «анкета на кассе». */
export const consentSourceMax = 200

/**
 * Whom to mark: ticked contacts, everyone the contact book's search and filters find less the rows
 * unticked since («Выбрать всё», as every bulk action takes it), everyone a list builder's filter
 * finds (the list dialog's «Нет согласия: N»), or a saved list's members (its page's fix).
 */
export const consentTargetSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
  z.object({ matching: contactMatchingSchema }).strict(),
  z.object({ listFilter: listFilterSchema }).strict(),
  z.object({ listId: z.number().int().positive() }).strict(),
])
export type ConsentTarget = z.input<typeof consentTargetSchema>

export const consentMarkSchema = z
  .object({
    target: consentTargetSchema,
    /** Where it was obtained, recorded as each contact's consent source. */
    source: z.string().trim().min(1).max(consentSourceMax),
    /** When it was obtained (ms since 1970); not after today. */
    obtainedAt: z.number().int().min(0),
  })
  .strict()
export type ConsentMark = z.input<typeof consentMarkSchema>

/** Why someone the target holds was left as they were. */
export const consentSkipReasons = ['opted_out', 'consent_withdrawn'] as const
export type ConsentSkipReason = (typeof consentSkipReasons)[number]

export interface ConsentMarkOutcome {
  /** Contacts the target held (ids no longer in the book are not counted). */
  matched: number
  /** Now marked "consent given", with the source and date. */
  marked: number
  /** Already had consent: their own source and date are kept. */
  alreadyGranted: number
  /** Left untouched: an opt-out or a withdrawn consent is never undone by a bulk mark. */
  skipped: Record<ConsentSkipReason, number>
}

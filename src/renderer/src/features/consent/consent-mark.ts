// The bulk mark «согласие получено» as plain data: whom it is for, the day it was obtained as the
// core takes it, and what the owner is told afterwards.
import type { ConsentMarkOutcome, ConsentTarget } from '../../../../shared/consent'
import type { ListSelection } from '../../../../shared/lists'

/** Today as the date field holds it, "YYYY-MM-DD", in the owner's own time zone. */
export function todayField(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The moment the core records for a day picked in the field: that day's start where the owner is,
 * so a day never turns into the next one. Undefined while the field is empty or not a real day.
 */
export function obtainedAtOf(field: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(year, month - 1, day)
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return undefined
  return date.getTime()
}

/** A day after today is not when consent was obtained. */
export const isAfterToday = (field: string, now: Date): boolean => field > todayField(now)

/** The people a list dialog counts, as the mark takes them. */
export function consentTargetOf(selection: ListSelection): ConsentTarget {
  if ('contactIds' in selection) return { ids: selection.contactIds }
  if ('filter' in selection) return { listFilter: selection.filter }
  return { matching: selection.matching }
}

export type OutcomeLine =
  | { key: 'marked' | 'alreadyGranted' | 'skippedOptedOut' | 'skippedWithdrawn'; count: number }
  | { key: 'nobody'; count: 0 }

/** What the owner is told: how many were marked, and each group left as it was, with why. */
export function outcomeLines(outcome: ConsentMarkOutcome): OutcomeLine[] {
  const lines: OutcomeLine[] = []
  if (outcome.marked > 0) lines.push({ key: 'marked', count: outcome.marked })
  if (outcome.alreadyGranted > 0)
    lines.push({ key: 'alreadyGranted', count: outcome.alreadyGranted })
  if (outcome.skipped.opted_out > 0)
    lines.push({ key: 'skippedOptedOut', count: outcome.skipped.opted_out })
  if (outcome.skipped.consent_withdrawn > 0)
    lines.push({ key: 'skippedWithdrawn', count: outcome.skipped.consent_withdrawn })
  return lines.length > 0 ? lines : [{ key: 'nobody', count: 0 }]
}

// The builder's filter as the user fills it in, and the filter the core reads.
import type { ConsentState } from '../../../../shared/contacts'
import type { ListField, ListFilterInput } from '../../../../shared/lists'

export interface FilterForm {
  search: string
  tags: string[]
  consent: ConsentState | undefined
  field: ListField
  contains: string
  /** As a date input holds it: "2024-05-31", or "" for any time. */
  addedSince: string
}

export const emptyFilterForm: FilterForm = {
  search: '',
  tags: [],
  consent: undefined,
  field: 'any',
  contains: '',
  addedSince: '',
}

/** Midnight at the start of a "YYYY-MM-DD" day in the user's own time zone; undefined if blank. */
export function dayStart(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const [, year, month, day] = match.map(Number)
  if (year === undefined || month === undefined || day === undefined) return undefined
  const ms = new Date(year, month - 1, day).getTime()
  return Number.isNaN(ms) || ms < 0 ? undefined : ms
}

/** The filter as the core reads it: texts trimmed, unset parts left out. */
export function toListFilter(form: FilterForm): ListFilterInput {
  const filter: ListFilterInput = {
    search: form.search.trim(),
    tags: form.tags,
    field: form.field,
    contains: form.contains.trim(),
  }
  if (form.consent !== undefined) filter.consent = form.consent
  const since = dayStart(form.addedSince)
  if (since !== undefined) filter.addedSince = since
  return filter
}

/** Equal for two forms that ask the core for the same people. */
export function filterFormKey(form: FilterForm): string {
  return JSON.stringify(toListFilter(form))
}

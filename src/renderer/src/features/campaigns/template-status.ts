// A template's status as Meta names it, sorted into what the composer can say about it.

/** The statuses the composer explains; Meta has more (and adds some), shown as "other". */
export const knownTemplateStatuses = [
  'APPROVED',
  'PAUSED',
  'DISABLED',
  'PENDING',
  'REJECTED',
  'IN_APPEAL',
  'ARCHIVED',
] as const
export type KnownTemplateStatus = (typeof knownTemplateStatuses)[number]

export const knownTemplateCategories = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const
export type KnownTemplateCategory = (typeof knownTemplateCategories)[number]

/** Only an approved template may be sent (Meta refuses the rest). */
export const isSendable = (status: string): boolean => status.toUpperCase() === 'APPROVED'

/** The status's translation key, or `other` for one Rupor has no words for. */
export function templateStatusKey(status: string): KnownTemplateStatus | 'other' {
  const upper = status.toUpperCase()
  return knownTemplateStatuses.find((known) => known === upper) ?? 'other'
}

export function templateCategoryKey(category: string): KnownTemplateCategory | null {
  const upper = category.toUpperCase()
  return knownTemplateCategories.find((known) => known === upper) ?? null
}

const statusColors: Record<KnownTemplateStatus | 'other', string> = {
  APPROVED: 'teal',
  PAUSED: 'orange',
  DISABLED: 'red',
  PENDING: 'blue',
  REJECTED: 'red',
  IN_APPEAL: 'blue',
  ARCHIVED: 'gray',
  other: 'gray',
}
export const templateStatusColor = (status: string): string =>
  statusColors[templateStatusKey(status)]

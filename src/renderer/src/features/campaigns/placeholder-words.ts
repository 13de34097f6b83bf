// A placeholder in words, for wherever the owner sees it as a label rather than in the text they
// edit: {{first_name|друг}} → «Имя (если нет — «друг»)», {{shop}} → «Название магазина».
import type { TFunction } from 'i18next'
import { isMessageField } from '../../../../shared/message-fields'

/** A field and what stands in when it is empty, in words; an unknown field as it is written. */
export function fieldInWords(field: string, fallback: string | null, t: TFunction): string {
  const name = isMessageField(field) ? t(`campaigns.composer.placeholder.${field}`) : field
  const instead = fallback?.trim() ?? ''
  return instead === ''
    ? name
    : t('campaigns.composer.placeholderWithFallback', { field: name, fallback: instead })
}

/**
 * "{{first_name|друг}}" in words, read the way the core reads it (spaces around the name and the
 * fallback do not count); anything that is not one placeholder comes back as it was.
 */
export function placeholderInWords(raw: string, t: TFunction): string {
  const inner = /^\{\{([^{}\n]*)\}\}$/.exec(raw)?.[1]
  if (inner === undefined) return raw
  const bar = inner.indexOf('|')
  const field = (bar === -1 ? inner : inner.slice(0, bar)).trim()
  const fallback = bar === -1 ? null : inner.slice(bar + 1)
  return isMessageField(field) ? fieldInWords(field, fallback, t) : raw
}

// Where a placeholder's value comes from, in a few words: the tooltip on a template's {{1}}.
import type { TFunction } from 'i18next'
import type { TemplateParam } from '../../../../shared/cloud-api'
import { fieldInWords } from './placeholder-words'

/** Where a placeholder's value comes from, in a few words, for the template text's tooltips. */
export function describeParam(param: TemplateParam | undefined, t: TFunction): string | undefined {
  if (param === undefined) return undefined
  if (param.kind === 'fixed') {
    return param.value.trim() === ''
      ? undefined
      : t('campaigns.composer.cloud.describeFixed', { value: param.value.trim() })
  }
  // The same words as the composer's own placeholders: «Имя (если нет — «друг»)».
  return fieldInWords(param.field, param.fallback, t)
}

// Where a placeholder's value comes from, in a few words: the tooltip on a template's {{1}}.
import type { TFunction } from 'i18next'
import type { TemplateParam } from '../../../../shared/cloud-api'

/** Where a placeholder's value comes from, in a few words, for the template text's tooltips. */
export function describeParam(param: TemplateParam | undefined, t: TFunction): string | undefined {
  if (param === undefined) return undefined
  if (param.kind === 'fixed') {
    return param.value.trim() === ''
      ? undefined
      : t('campaigns.composer.cloud.describeFixed', { value: param.value.trim() })
  }
  const field = t(`campaigns.composer.placeholder.${param.field}`)
  return param.fallback.trim() === ''
    ? field
    : t('campaigns.composer.cloud.describeField', { field, fallback: param.fallback.trim() })
}

// Where each placeholder of a Cloud API template takes its value from, with sensible defaults so
// that picking a template is usually enough: {{1}} and {{first_name}} become the person's name.
import {
  paramKey,
  type CampaignTemplate,
  type CloudTemplate,
  type TemplateParam,
  type TemplatePlaceholder,
} from '../../../../shared/cloud-api'
import { contactFieldNames, isContactField } from '../../../../shared/message-fields'
import type { MessageLanguage } from './composer-form'

export type FieldParam = Extract<TemplateParam, { kind: 'field' }>
export type ContactField = FieldParam['field']

/** The contact fields a placeholder can take, in the order the picker shows them. */
export const contactFields: readonly ContactField[] = contactFieldNames
export { isContactField }

/** What stands in for an empty name, in the message's language. */
export const friendWord: Record<MessageLanguage, string> = { ru: 'друг', en: 'friend' }

/** The message language of a template's locale ("en_US" → en); `otherwise` for other languages. */
export function templateMessageLanguage(
  locale: string,
  otherwise: MessageLanguage,
): MessageLanguage {
  const base = locale.toLowerCase().split(/[_-]/)[0]
  if (base === 'en') return 'en'
  if (base === 'ru') return 'ru'
  return otherwise
}

/** A name field gets "friend" when empty; other fields have no natural stand-in. */
function fallbackFor(field: ContactField, language: MessageLanguage): string {
  return field === 'first_name' || field === 'name' ? friendWord[language] : ''
}

export function fieldParam(field: ContactField, language: MessageLanguage): FieldParam {
  return { kind: 'field', field, fallback: fallbackFor(field, language) }
}

/**
 * A placeholder's default source: a named one that is a contact field takes that field; the body's
 * {{1}} (nearly always the greeting) takes the first name; anything else is a text the owner types.
 */
export function defaultParam(
  placeholder: TemplatePlaceholder,
  language: MessageLanguage,
): TemplateParam {
  if (isContactField(placeholder.key)) return fieldParam(placeholder.key, language)
  if (placeholder.component === 'body' && placeholder.key === '1') {
    return fieldParam('first_name', language)
  }
  return { kind: 'fixed', value: '' }
}

export const sameTemplate = (
  a: Pick<CloudTemplate, 'name' | 'language'>,
  b: Pick<CloudTemplate, 'name' | 'language'>,
): boolean => a.name === b.name && a.language === b.language

/**
 * The campaign's copy of a picked template with every placeholder mapped. Picking the template
 * the campaign already has keeps the owner's mapping for the placeholders it still has.
 */
export function chooseTemplate(
  picked: CloudTemplate,
  current: CampaignTemplate | null,
  language: MessageLanguage,
): CampaignTemplate {
  const same = current !== null && sameTemplate(current, picked)
  const kept = same ? current.params : {}
  const params: Record<string, TemplateParam> = {}
  for (const placeholder of picked.placeholders) {
    const key = paramKey(placeholder)
    params[key] = kept[key] ?? defaultParam(placeholder, language)
  }
  return {
    name: picked.name,
    language: picked.language,
    category: picked.category,
    parameterFormat: picked.parameterFormat,
    header: picked.header,
    body: picked.body,
    footer: picked.footer,
    buttons: [...picked.buttons],
    placeholders: picked.placeholders.map((placeholder) => ({ ...placeholder })),
    params,
    headerFormat: picked.headerFormat ?? 'none',
    buttonDetails: (picked.buttonDetails ?? []).map((button) => ({ ...button })),
    // The file picked for this template's header stays while the header is still of its kind.
    headerMedia:
      same && current.headerMedia?.kind === picked.headerFormat ? current.headerMedia : null,
  }
}

/**
 * The template as the preview may ask for it: a text not typed yet shows as its placeholder, so
 * the owner sees what is missing instead of no preview at all (Meta's rules refuse an empty one).
 */
export function forPreview(template: CampaignTemplate): CampaignTemplate {
  const params = { ...template.params }
  for (const placeholder of template.placeholders) {
    const key = paramKey(placeholder)
    const param = params[key]
    if (param?.kind === 'fixed' && param.value.trim() === '') {
      params[key] = { kind: 'fixed', value: `{{${placeholder.key}}}` }
    }
  }
  return { ...template, params }
}

export type ParamProblem = 'required' | 'fallbackRequired'

/**
 * What keeps the mapping from being sent. A fixed text is always needed (Meta refuses empty
 * parameters); a missing fallback only matters once sending, when someone's field may be empty.
 * The phone is never empty, so it needs none.
 */
export function paramProblems(
  template: CampaignTemplate,
  forStart: boolean,
): Record<string, ParamProblem> {
  const problems: Record<string, ParamProblem> = {}
  for (const placeholder of template.placeholders) {
    const key = paramKey(placeholder)
    const param = template.params[key]
    if (param === undefined) problems[key] = 'required'
    else if (param.kind === 'fixed' && param.value.trim() === '') problems[key] = 'required'
    else if (
      forStart &&
      param.kind === 'field' &&
      param.field !== 'phone' &&
      param.fallback.trim() === ''
    )
      problems[key] = 'fallbackRequired'
  }
  return problems
}

export {
  lacksOptOut,
  templateOptOut,
  type TemplateOptOut,
} from '../../../../shared/template-opt-out'

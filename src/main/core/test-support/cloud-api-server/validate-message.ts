// Checks a `POST /{pnid}/messages` body the way the Cloud API does before it accepts anything:
// the common fields, the object named after `type`, and for templates the name + exact locale,
// the template's status and its BODY variables (WHATSAPP-FACTS.md §1.1, §2, §9.1, §9.5), then its
// header file, button values and text parameters (validate-template-parts.ts).

import { normalizeRecipient } from './normalize-recipient'
import { MediaStore } from './media'
import { bodyPlaceholders, type TemplateStore } from './templates'
import { checkTemplateParts } from './validate-template-parts'
import type { CloudTestTemplate } from './types'

export const SUPPORTED_TYPES = ['text', 'template', 'image', 'document'] as const
export type MessageType = (typeof SUPPORTED_TYPES)[number]

export const TEXT_BODY_MAX = 4096
export const CAPTION_MAX = 1024

export type MessageCheck =
  | {
      ok: true
      to: string
      waId: string
      type: MessageType
      template: CloudTestTemplate | undefined
    }
  | { ok: false; code: number; details: string }

const fail = (code: number, details: string): MessageCheck => ({ ok: false, code, details })

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isSupported = (type: string): type is MessageType =>
  (SUPPORTED_TYPES as readonly string[]).includes(type)

/** Limits count characters, not UTF-16 units: here code points, so '😀' is one. */
const charCount = (text: string): number => Array.from(text).length

export function checkMessage(
  body: Record<string, unknown>,
  countryCallingCode: string,
  templates: TemplateStore,
  media: MediaStore = new MediaStore(),
): MessageCheck {
  if (body.messaging_product !== 'whatsapp') {
    return fail(100, "The parameter messaging_product is required and must be 'whatsapp'.")
  }
  const { to, type } = body
  if (typeof to !== 'string' || to.trim() === '')
    return fail(131008, 'The parameter to is required.')
  if (typeof type !== 'string' || type === '')
    return fail(131008, 'The parameter type is required.')
  const recipient = normalizeRecipient(to, countryCallingCode)
  if (!recipient.ok) return fail(131009, `The parameter to ('${to}') is not a valid phone number.`)
  if (!isSupported(type)) return fail(131051, `Message type '${type}' is not supported.`)
  const object = body[type]
  if (!isRecord(object)) return fail(131008, `The parameter ${type} is required.`)

  const ok = (template?: CloudTestTemplate): MessageCheck => ({
    ok: true,
    to,
    waId: recipient.waId,
    type,
    template,
  })
  switch (type) {
    case 'text': {
      if (typeof object.body !== 'string')
        return fail(131008, "The parameter text['body'] is required.")
      if (charCount(object.body) > TEXT_BODY_MAX) {
        return fail(
          100,
          `The parameter text['body'] must be at most ${TEXT_BODY_MAX} characters long.`,
        )
      }
      return ok()
    }
    case 'image':
    case 'document': {
      const hasLink = typeof object.link === 'string' && object.link !== ''
      const hasId = typeof object.id === 'string' && object.id !== ''
      if (!hasLink && !hasId)
        return fail(131008, `The parameter ${type}['link'] or ${type}['id'] is required.`)
      if (typeof object.caption === 'string' && charCount(object.caption) > CAPTION_MAX) {
        return fail(
          100,
          `The parameter ${type}['caption'] must be at most ${CAPTION_MAX} characters long.`,
        )
      }
      return ok()
    }
    case 'template': {
      const checked = checkTemplate(object, templates, media)
      return 'code' in checked ? fail(checked.code, checked.details) : ok(checked)
    }
  }
}

type TemplateCheck = CloudTestTemplate | { code: number; details: string }

function checkTemplate(
  object: Record<string, unknown>,
  templates: TemplateStore,
  media: MediaStore,
): TemplateCheck {
  const name = object.name
  const language = isRecord(object.language) ? object.language.code : undefined
  if (typeof name !== 'string' || name === '') {
    return { code: 131008, details: "The parameter template['name'] is required." }
  }
  if (typeof language !== 'string' || language === '') {
    return { code: 131008, details: "The parameter template['language']['code'] is required." }
  }
  const template = templates.find(name, language)
  const where = `template name (${name}) in ${language}`
  if (!template) {
    return { code: 132001, details: `${where} does not exist in the translation.` }
  }
  if (template.status === 'PAUSED') return { code: 132015, details: `${where} is paused.` }
  if (template.status === 'DISABLED') return { code: 132016, details: `${where} is disabled.` }
  if (template.status !== 'APPROVED') {
    return { code: 132001, details: `${where} is ${template.status}, not APPROVED.` }
  }

  const parameters = bodyParameters(object.components)
  const placeholders = bodyPlaceholders(template)
  if (parameters.length !== placeholders.length) {
    return {
      code: 132000,
      details: `body: number of localizable_params (${parameters.length}) does not match the expected number of params (${placeholders.length})`,
    }
  }
  for (const parameter of parameters) {
    if (!isRecord(parameter) || typeof parameter.type !== 'string') {
      return { code: 131008, details: "The parameter body parameter['type'] is required." }
    }
    if (parameter.type === 'text' && typeof parameter.text !== 'string') {
      return { code: 131008, details: "The parameter body parameter['text'] is required." }
    }
  }
  if (template.parameter_format === 'NAMED') {
    const seen = new Set<string>()
    for (const parameter of parameters) {
      const parameterName = isRecord(parameter) ? parameter.parameter_name : undefined
      // Positional values sent to a named template: the format does not match.
      if (typeof parameterName !== 'string') {
        return {
          code: 132012,
          details: 'body: every parameter of a NAMED template needs a parameter_name.',
        }
      }
      if (!placeholders.includes(parameterName) || seen.has(parameterName)) {
        return {
          code: 132000,
          details: `body: parameter_name '${parameterName}' does not match the template's variables (${placeholders.join(', ')}).`,
        }
      }
      seen.add(parameterName)
    }
  }
  // The header's file, the buttons' values and every text parameter's characters.
  return checkTemplateParts(template, object.components, media) ?? template
}

/** The `parameters` of the request's body component (any case of 'body'); none when absent. */
function bodyParameters(components: unknown): unknown[] {
  if (!Array.isArray(components)) return []
  for (const component of components as unknown[]) {
    if (
      isRecord(component) &&
      typeof component.type === 'string' &&
      component.type.toLowerCase() === 'body'
    ) {
      return Array.isArray(component.parameters) ? (component.parameters as unknown[]) : []
    }
  }
  return []
}

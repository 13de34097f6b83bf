// A template send's header and buttons checked as the Cloud API does, and every text parameter's
// characters. Meta's shapes: "Send message templates" and the OpenAPI TemplateObject example —
// {"type":"header","parameters":[{"type":"image","image":{"id"|"link"}}]},
// {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload",…}]};
// a URL button's suffix {"type":"text","text":…}; a copy-code button's
// {"type":"coupon_code","coupon_code":…} (Coupon code templates,
// developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/coupon-templates).

import type { MediaStore } from './media'
import type { CloudTestTemplate } from './types'

export type PartsProblem = { code: number; details: string } | null

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const componentsOf = (components: unknown): Record<string, unknown>[] =>
  Array.isArray(components) ? (components as unknown[]).filter(isRecord) : []

const typeOf = (component: Record<string, unknown>): string =>
  typeof component.type === 'string' ? component.type.toLowerCase() : ''

/** The template's own HEADER and BUTTONS, as `GET message_templates` shows them. */
function templatePart(
  template: CloudTestTemplate,
  type: string,
): Record<string, unknown> | undefined {
  return template.components
    .filter(isRecord)
    .find((c) => typeof c.type === 'string' && c.type.toUpperCase() === type)
}

const mediaFormats = new Set(['IMAGE', 'VIDEO', 'DOCUMENT'])

/** A button whose URL ends in a variable, or a copy-code button: Meta needs its value. */
const needsValue = (button: Record<string, unknown>): boolean => {
  const type = typeof button.type === 'string' ? button.type.toUpperCase() : ''
  if (type === 'COPY_CODE') return true
  return type === 'URL' && typeof button.url === 'string' && /\{\{\s*\w+\s*\}\}/.test(button.url)
}

const buttonTitle = (type: string): string =>
  type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')

/**
 * Meta refuses a text parameter with a new line, a tab or more than four spaces in a row —
 * "(#100) Invalid parameter", details "Param text cannot have new-line/tab characters or more
 * than 4 consecutive spaces" (Meta's answer as quoted in
 * github.com/netflie/whatsapp-cloud-api/issues/201).
 */
export const PARAM_TEXT_RULE =
  'Param text cannot have new-line/tab characters or more than 4 consecutive spaces'
const breaksTextRule = (text: string): boolean => /[\n\r\t]| {5}/.test(text)

function checkTextParameters(components: Record<string, unknown>[]): PartsProblem {
  for (const component of components) {
    const parameters = Array.isArray(component.parameters)
      ? (component.parameters as unknown[])
      : []
    for (const parameter of parameters.filter(isRecord)) {
      if (parameter.type === 'text' && typeof parameter.text === 'string') {
        if (breaksTextRule(parameter.text)) return { code: 100, details: PARAM_TEXT_RULE }
      }
    }
  }
  return null
}

function checkHeader(
  template: CloudTestTemplate,
  components: Record<string, unknown>[],
  media: MediaStore,
): PartsProblem {
  const header = templatePart(template, 'HEADER')
  const format = typeof header?.format === 'string' ? header.format.toUpperCase() : ''
  if (!mediaFormats.has(format) && format !== 'LOCATION') return null
  const sent = components.find((c) => typeOf(c) === 'header')
  const parameters = Array.isArray(sent?.parameters) ? (sent.parameters as unknown[]) : []
  const parameter = parameters.find(isRecord)
  const received = typeof parameter?.type === 'string' ? parameter.type.toUpperCase() : 'UNKNOWN'
  // A media header sent without its file, or with another kind: Meta's 132012 "Parameter format
  // does not match format in the created template".
  if (parameter === undefined || received !== format) {
    return {
      code: 132012,
      details: `header: Format mismatch, expected ${format}, received ${received}`,
    }
  }
  if (format === 'LOCATION') return null
  const kind = format.toLowerCase()
  const object = parameter[kind]
  const id = isRecord(object) && typeof object.id === 'string' ? object.id : ''
  const link = isRecord(object) && typeof object.link === 'string' ? object.link : ''
  if (id === '' && link === '') {
    return { code: 131008, details: `The parameter ${kind}['link'] or ${kind}['id'] is required.` }
  }
  if (id !== '' && media.find(id) === undefined) {
    // An id Meta does not know (never uploaded, or past its 30 days): Media upload error.
    return { code: 131053, details: `Media id ${id} is not valid or has expired.` }
  }
  return null
}

function checkButtons(
  template: CloudTestTemplate,
  components: Record<string, unknown>[],
): PartsProblem {
  const part = templatePart(template, 'BUTTONS')
  const buttons = (Array.isArray(part?.buttons) ? (part.buttons as unknown[]) : []).filter(isRecord)
  const sent = components.filter((c) => typeOf(c) === 'button')
  for (const component of sent) {
    const index = Number(component.index)
    const button = Number.isInteger(index) ? buttons[index] : undefined
    const type = typeof button?.type === 'string' ? button.type.toUpperCase() : ''
    const subType = typeof component.sub_type === 'string' ? component.sub_type.toUpperCase() : ''
    if (button === undefined || subType !== type) {
      return {
        code: 131009,
        details: `buttons: Button at index ${String(component.index)} of sub_type ${subType.toLowerCase()} does not match the template's button (${type || 'none'}).`,
      }
    }
    const parameters = Array.isArray(component.parameters)
      ? (component.parameters as unknown[])
      : []
    const parameter = parameters.find(isRecord)
    const value =
      type === 'QUICK_REPLY'
        ? parameter?.type === 'payload' && typeof parameter.payload === 'string'
        : type === 'URL'
          ? parameter?.type === 'text' &&
            typeof parameter.text === 'string' &&
            parameter.text !== ''
          : type === 'COPY_CODE'
            ? parameter?.type === 'coupon_code' &&
              typeof parameter.coupon_code === 'string' &&
              parameter.coupon_code !== ''
            : true
    if (!value) {
      return {
        code: 131008,
        details: `buttons: Button at index ${String(index)} of type ${buttonTitle(type)} requires a parameter`,
      }
    }
  }
  // A button whose value Meta needs, with no component for it at all.
  for (const [index, button] of buttons.entries()) {
    if (!needsValue(button)) continue
    if (sent.some((c) => Number(c.index) === index)) continue
    const type = typeof button.type === 'string' ? button.type : ''
    return {
      code: 131008,
      details: `buttons: Button at index ${String(index)} of type ${buttonTitle(type)} requires a parameter`,
    }
  }
  return null
}

/** The send's header, buttons and text parameters; null when Meta would accept them. */
export function checkTemplateParts(
  template: CloudTestTemplate,
  components: unknown,
  media: MediaStore,
): PartsProblem {
  const sent = componentsOf(components)
  return (
    checkTextParameters(sent) ?? checkHeader(template, sent, media) ?? checkButtons(template, sent)
  )
}

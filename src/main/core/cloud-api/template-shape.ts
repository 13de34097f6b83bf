// Meta's template objects flattened for showing and mapping, and a template filled in for one
// person: what the preview shows and what the ledger records as sent.
import {
  paramKey,
  type CampaignTemplate,
  type CloudTemplate,
  type TemplatePlaceholder,
} from '../../../shared/cloud-api'
import { buttonPlaceholders, cleanParamText, paramMaxChars } from '../../../shared/template-fill'
import type { HeaderFormat, TemplateButton } from '../../../shared/template-parts'
import type { MessageFields } from '../campaigns/message'
import { isRecord } from './json-shape'

const placeholderPattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g

/** The distinct placeholders of one component's text, in order of appearance. */
export function placeholdersOf(
  text: string,
  component: TemplatePlaceholder['component'],
): TemplatePlaceholder[] {
  const keys = [...text.matchAll(placeholderPattern)].map((m) => m[1] ?? '')
  return [...new Set(keys)].filter((k) => k !== '').map((key) => ({ component, key }))
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** One of Meta's template objects (message_templates data[]), or null when it is not one. */
export function templateFromMeta(raw: unknown): CloudTemplate | null {
  if (!isRecord(raw) || typeof raw.name !== 'string') return null
  const components = Array.isArray(raw.components) ? raw.components.filter(isRecord) : []
  const part = (type: string) => components.find((c) => text(c.type).toUpperCase() === type)
  const header = part('HEADER')
  const headerText =
    header && text(header.format).toUpperCase() === 'TEXT' ? text(header.text) : null
  const body = text(part('BODY')?.text)
  const footer = part('FOOTER')
  const buttons = part('BUTTONS')
  const format = text(raw.parameter_format).toUpperCase() === 'NAMED' ? 'named' : 'positional'
  const buttonDetails = (Array.isArray(buttons?.buttons) ? buttons.buttons : [])
    .filter(isRecord)
    .map(buttonFromMeta)
  return {
    id: text(raw.id),
    name: raw.name,
    language: text(raw.language),
    category: text(raw.category).toUpperCase(),
    status: text(raw.status).toUpperCase(),
    parameterFormat: format,
    header: headerText,
    body,
    footer: footer ? text(footer.text) : null,
    buttons: buttonDetails.map((b) => b.text),
    placeholders: [
      ...(headerText === null ? [] : placeholdersOf(headerText, 'header')),
      ...placeholdersOf(body, 'body'),
      ...buttonPlaceholders(buttonDetails),
    ],
    headerFormat: header ? headerFormatOf(text(header.format)) : 'none',
    buttonDetails,
  }
}

const knownHeaders: Record<string, HeaderFormat> = {
  TEXT: 'text',
  IMAGE: 'image',
  VIDEO: 'video',
  DOCUMENT: 'document',
  LOCATION: 'location',
}
/** Meta's header `format`; one Rupor does not know (GIF, PRODUCT…) is 'other', refused. */
const headerFormatOf = (format: string): HeaderFormat =>
  knownHeaders[format.toUpperCase()] ?? 'other'

const buttonKindOf: Record<string, TemplateButton['kind']> = {
  QUICK_REPLY: 'quick_reply',
  URL: 'url',
  COPY_CODE: 'copy_code',
  PHONE_NUMBER: 'phone_number',
}

/**
 * One of the BUTTONS component's buttons (Meta's template object: type, text, url with {{1}}
 * at its end for a dynamic URL, example). Any other type — FLOW, CATALOG, MPM, OTP… — is 'other'.
 */
function buttonFromMeta(raw: Record<string, unknown>): TemplateButton {
  const metaType = text(raw.type).toUpperCase()
  const url = typeof raw.url === 'string' ? raw.url : null
  const kind = buttonKindOf[metaType] ?? 'other'
  return {
    kind,
    metaType: metaType.slice(0, 40),
    text: text(raw.text).slice(0, 100),
    url: url === null ? null : url.slice(0, 2000),
    hasVariable: kind === 'url' && url !== null && /\{\{\s*[A-Za-z0-9_]+\s*\}\}/.test(url),
  }
}

/** Each placeholder's value for one person: the field, its fallback when empty, or the fixed text. */
export function paramValues(
  template: CampaignTemplate,
  fields: MessageFields,
): Record<string, string> {
  const values: Record<string, string> = {}
  for (const placeholder of template.placeholders) {
    const key = paramKey(placeholder)
    const param = template.params[key]
    // Meta refuses an empty parameter: an unmapped or empty one becomes a dash, never blank.
    const value =
      param === undefined
        ? ''
        : param.kind === 'fixed'
          ? param.value
          : fields[param.field] || param.fallback
    // Meta refuses new lines, tabs and long runs of spaces: a contact's note is cleaned first.
    const clean = cleanParamText(value, paramMaxChars[placeholder.component])
    values[key] = clean.trim() === '' ? '—' : clean
  }
  return values
}

/** The message as the person sees it: header, body and footer with the values in place. */
export function renderTemplate(
  template: CampaignTemplate,
  values: Readonly<Record<string, string>>,
): string {
  const fill = (source: string, component: TemplatePlaceholder['component']) =>
    source.replace(
      placeholderPattern,
      (whole, key: string) => values[paramKey({ component, key })] ?? whole,
    )
  return [
    template.header === null ? null : fill(template.header, 'header'),
    fill(template.body, 'body'),
    template.footer,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join('\n\n')
}

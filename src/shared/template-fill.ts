// Whether Rupor can fill a template completely, and parameter text as Meta accepts it. A template
// it cannot fill is refused before the start (never sent half-filled, for Meta to refuse each
// message and pause the campaign with nothing delivered).
import { paramKey, type CampaignTemplate, type TemplatePlaceholder } from './cloud-api'
import { isMediaKind, type HeaderFormat, type TemplateButton } from './template-parts'

/** What keeps a template from being filled; `button` names the button, by its label. */
export type FillProblem =
  /** A location header: Rupor has no place for the owner to give one. */
  | { problem: 'location_header' }
  /** A header format Rupor does not know (Meta added one). */
  | { problem: 'unknown_header' }
  /** An image, video or document header with no file picked. */
  | { problem: 'media_missing'; kind: string }
  /** The file picked is of another kind than the header now is. */
  | { problem: 'media_wrong_kind'; kind: string }
  /** A URL button whose address ends in a variable, with no value for it. */
  | { problem: 'url_value_missing'; button: string }
  /** A copy-code button with no code. */
  | { problem: 'code_missing'; button: string }
  /** A copy-code longer than Meta allows. */
  | { problem: 'code_too_long'; button: string }
  /** A flow, catalogue, OTP… button: Rupor cannot fill it. */
  | { problem: 'unsupported_button'; button: string; type: string }
  /** Meta's template has a placeholder the campaign's copy lacks: it changed since it was chosen. */
  | { problem: 'template_changed' }
export type FillProblemKind = FillProblem['problem']

/** The parts of a template that decide whether it can be filled: Meta's, or the campaign's copy. */
export interface FillShape {
  headerFormat?: HeaderFormat | undefined
  buttonDetails?: readonly TemplateButton[] | undefined
  placeholders: readonly TemplatePlaceholder[]
}

/**
 * Meta: "Codes are limited to 15 characters" (Coupon code templates,
 * developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/coupon-templates).
 */
export const couponCodeMax = 15

const hasValue = (campaign: CampaignTemplate, placeholder: TemplatePlaceholder): boolean => {
  const param = campaign.params[paramKey(placeholder)]
  if (param === undefined) return false
  // A contact field always yields something: its value, its fallback, or a dash.
  return param.kind === 'field' || param.value.trim() !== ''
}

/**
 * Everything Rupor cannot fill in `template` (Meta's current one, or the campaign's own copy)
 * with the campaign's choices, in the order the message shows them. Empty: it can be sent.
 */
export function fillableProblems(template: FillShape, campaign: CampaignTemplate): FillProblem[] {
  const problems: FillProblem[] = []
  const format = template.headerFormat ?? 'none'
  if (format === 'location') problems.push({ problem: 'location_header' })
  else if (format === 'other') problems.push({ problem: 'unknown_header' })
  else if (isMediaKind(format)) {
    const media = campaign.headerMedia ?? null
    if (media === null) problems.push({ problem: 'media_missing', kind: format })
    else if (media.kind !== format) problems.push({ problem: 'media_wrong_kind', kind: format })
  }
  const known = new Set(campaign.placeholders.map(paramKey))
  if (template.placeholders.some((p) => !known.has(paramKey(p)))) {
    problems.push({ problem: 'template_changed' })
  }
  ;(template.buttonDetails ?? []).forEach((button, index) => {
    const placeholder: TemplatePlaceholder = { component: 'button', key: String(index) }
    const label = button.text
    switch (button.kind) {
      case 'url':
        if (button.hasVariable && !hasValue(campaign, placeholder))
          problems.push({ problem: 'url_value_missing', button: label })
        return
      case 'copy_code': {
        const param = campaign.params[paramKey(placeholder)]
        if (!hasValue(campaign, placeholder))
          problems.push({ problem: 'code_missing', button: label })
        else if (param?.kind === 'fixed' && Array.from(param.value.trim()).length > couponCodeMax)
          problems.push({ problem: 'code_too_long', button: label })
        return
      }
      case 'other':
        problems.push({ problem: 'unsupported_button', button: label, type: button.metaType })
        return
      case 'quick_reply':
      case 'phone_number':
        return
    }
  })
  return problems
}

/** The buttons that take a value from the owner: a URL with a variable, a copy code. */
export function buttonPlaceholders(buttons: readonly TemplateButton[]): TemplatePlaceholder[] {
  return buttons.flatMap((button, index) =>
    (button.kind === 'url' && button.hasVariable) || button.kind === 'copy_code'
      ? [{ component: 'button' as const, key: String(index) }]
      : [],
  )
}

/**
 * The longest text Meta takes per place: a text header is at most 60 characters and a body at
 * most 1024 ("Template components"); a URL at most 2000 (URL buttons). A value longer than its
 * place is cut with "…" rather than refused by Meta for the whole campaign.
 */
export const paramMaxChars: Record<TemplatePlaceholder['component'], number> = {
  header: 60,
  body: 1024,
  button: 2000,
}

/** Characters Meta refuses in a text parameter: new lines and tabs (and their kin). */
const forbidden = /[\n\r\t\v\f\u2028\u2029]/
const lineBreaks = /[ \t]*(?:\r\n|[\n\r\u2028\u2029])+[ \t]*/g

/**
 * A text parameter as Meta accepts it: Meta refuses one with a new line, a tab or more than four
 * spaces in a row — "(#100) Invalid parameter", error_data.details "Param text cannot have
 * new-line/tab characters or more than 4 consecutive spaces" (Meta's answer as quoted in
 * github.com/netflie/whatsapp-cloud-api/issues/201; stackoverflow.com/questions/75117117).
 * Lines become " · ", tabs a space, a run of spaces one space; cut to `maxChars` with "…".
 * Text that already keeps the rule and fits is returned unchanged.
 */
export function cleanParamText(text: string, maxChars = paramMaxChars.body): string {
  let clean = text
  if (forbidden.test(clean)) {
    clean = clean
      .trim()
      .replace(lineBreaks, ' · ')
      .replace(/[\t\v\f]/g, ' ')
  }
  clean = clean.replace(/ {5,}/g, ' ')
  const chars = Array.from(clean)
  return chars.length <= maxChars ? clean : `${chars.slice(0, maxChars - 1).join('')}…`
}

/** Whether Meta would take this text as a parameter (the rule `cleanParamText` keeps). */
export const keepsParamRule = (text: string): boolean => !forbidden.test(text) && !/ {5}/.test(text)

/**
 * Whether one person's button values can be sent: a URL ending or a copy code taken from a contact
 * field may be empty for them (it would go as "—", a broken link or code) or a code longer than
 * Meta's 15 characters. Such a person is skipped with the reason; the campaign goes on, since
 * Meta's refusal (131009) would pause it for everyone.
 */
export function personalButtonProblem(
  template: Pick<CampaignTemplate, 'buttonDetails' | 'params'>,
  values: Readonly<Record<string, string>>,
): 'button_value_unusable' | null {
  const buttons = template.buttonDetails ?? []
  for (const [index, button] of buttons.entries()) {
    if (!(button.kind === 'copy_code' || (button.kind === 'url' && button.hasVariable))) continue
    const key = paramKey({ component: 'button', key: String(index) })
    if (template.params[key]?.kind !== 'field') continue
    const value = (values[key] ?? '').trim()
    if (value === '' || value === '—') return 'button_value_unusable'
    if (button.kind === 'copy_code' && Array.from(value).length > couponCodeMax) {
      return 'button_value_unusable'
    }
  }
  return null
}

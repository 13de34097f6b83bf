// One message as one recipient gets it: placeholders filled, links tagged, the opt-out line last.
import { addUtm } from './add-utm'
import { isMessageField, type MessageFields } from './message-fields'
import { replacePlaceholders } from './placeholders'

export interface MessageTemplate {
  text: string
  appendOptOut: boolean
  optOutLine: string
  utm: boolean
  utmCampaign: string
}

/**
 * Placeholders first (a link may carry one, and its braces must not be percent-encoded), then UTM,
 * then the opt-out line, which is neither filled nor tagged. A known field that is empty gives its
 * fallback, or nothing; an unknown placeholder stays as written for messageIssues to report.
 * One pass: a value that looks like a placeholder ("{{name}}" in the notes) is never filled.
 */
export function renderMessage(template: MessageTemplate, fields: MessageFields): string {
  let text = replacePlaceholders(template.text, (placeholder) => {
    if (!isMessageField(placeholder.field)) return placeholder.raw
    const value = fields[placeholder.field].trim()
    return value !== '' ? value : (placeholder.fallback ?? '')
  })
  if (template.utm) text = addUtm(text, template.utmCampaign)
  text = text.trimEnd()
  const optOutLine = template.optOutLine.trim()
  if (template.appendOptOut && optOutLine !== '' && !text.endsWith(optOutLine)) {
    text = text === '' ? optOutLine : `${text}\n\n${optOutLine}`
  }
  return text
}

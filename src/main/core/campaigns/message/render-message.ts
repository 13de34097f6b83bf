// One message as one recipient gets it: placeholders filled, links tagged, the opt-out line last.
import { addUtm } from './add-utm'
import { isMessageField, type MessageFields } from './message-fields'
import { placeholdersIn } from './placeholders'

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
  let text = fillPlaceholders(template.text, fields)
  if (template.utm) text = addUtm(text, template.utmCampaign)
  text = text.trimEnd()
  const optOutLine = template.optOutLine.trim()
  if (template.appendOptOut && optOutLine !== '' && !text.endsWith(optOutLine)) {
    text = text === '' ? optOutLine : `${text}\n\n${optOutLine}`
  }
  return text
}

/**
 * Each placeholder once, in one pass. A field that comes out empty after a word leaves no gap
 * before a space or a punctuation mark: "{{first_name}} {{middle_name}}!" says "Анна!" to someone
 * without a patronymic, not "Анна !".
 */
function fillPlaceholders(text: string, fields: MessageFields): string {
  let filled = ''
  let from = 0
  for (const placeholder of placeholdersIn(text)) {
    const end = placeholder.index + placeholder.raw.length
    filled += text.slice(from, placeholder.index)
    let value = placeholder.raw
    if (isMessageField(placeholder.field)) {
      value = fields[placeholder.field].trim() || (placeholder.fallback ?? '')
      if (value === '' && /^(?:$|[\s,.!?;:…)])/u.test(text.slice(end))) {
        filled = filled.replace(/(?<=[\p{L}\p{N}])[ \t]+$/u, '')
      }
    }
    filled += value
    from = end
  }
  return filled + text.slice(from)
}

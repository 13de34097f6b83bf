// Placeholders in a message: {{first_name}}, {{ name }}, and {{first_name|друг}} with a fallback
// for an empty field. One scanner serves the renderer and the composer's checks, so both agree
// on what a placeholder is.
import { isMessageField } from './message-fields'

export interface Placeholder {
  /** The name as written, spaces around it removed. */
  field: string
  /** What stands in for an empty field ({{first_name|друг}}); null when none was written. */
  fallback: string | null
  known: boolean
  /** Where "{{" starts in the text (UTF-16 code units). */
  index: number
  /** The placeholder exactly as written, braces included. */
  raw: string
}

export type MessageIssue =
  | { code: 'empty_text' }
  | { code: 'unknown_placeholder'; field: string; index: number }
  | { code: 'unclosed_placeholder'; index: number }

// Within one line and without braces inside, so "{{a {{b}}" is "{{a " unclosed then {{b}}.
const placeholderPattern = /\{\{([^{}\n]*)\}\}/g

function parse(raw: string, inner: string, index: number): Placeholder {
  const bar = inner.indexOf('|')
  const field = (bar === -1 ? inner : inner.slice(0, bar)).trim()
  const fallback = bar === -1 ? null : inner.slice(bar + 1).trim()
  return { field, fallback, known: isMessageField(field), index, raw }
}

export function placeholdersIn(text: string): Placeholder[] {
  return Array.from(text.matchAll(placeholderPattern), (match) =>
    parse(match[0], match[1] ?? '', match.index),
  )
}

/** Each placeholder replaced by what `value` returns; one pass, so a value is never read again. */
export function replacePlaceholders(
  text: string,
  value: (placeholder: Placeholder) => string,
): string {
  return text.replace(placeholderPattern, (raw: string, inner: string, index: number) =>
    value(parse(raw, inner, index)),
  )
}

/** "{{" that no "}}" closes on the same line, with nothing but text in between. */
function unclosedAt(text: string): number[] {
  const masked = text.replace(placeholderPattern, (raw: string) => ' '.repeat(raw.length))
  return Array.from(masked.matchAll(/\{\{/g), (match) => match.index)
}

/**
 * What the composer shows under the text: an empty message, each unknown placeholder once (where
 * it first appears), each "{{" left open. In the order they appear, the empty text first.
 */
export function messageIssues(template: { text: string }): MessageIssue[] {
  const { text } = template
  if (text.trim() === '') return [{ code: 'empty_text' }]
  const issues: (MessageIssue & { index: number })[] = []
  const seen = new Set<string>()
  for (const placeholder of placeholdersIn(text)) {
    if (placeholder.known || seen.has(placeholder.field)) continue
    seen.add(placeholder.field)
    issues.push({ code: 'unknown_placeholder', field: placeholder.field, index: placeholder.index })
  }
  for (const index of unclosedAt(text)) issues.push({ code: 'unclosed_placeholder', index })
  return issues.sort((a, b) => a.index - b.index)
}

// A template's text cut into plain runs and placeholders, so the composer can highlight each
// {{1}} or {{first_name}} and say where its value comes from.

export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'placeholder'; key: string }

/** Meta's placeholders: {{1}}, {{2}}… or {{first_name}} (lowercase, digits, underscores). */
const placeholderPattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g

/** The text as runs: "Hi {{1}}!" → text "Hi ", placeholder "1", text "!". */
export function templateSegments(text: string): TemplateSegment[] {
  const segments: TemplateSegment[] = []
  let from = 0
  for (const match of text.matchAll(placeholderPattern)) {
    const at = match.index
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at) })
    segments.push({ kind: 'placeholder', key: match[1] ?? '' })
    from = at + match[0].length
  }
  if (from < text.length) segments.push({ kind: 'text', text: text.slice(from) })
  return segments
}

export interface MessageParts {
  header: string | null
  body: string
  footer: string | null
}

/**
 * A filled-in template as the core previews it (header, body and footer joined by blank lines)
 * cut back into its parts, so the preview can show the header bold and the footer small.
 */
export function previewParts(
  text: string,
  template: { header: string | null; footer: string | null },
): MessageParts {
  let rest = text
  let footer: string | null = null
  if (template.footer && rest.endsWith(`\n\n${template.footer}`)) {
    footer = template.footer
    rest = rest.slice(0, rest.length - footer.length - 2)
  }
  let header: string | null = null
  const cut = template.header ? rest.indexOf('\n\n') : -1
  if (cut >= 0) {
    header = rest.slice(0, cut)
    rest = rest.slice(cut + 2)
  }
  return { header, body: rest, footer }
}

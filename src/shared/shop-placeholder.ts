// {{shop}}: the shop's name from Settings, the same in everyone's message. Shared so the composer
// warns about exactly what the core refuses to send.

/** A placeholder as the core reads it (campaigns/message/placeholders.ts): within one line. */
const placeholderPattern = /\{\{([^{}\n]*)\}\}/g

/**
 * Whether the text names the shop with nothing to stand in for an empty name: {{shop}} or
 * {{shop|}}, but not {{shop|наш магазин}}. With no shop name in Settings such a text would go out
 * with a gap where the name should be.
 */
export function needsShopName(text: string): boolean {
  for (const match of text.matchAll(placeholderPattern)) {
    const inner = match[1] ?? ''
    const bar = inner.indexOf('|')
    const field = (bar === -1 ? inner : inner.slice(0, bar)).trim()
    const fallback = bar === -1 ? '' : inner.slice(bar + 1).trim()
    if (field === 'shop' && fallback === '') return true
  }
  return false
}

/** The message would leave a gap: it names the shop and Settings has no name for it. */
export const shopNameMissing = (text: string, shopName: string): boolean =>
  shopName.trim() === '' && needsShopName(text)

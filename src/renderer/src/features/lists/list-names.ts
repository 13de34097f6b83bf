// Names the core will give: the parts of a split list, and a copy's name to start from.

/** The longest name a list may have (as the core's schema says). */
export const listNameMax = 80

export interface PartPreview {
  name: string
  size: number
}

/** What a build makes: one list with the name, or "Name 1/3", "Name 2/3"… with their sizes. */
export function splitPreview(name: string, parts: readonly number[]): PartPreview[] {
  const base = name.trim()
  if (parts.length <= 1) return parts.map((size) => ({ name: base, size }))
  return parts.map((size, index) => ({ name: `${base} ${index + 1}/${parts.length}`, size }))
}

/** "Name (copy)", the name shortened if needed so the whole stays within the limit. */
export function copyName(name: string, suffix: string): string {
  const tail = ` ${suffix}`
  const room = listNameMax - tail.length
  const base = name.trim()
  return (base.length > room ? base.slice(0, room).trimEnd() : base) + tail
}

// Graph's `fields` parameter: a comma list where a field may carry its own sub-list in braces,
// e.g. `id,message_id,events{delivery_status,timestamp}`.

/** Field name → its sub-selection (empty when none was given). Insertion order = request order. */
export type FieldSelection = Map<string, FieldSelection>

export function parseFields(raw: string | undefined): FieldSelection | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  let at = 0
  const readList = (): FieldSelection => {
    const selection: FieldSelection = new Map()
    let name = ''
    const flush = (sub: FieldSelection = new Map()): void => {
      const trimmed = name.trim()
      if (trimmed !== '') selection.set(trimmed, sub)
      name = ''
    }
    while (at < raw.length) {
      const char = raw.charAt(at)
      at += 1
      if (char === '{') {
        flush(readList())
      } else if (char === '}') {
        break
      } else if (char === ',') {
        flush()
      } else {
        name += char
      }
    }
    flush()
    return selection
  }
  return readList()
}

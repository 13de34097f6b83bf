// Joins two parts of one language's texts, as i18next's deep addResourceBundle does: a namespace
// split between the first screen's part and the rest gets the keys of both.

type TextTree = Readonly<Record<string, unknown>>

const isTree = (value: unknown): value is TextTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function mergeTexts<A extends object, B extends object>(first: A, rest: B): A & B {
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(first))
  for (const [key, value] of Object.entries(rest)) {
    const had = merged[key]
    merged[key] = isTree(had) && isTree(value) ? mergeTexts(had, value) : value
  }
  return merged as A & B
}

// Payloads a call would plausibly get, from its JSON Schema: the right shape, in range, with small
// ids that point at the seeded book's rows — so a near miss built on one would change data if it
// ever got past validation.
import fc from 'fast-check'
import { resolveRef, type JsonSchema } from './json-schema'

const maxDepth = 6

export function plausible(schema: JsonSchema, root: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, root)
  if (depth > maxDepth) return fc.constant(null)
  if ('const' in s) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) return fc.oneof(...alternatives.map((a) => plausible(a, root, depth + 1)))
  switch (s.type) {
    case 'object':
      return plausibleObject(s, root, depth)
    case 'array':
      return fc.array(s.items ? plausible(s.items, root, depth + 1) : fc.jsonValue(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4),
      })
    case 'string':
      return plausibleString(s)
    case 'integer':
      return plausibleInteger(s)
    case 'number':
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        ...(lowerBound(s) === undefined ? {} : { min: lowerBound(s) }),
        ...(s.maximum === undefined ? {} : { max: s.maximum }),
        ...(s.exclusiveMinimum === undefined ? {} : { minExcluded: true }),
      })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

function plausibleObject(s: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (typeof s.additionalProperties === 'object') {
    const keys = s.propertyNames ? plausible(s.propertyNames, root, depth + 1) : fc.string()
    return fc.dictionary(
      keys.map((key) => String(key)),
      plausible(s.additionalProperties, root, depth + 1),
      { maxKeys: 3 },
    )
  }
  const shape = Object.fromEntries(
    Object.entries(s.properties ?? {}).map(([key, inner]) => [
      key,
      plausible(inner, root, depth + 1),
    ]),
  )
  return fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in shape) })
}

function plausibleString(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0
  const maxLength = Math.min(s.maxLength ?? 24, minLength + 24)
  if (s.pattern) {
    const pattern = new RegExp(s.pattern)
    return fc
      .stringMatching(pattern)
      .filter((text) => text.length >= minLength && text.length <= (s.maxLength ?? Infinity))
  }
  const words = ['Анна Петрова', '+7 916 111-11-11', 'Весна', 'ru'].filter(
    (text) => text.length >= minLength && text.length <= maxLength,
  )
  const any = fc.string({ minLength, maxLength })
  return words.length === 0 ? any : fc.oneof(any, fc.constantFrom(...words))
}

function lowerBound(s: JsonSchema): number | undefined {
  return s.exclusiveMinimum ?? s.minimum
}

function plausibleInteger(s: JsonSchema): fc.Arbitrary<number> {
  const min = s.exclusiveMinimum === undefined ? (s.minimum ?? -1000) : s.exclusiveMinimum + 1
  const max = s.exclusiveMaximum === undefined ? (s.maximum ?? 1000) : s.exclusiveMaximum - 1
  // Mostly the first few ids (the seeded rows), sometimes anything in range.
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max: Math.min(max, min + 5) }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
  )
}

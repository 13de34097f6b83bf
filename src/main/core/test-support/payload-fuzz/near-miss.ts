// Payloads that miss a call's schema by a little or by a lot: one field of the wrong type, out of
// range, too long, a required key gone, an unknown or prototype-polluting key, deep nesting, junk
// at the top. Built on plausible payloads, so most are one step from valid.
import fc from 'fast-check'
import { resolveRef, type JsonSchema } from './json-schema'
import { plausible } from './plausible'

/** Strings that break naive code: lone surrogates, NUL, direction overrides, joiners, emoji. */
export const unicodeJunk = [
  '\uD800',
  '\uDFFF\uD800',
  '\u0000',
  '\u202E\u0644\u0627',
  '\u200B\u200D\uFEFF',
  '👩‍👩‍👧‍👦'.repeat(50),
  'Z̵̢̛̖͎a̷l̶g̸o̷',
  '%00%2e%2e/',
  "'; DROP TABLE contacts; --",
  '=HYPERLINK("http://evil.example")',
]

/** Values of every kind, for "a field of the wrong type". */
const anyWrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    0,
    -1,
    NaN,
    Infinity,
    -Infinity,
    '',
    '1',
    [],
    {},
    [null],
    10n,
    new Date(0),
    new Map([['id', 1]]),
  ),
  fc.constantFrom(...unicodeJunk),
  fc.jsonValue({ maxDepth: 3 }),
)

/** An object whose own property `key` is `value`, even for `__proto__`. */
export function withOwnKey(target: object, key: string, value: unknown): object {
  const copy = { ...target }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** An array or object nested `depth` levels: stack-hungry parsers and validators choke on it. */
export function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value }
  return value
}

const deepArray = deeplyNested(5_000, true)
const deepObject = deeplyNested(5_000, false)

/** Junk for the payload as a whole, whatever the call. */
export const topLevelJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, [], 'settings', 42, false, NaN, [{}]),
  fc.constant(deepArray),
  fc.constant(deepObject),
  fc.constant(Object.create(null) as object),
  anyWrongValue,
)

/** A near miss of `schema` (one node of it made wrong), or junk for the whole. */
export function nearMiss(schema: JsonSchema, root: JsonSchema = schema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: wrongAt(schema, root, 0) },
    { weight: 1, arbitrary: topLevelJunk },
  )
}

function wrongAt(schema: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, root)
  const misses: fc.Arbitrary<unknown>[] = [anyWrongValue, ...ownMisses(s, root, depth)]
  return fc.oneof(...misses)
}

function ownMisses(s: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown>[] {
  if (depth > 5) return []
  if (s.enum)
    return [fc.constantFrom('zz', String(s.enum[0]).toUpperCase(), ` ${String(s.enum[0])}`)]
  if ('const' in s) return [fc.constant(typeof s.const === 'boolean' ? !s.const : 'not-const')]
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) return alternatives.flatMap((a) => ownMisses(resolveRef(a, root), root, depth))
  switch (s.type) {
    case 'object':
      return objectMisses(s, root, depth)
    case 'array':
      return arrayMisses(s, root, depth)
    case 'string':
      return stringMisses(s)
    case 'integer':
    case 'number':
      return [numberMisses(s, s.type === 'integer')]
    case 'boolean':
      return [fc.constantFrom<unknown>('true', 1, 'false')]
    default:
      return []
  }
}

function objectMisses(s: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown>[] {
  const base = plausible(s, root, depth).map((value) => (isObject(value) ? value : {}))
  const properties = Object.entries(s.properties ?? {})
  const required = (s.required ?? []).filter((key) => s.properties && key in s.properties)
  const misses: fc.Arbitrary<unknown>[] = [
    // An unknown key, among them the ones that pollute prototypes.
    fc
      .tuple(
        base,
        fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'toString', ''),
        anyWrongValue,
      )
      .map(([value, key, extra]) => withOwnKey(value, key, extra)),
    // The object nested far too deep inside one of its own fields.
    fc.constant({ a: deepObject }),
  ]
  if (required.length > 0) {
    misses.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([value, key]) => {
        const { [key]: _gone, ...rest } = value
        return rest
      }),
    )
  }
  // One field wrong, the others plausible: the nearest misses of all.
  for (const [key, inner] of properties) {
    misses.push(
      fc
        .tuple(base, wrongAt(inner, root, depth + 1))
        .map(([value, wrong]) => withOwnKey(value, key, wrong)),
    )
  }
  return misses
}

function arrayMisses(s: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown>[] {
  const item = s.items ? plausible(s.items, root, depth + 1) : fc.constant(1)
  const misses: fc.Arbitrary<unknown>[] = [fc.constant({ 0: 1, length: 1 }), fc.constant(deepArray)]
  if (s.maxItems !== undefined) {
    // One item too many (the first few repeated: a huge array is cheap to build this way).
    const over = s.maxItems + 1
    misses.push(item.map((first) => Array.from({ length: over }, () => first)))
  }
  if ((s.minItems ?? 0) > 0) misses.push(fc.constant([]))
  if (s.items) {
    misses.push(
      fc
        .tuple(fc.array(item, { maxLength: 3 }), wrongAt(s.items, root, depth + 1))
        .map(([items, wrong]) => [...items, wrong]),
    )
  }
  return misses
}

function stringMisses(s: JsonSchema): fc.Arbitrary<unknown>[] {
  const misses: fc.Arbitrary<unknown>[] = [fc.constantFrom(...unicodeJunk)]
  if (s.maxLength !== undefined) misses.push(fc.constant('я'.repeat(s.maxLength + 1)))
  else misses.push(fc.constant('x'.repeat(1_000_000)))
  if ((s.minLength ?? 0) > 0) misses.push(fc.constant(''))
  if (s.pattern) misses.push(fc.string({ maxLength: 40 }))
  return misses
}

function numberMisses(s: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const edges: unknown[] = [NaN, Infinity, -Infinity, -0.5, 1e308, -1e308, '7', 2 ** 53 + 2]
  if (integer) edges.push(1.5, 0.1)
  if (s.maximum !== undefined) edges.push(s.maximum + 1, s.maximum * 2)
  if (s.exclusiveMaximum !== undefined) edges.push(s.exclusiveMaximum)
  if (s.minimum !== undefined) edges.push(s.minimum - 1)
  if (s.exclusiveMinimum !== undefined) edges.push(s.exclusiveMinimum, s.exclusiveMinimum - 1)
  return fc.constantFrom(...edges)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

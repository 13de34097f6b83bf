// The contract's zod schemas as JSON Schema (zod 4's own z.toJSONSchema), the form the payload
// generators read: zod-fast-check only knows zod 3, and JSON Schema is zod 4's public description.
import { z } from 'zod'

/** The JSON Schema keywords z.toJSONSchema writes for the contract (checked by the fuzz test). */
export interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  minLength?: number
  maxLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  $ref?: string
  $defs?: Record<string, JsonSchema>
}

/** The keywords the generators understand; a schema using another one would be fuzzed blindly. */
export const understoodKeywords = new Set([
  '$schema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'default',
  '$ref',
  '$defs',
  'description',
  'format',
])

/** What a call accepts, as its input side (before defaults and transforms). */
export const inputJsonSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema

/** Every keyword used anywhere in a schema (property names excluded). */
export function keywordsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywordsOf(item, into)
  else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      into.add(key)
      if (key === 'properties' || key === '$defs') {
        for (const inner of Object.values(value as object)) keywordsOf(inner, into)
      } else if (key !== 'enum' && key !== 'const' && key !== 'default') keywordsOf(value, into)
    }
  }
  return into
}

/** Follows a local `$ref` (#/$defs/name) against the root schema. */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema
  const name = schema.$ref.replace(/^#\/\$defs\//, '')
  const target = root.$defs?.[name]
  if (!target) throw new Error(`cannot resolve ${schema.$ref}`)
  return target
}

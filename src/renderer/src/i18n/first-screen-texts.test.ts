// The first screen carries only ru-first.ts (en-first.ts); the rest of the texts arrive with the
// first lazy section or part. A key the first screen's code uses must therefore be in the first
// part, or it would show as nothing until then. This reads the modules the first chunk holds
// (main.tsx and what it imports statically, as the bundler does) and checks every key they name.
import { describe, expect, it } from 'vitest'
import { enFirst } from './en-first'
import { enRest } from './en-rest'
import { ru } from './ru'
import { ruFirst } from './ru-first'
import { ruRest } from './ru-rest'

// Every module's source, by its path from src/renderer/src ("app/App.tsx").
const sources = new Map(
  Object.entries(
    import.meta.glob<string>(['/src/renderer/src/**/*.{ts,tsx}', '!**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, source]) => [path.replace('/src/renderer/src/', ''), source]),
)
const textModule = /^i18n\/(ru|en)[/.-]/

/** `spec` imported from `from`, as a path from src/renderer/src; undefined outside it. */
function resolveImport(from: string, spec: string): string | undefined {
  const parts = from.split('/').slice(0, -1)
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.') parts.push(part)
  }
  const path = parts.join('/')
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => path + ending)
    .find((candidate) => sources.has(candidate))
}

/** main.tsx and every module it imports statically (not `import type`, not `import()`). */
function firstScreenModules(): string[] {
  const seen = new Set<string>()
  const todo = ['main.tsx']
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const imports = (sources.get(file) ?? '').matchAll(
      /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gms,
    )
    for (const [, spec] of imports) {
      const path = spec === undefined ? undefined : resolveImport(file, spec)
      if (path !== undefined && !textModule.test(path)) todo.push(path)
    }
  }
  return [...seen]
}

const at = (tree: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      tree,
    )

/** Every text's dotted key under `tree`. */
function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]): string[] =>
    typeof value === 'object' && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

const pluralEndings = ['', '_zero', '_one', '_two', '_few', '_many', '_other']
const isText = (tree: object, key: string) =>
  pluralEndings.some((ending) => typeof at(tree, key + ending) === 'string')

/**
 * The keys a module names: a quoted key of a text (`'contacts.search'`), and every text under a
 * key built at run time (`t(\`nav.${section}\`)` names all of `nav`).
 */
function keysNamedIn(source: string): string[] {
  const keys: string[] = []
  for (const [, key] of source.matchAll(/['"`]([a-zA-Z]\w*(?:\.\w+)+)['"`]/g)) {
    if (key !== undefined && isText(ru, key)) keys.push(key)
  }
  for (const [, prefix] of source.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*)\.\$\{/g)) {
    const tree = prefix === undefined ? undefined : at(ru, prefix)
    if (typeof tree === 'object' && tree !== null) keys.push(...leaves(tree, `${prefix ?? ''}.`))
  }
  return keys
}

describe('the first screen’s texts', () => {
  const modules = firstScreenModules()
  const used = modules.flatMap((file) =>
    keysNamedIn(sources.get(file) ?? '').map((key) => ({ key, file })),
  )

  it('are found by reading the first screen’s modules', () => {
    // The reading itself works: the contact table's own words and the navigation's are found.
    expect(modules).toContain('features/contacts/ContactsTable.tsx')
    expect(used.map(({ key }) => key)).toEqual(
      expect.arrayContaining(['contacts.column.phone', 'nav.settings', 'errors.unreachable']),
    )
  })

  it('are all in the first part, so none waits for the rest', () => {
    const missing = used.filter(({ key }) => !isText(ruFirst, key))
    expect(missing).toEqual([])
  })

  it('leave the sections’ texts to the rest', () => {
    // The point of the split: the big sections' texts are not in the first screen.
    for (const section of ['lists', 'senders', 'risk', 'optIn', 'importer', 'settings']) {
      expect(Object.hasOwn(ruFirst, section), section).toBe(false)
    }
    expect(leaves(ruFirst).length).toBeLessThan(leaves(ruRest).length)
  })

  it('are split the same way in English', () => {
    expect(leaves(enFirst).sort()).toEqual(leaves(ruFirst).sort())
    expect(leaves(enRest).sort()).toEqual(leaves(ruRest).sort())
  })
})

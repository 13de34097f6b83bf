// Rolldown puts each module in a chunk that every entry reaching it through the import graph loads.
// A package's index that imports all its components (a "barrel", as @mantine/core's) makes every
// component the app uses anywhere reachable from the first screen, which imports the index too: a
// stepper used only by the import dialog ends up in the first screen's code. Rewriting
// `import { Button } from '@mantine/core'` into an import of Button's own file keeps each component
// in the chunks that use it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

/** Where an exported name really lives: the file and the name it has there. */
export interface BarrelExport {
  file: string
  name: string
}

/**
 * The exports of a barrel written as `import { a, b as c } from "./x.mjs"` lines and one
 * `export { a, c as d }` (how @mantine/core's esm/index.mjs is built), or as
 * `export { a as b } from "./x.mjs"` lines, resolved against `dir`.
 */
export function barrelExports(source: string, dir: string): Map<string, BarrelExport> {
  const locals = new Map<string, BarrelExport>()
  for (const [, names = '', file = ''] of source.matchAll(
    /^import \{([^}]*)\} from "([^"]+)";$/gm,
  )) {
    for (const [imported, local] of specifiers(names)) {
      locals.set(local, { file: source_(dir, file), name: imported })
    }
  }
  const exports = new Map<string, BarrelExport>()
  // `export { default as IconX, default as IconY } from './icons/IconX.mjs'` (@tabler/icons-react).
  for (const [, names = '', , file = ''] of source.matchAll(
    /^export \{([^}]*)\} from (['"])([^'"]+)\2;$/gm,
  )) {
    for (const [imported, exported] of specifiers(names)) {
      exports.set(exported, { file: source_(dir, file), name: imported })
    }
  }
  for (const [, names = ''] of source.matchAll(/^export \{([^}]*)\};$/gm)) {
    for (const [local, exported] of specifiers(names)) {
      const found = locals.get(local)
      if (found) exports.set(exported, found)
    }
  }
  return exports
}

/** A relative source is a file of the package; a bare one (another package) stays as it is. */
const source_ = (dir: string, file: string) => (file.startsWith('.') ? join(dir, file) : file)

/** `a, b as c` → [a, a], [b, c]. */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [from = '', to = from] = part.split(/\s+as\s+/)
      return [from, to]
    })
}

/** A name the app imports from a package that the package's index does not list. */
export class UnmappedBarrelImport extends Error {
  constructor(pkg: string, names: string[]) {
    super(
      `direct-barrel-imports: ${names.join(', ')} not found in ${pkg}'s index. ` +
        'Has the package changed the way its index is written? Fix scripts/direct-barrel-imports.ts.',
    )
  }
}

/**
 * `code` with each `import { ... } from '<pkg>'` replaced by imports of the names' own files; an
 * import of only types is left as it is. A name the barrel does not list throws: leaving it on the
 * barrel would quietly pull the whole package into the first screen again.
 */
export function directImports(
  code: string,
  pkg: string,
  exports: ReadonlyMap<string, BarrelExport>,
): string {
  const statement = new RegExp(`import \\{([^}]*)\\} from (['"])${escape(pkg)}\\2;?`, 'g')
  return code.replace(statement, (whole, names: string) => {
    const lines: string[] = []
    const unmapped: string[] = []
    for (const [imported, local] of specifiers(names)) {
      if (imported.startsWith('type ')) continue
      const target = exports.get(imported)
      if (target)
        lines.push(`import { ${target.name} as ${local} } from ${JSON.stringify(target.file)};`)
      else unmapped.push(imported)
    }
    if (unmapped.length > 0) throw new UnmappedBarrelImport(pkg, unmapped)
    return lines.length === 0 ? whole : lines.join('\n')
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Fewer names than this in a package's index means the index could not be read (its format changed). */
export const fewestBarrelNames = 5

/** The barrel's exports, or a loud error if it cannot be read as one. */
export function readBarrel(pkg: string, barrelFile: string): Map<string, BarrelExport> {
  const exports = barrelExports(readFileSync(barrelFile, 'utf8'), dirname(barrelFile))
  if (exports.size < fewestBarrelNames) {
    throw new Error(
      `direct-barrel-imports: only ${exports.size} names read from ${pkg}'s index ${barrelFile}. ` +
        'Has the package changed the way its index is written? Fix scripts/direct-barrel-imports.ts.',
    )
  }
  return exports
}

/** The packages whose imports are rewritten, and where each one's index is (from the project root). */
export const barrelPackages: Readonly<Record<string, string>> = {
  '@mantine/core': 'node_modules/@mantine/core/esm/index.mjs',
  '@mantine/dates': 'node_modules/@mantine/dates/esm/index.mjs',
  '@mantine/notifications': 'node_modules/@mantine/notifications/esm/index.mjs',
  '@mantine/hooks': 'node_modules/@mantine/hooks/esm/index.mjs',
  '@tabler/icons-react': 'node_modules/@tabler/icons-react/dist/esm/tabler-icons-react.mjs',
}

/** The plugin: rewrites the app's own imports of `pkg`, whose barrel is the file `barrelFile`. */
export function directBarrelImports(pkg: string, barrelFile: string): Plugin {
  let exports: Map<string, BarrelExport> | undefined
  return {
    name: `rupor-direct-imports:${pkg}`,
    apply: 'build',
    buildStart() {
      // Read anew each build (a watch across a package update), and fail the build if it cannot be.
      try {
        exports = readBarrel(pkg, barrelFile)
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error))
      }
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes(pkg)) return null
      exports ??= readBarrel(pkg, barrelFile)
      try {
        const rewritten = directImports(code, pkg, exports)
        return rewritten === code ? null : { code: rewritten, map: null }
      } catch (error) {
        this.error(`${id}: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
  }
}

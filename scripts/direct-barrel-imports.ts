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
      locals.set(local, { file: join(dir, file), name: imported })
    }
  }
  const exports = new Map<string, BarrelExport>()
  // `export { default as IconX, default as IconY } from './icons/IconX.mjs'` (@tabler/icons-react).
  for (const [, names = '', , file = ''] of source.matchAll(
    /^export \{([^}]*)\} from (['"])([^'"]+)\2;$/gm,
  )) {
    for (const [imported, exported] of specifiers(names)) {
      exports.set(exported, { file: join(dir, file), name: imported })
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

/**
 * `code` with each `import { ... } from '<pkg>'` replaced by imports of the names' own files;
 * a statement naming anything the barrel does not list (or a type) is left as it is.
 */
export function directImports(
  code: string,
  pkg: string,
  exports: ReadonlyMap<string, BarrelExport>,
): string {
  const statement = new RegExp(`import \\{([^}]*)\\} from (['"])${escape(pkg)}\\2;?`, 'g')
  return code.replace(statement, (whole, names: string) => {
    if (/\btype\b/.test(names)) return whole
    const lines: string[] = []
    for (const [imported, local] of specifiers(names)) {
      const target = exports.get(imported)
      if (!target) return whole
      lines.push(`import { ${target.name} as ${local} } from ${JSON.stringify(target.file)};`)
    }
    return lines.join('\n')
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The plugin: rewrites the app's own imports of `pkg`, whose barrel is the file `barrelFile`. */
export function directBarrelImports(pkg: string, barrelFile: string): Plugin {
  let exports: Map<string, BarrelExport> | undefined
  return {
    name: `rupor-direct-imports:${pkg}`,
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes(pkg)) return null
      exports ??= barrelExports(readFileSync(barrelFile, 'utf8'), dirname(barrelFile))
      const rewritten = directImports(code, pkg, exports)
      return rewritten === code ? null : { code: rewritten, map: null }
    },
  }
}

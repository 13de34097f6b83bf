// The rewrite against the packages as installed: every name the app imports from them must map to
// a file that exists, so a package update that changes how its index is written is caught here
// (the build fails too, but this says which name and why).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { barrelPackages, readBarrel } from './direct-barrel-imports'

const root = resolve(__dirname, '..')
const renderer = join(root, 'src/renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The value names the app's renderer imports from `pkg` (not `import type`). */
function importedNames(pkg: string): Set<string> {
  const names = new Set<string>()
  const statement = new RegExp(`import \\{([^}]*)\\} from '${pkg.replace('/', '\\/')}'`, 'g')
  for (const file of sourceFiles(renderer)) {
    for (const [, list = ''] of readFileSync(file, 'utf8').matchAll(statement)) {
      for (const part of list.split(',').map((name) => name.trim())) {
        if (part === '' || part.startsWith('type ')) continue
        names.add(part.split(/\s+as\s+/)[0] ?? part)
      }
    }
  }
  return names
}

describe('the barrel rewrite against the installed packages', () => {
  for (const [pkg, barrel] of Object.entries(barrelPackages)) {
    it(`maps every name the app imports from ${pkg} to a file that exists`, () => {
      const exports = readBarrel(pkg, join(root, barrel))
      const names = importedNames(pkg)
      expect(names.size).toBeGreaterThan(0)
      const unmapped = [...names].filter((name) => !exports.has(name))
      expect(unmapped).toEqual([])
      const missing = [...names]
        .map((name) => exports.get(name)?.file ?? '')
        .filter((file) => !existsSync(file))
      expect(missing).toEqual([])
    })
  }
})

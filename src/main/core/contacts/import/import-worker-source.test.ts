import { describe, expect, it } from 'vitest'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { importWorkerEntry, importWorkerSource, workerSourceFrom } from './import-worker-source'

const noBundle = () => Promise.reject(new Error('bundled instead of read'))

describe('the import worker’s program', () => {
  it('built: the import-worker.js beside the running script (or its chunk folder’s parent)', async () => {
    const files = new Map([[join('/app', 'out', 'main', 'import-worker.js'), 'built text']])
    const ways = {
      exists: (path: string) => files.has(path),
      read: (path: string) => files.get(path) ?? '',
      bundle: noBundle,
    }
    await expect(
      workerSourceFrom(join('/app', 'out', 'main', 'core-worker.js'), ways),
    ).resolves.toBe('built text')
    await expect(
      workerSourceFrom(join('/app', 'out', 'main', 'chunks', 'core.js'), ways),
    ).resolves.toBe('built text')
    // Built but missing: an error (the import then runs on the core's thread), never a bundle.
    await expect(workerSourceFrom(join('/elsewhere', 'core-worker.js'), ways)).rejects.toThrow(
      /was not built/,
    )
  })

  it('from the sources: the entry is bundled', async () => {
    const bundled: string[] = []
    const text = await workerSourceFrom('/repo/src/main/core/x.ts', {
      exists: () => true,
      read: () => 'read',
      bundle: (entry) => {
        bundled.push(entry)
        return Promise.resolve('bundled')
      },
    })
    expect(text).toBe('bundled')
    expect(bundled).toEqual([importWorkerEntry])
  })

  it('bundled once per process, requiring only Node’s builtins', async () => {
    const source = await importWorkerSource()
    expect(await importWorkerSource()).toBe(source)
    const required = [...source.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2] ?? '')
    const allowed = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
    expect(required.filter((name) => !allowed.has(name))).toEqual([])
    expect(source).toContain('postMessage')
  }, 60_000)
})

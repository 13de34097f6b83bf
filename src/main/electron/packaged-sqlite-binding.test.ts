import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packagedSqliteBinding, unpackedBindingPath } from './packaged-sqlite-binding'

describe('better-sqlite3’s binary in a packaged app', () => {
  const resources = ['', 'app', 'resources'].join(sep)
  const unpacked = join(resources, ...unpackedBindingPath)

  it('is named outright, unpacked beside app.asar, so the check’s worker loads it too', () => {
    expect(packagedSqliteBinding(resources, (path) => path === unpacked)).toBe(unpacked)
    // Beside app.asar, never inside it (a worker cannot load a binary from the archive).
    expect(unpacked.split(sep)).not.toContain('app.asar')
    expect(unpacked.startsWith(join(resources, 'app.asar.unpacked'))).toBe(true)
  })

  it('is left to better-sqlite3 when it is not there', () => {
    expect(packagedSqliteBinding(resources, () => false)).toBeUndefined()
  })
})

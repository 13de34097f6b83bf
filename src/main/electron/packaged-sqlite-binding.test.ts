import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packagedSqliteBinding } from './packaged-sqlite-binding'

describe('better-sqlite3’s binary in a packaged app', () => {
  const resources = ['', 'app', 'resources'].join(sep)
  const unpacked = join(
    resources,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  )

  it('is named outright, unpacked beside app.asar, so the check’s worker loads it too', () => {
    expect(packagedSqliteBinding(resources, (path) => path === unpacked)).toBe(unpacked)
  })

  it('is left to better-sqlite3 when it is not there', () => {
    expect(packagedSqliteBinding(resources, () => false)).toBeUndefined()
  })
})

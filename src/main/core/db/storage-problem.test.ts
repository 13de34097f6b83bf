import { describe, expect, it } from 'vitest'
import { storageProblemOf } from './storage-problem'

const failure = (code: string) => Object.assign(new Error(code), { code })

describe('storageProblemOf', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full'],
    ['ENOSPC', 'disk_full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['SQLITE_CANTOPEN', 'read_only'],
    ['EROFS', 'read_only'],
    ['EACCES', 'read_only'],
    ['ENOTDIR', 'read_only'],
  ])('%s is %s', (code, problem) => {
    expect(storageProblemOf(failure(code))).toBe(problem)
  })

  it.each(['SQLITE_CONSTRAINT', 'SQLITE_BUSY', 'ENOENT', 'SQLITE_FULLNESS'])(
    '%s is not a storage problem: it stays a bug to log',
    (code) => expect(storageProblemOf(failure(code))).toBeUndefined(),
  )

  it('ignores what is not an error with a code', () => {
    expect(storageProblemOf('disk full')).toBeUndefined()
    expect(storageProblemOf(new Error('ENOSPC'))).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { takenAtOf } from '../../../shared/backups'
import { backupNameAt, nextDayStart } from './backup-names'
import { copiesToDelete } from './retention'

const day = 24 * 60 * 60 * 1000
const monday = Date.UTC(2026, 0, 5, 9, 0, 0)

describe('backup names', () => {
  it('name the moment in UTC and read it back to the second', () => {
    const at = Date.UTC(2026, 0, 5, 23, 59, 58, 700)
    expect(backupNameAt(at)).toBe('rupor-2026-01-05T23-59-58Z.db')
    expect(takenAtOf(backupNameAt(at))).toBe(Date.UTC(2026, 0, 5, 23, 59, 58))
  })

  it('are not read from other files, unfinished copies included', () => {
    for (const name of [
      'rupor.db',
      'rupor-2026-01-05T09-00-00Z.db.partial',
      'before-restore-2026-01-05.db',
      'rupor-2026-13-45T09-00-00Z.db',
      '../rupor-2026-01-05T09-00-00Z.db',
    ]) {
      expect(takenAtOf(name), name).toBeUndefined()
    }
  })

  it('make the next copy due at the next UTC midnight', () => {
    expect(nextDayStart(monday)).toBe(Date.UTC(2026, 0, 6))
    expect(nextDayStart(Date.UTC(2026, 0, 6))).toBe(Date.UTC(2026, 0, 7))
  })
})

describe('which copies are deleted', () => {
  const daily = (days: number) =>
    Array.from({ length: days }, (_, i) => backupNameAt(monday + i * day))

  it('keeps the last 7 days and deletes the older ones', () => {
    const names = daily(10)
    expect(copiesToDelete(names, 7)).toEqual(names.slice(0, 3).reverse())
    expect(copiesToDelete(daily(7), 7)).toEqual([])
  })

  it('keeps only the newest copy of a day, so "Back up now" replaces that day\'s copy', () => {
    const morning = backupNameAt(monday)
    const evening = backupNameAt(monday + 9 * 60 * 60 * 1000)
    expect(copiesToDelete([morning, evening], 7)).toEqual([morning])
  })

  it('never names a file that is not a copy', () => {
    const names = [...daily(9), 'rupor.db', 'notes.txt', `${backupNameAt(monday)}.partial`]
    expect(copiesToDelete(names, 7)).toEqual(daily(2).reverse())
  })
})

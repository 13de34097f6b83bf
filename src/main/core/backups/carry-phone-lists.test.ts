import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { readPhoneList } from '../phone-lists/phone-list-state'
import { useTempDir } from '../test-support/temp-dir'
import { carryForward } from './carry-forward'
import { phoneListsChangedAfterCopy } from './phone-lists-after-copy'

describe('a restore keeps what is on the phone', () => {
  const tempDir = useTempDir()

  it('the phone lists of lists both files have become the current ones; a copy-only list keeps its own', () => {
    const dir = tempDir()
    const current = join(dir, 'current.db')
    const copyFile = join(dir, 'copy.db')
    const { lists, now } = phoneListsChangedAfterCopy(current, copyFile)

    carryForward({ from: current, into: copyFile, now })

    const copy = new Sqlite(copyFile)
    try {
      const names = (listId: number) => readPhoneList(copy, listId)?.onPhone.map((m) => m.name)
      expect(names(lists.regulars)).toEqual(['Борис', 'Вера', 'Глеб'])
      expect(names(lists.wholesale)).toEqual(['Анна', 'Борис'])
      // The opt-out came forward too, so the copy asks for her removal.
      expect(readPhoneList(copy, lists.wholesale)?.toRemove.map((r) => [r.name, r.why])).toEqual([
        ['Анна', 'opted_out'],
      ])
      expect(readPhoneList(copy, lists.forgotten)).toBeNull()
      expect(names(lists.gone)).toEqual(['Вера', 'Глеб'])
      // The people are the copy's contacts, found by their numbers.
      expect(readPhoneList(copy, lists.regulars)?.onPhone.every((m) => m.contactId !== null)).toBe(
        true,
      )
    } finally {
      copy.close()
    }
  })
})

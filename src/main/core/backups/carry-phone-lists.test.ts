import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { phoneListWorld } from '../phone-lists/phone-list-fixture'
import { readPhoneList } from '../phone-lists/phone-list-state'
import { createPhoneListsService } from '../phone-lists/phone-lists-service'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { carryForward } from './carry-forward'

describe('a restore keeps what is on the phone', () => {
  const tempDir = useTempDir()

  it('the phone lists of lists both files have become the current ones; a copy-only list keeps its own', () => {
    const dir = tempDir()
    const current = join(dir, 'current.db')
    const copyFile = join(dir, 'copy.db')
    const world = phoneListWorld(current)
    const clock = new FakeClock()
    const service = createPhoneListsService({ db: world.db, clock })
    const ids = ['Анна', 'Борис', 'Вера', 'Глеб'].map((name, i) =>
      world.person({ name, e164: `+7916000000${String(i)}` }),
    )
    const regulars = world.list('Постоянные', ids)
    const wholesale = world.list('Опт', ids.slice(0, 2))
    const gone = world.list('Старый', ids.slice(2))
    const forgotten = world.list('Забытый', ids.slice(1, 3))
    const senderId = world.sender()
    const record = (listId: number, e164s: string[]) =>
      service.record({ listId, senderId, name: 'На телефоне', madeAt: clock.now(), e164s })
    record(regulars, ['+79160000000', '+79160000001', '+79160000002'])
    record(gone, ['+79160000002', '+79160000003'])
    record(forgotten, ['+79160000001', '+79160000002'])
    world.db.prepare('VACUUM INTO ?').run(copyFile)

    // After the copy: a new phone list; Анна opted out and came off the phone of «Постоянные»,
    // Глеб went on it; one phone list forgotten; a list deleted.
    record(wholesale, ['+79160000000', '+79160000001'])
    world.optOut('+79160000000')
    clock.advance(60_000)
    service.confirmRemoved({ listId: regulars, e164s: ['+79160000000'] })
    service.confirmAdded({ listId: regulars, e164s: ['+79160000003'] })
    service.forget(forgotten)
    world.db.prepare('DELETE FROM lists WHERE id = ?').run(gone)
    world.db.close()

    carryForward({ from: current, into: copyFile, now: clock.now() })

    const copy = new Sqlite(copyFile)
    try {
      const names = (listId: number) => readPhoneList(copy, listId)?.onPhone.map((m) => m.name)
      expect(names(regulars)).toEqual(['Борис', 'Вера', 'Глеб'])
      expect(names(wholesale)).toEqual(['Анна', 'Борис'])
      // The opt-out came forward too, so the copy asks for her removal.
      expect(readPhoneList(copy, wholesale)?.toRemove.map((r) => [r.name, r.why])).toEqual([
        ['Анна', 'opted_out'],
      ])
      expect(readPhoneList(copy, forgotten)).toBeNull()
      expect(names(gone)).toEqual(['Вера', 'Глеб'])
      // The people are the copy's contacts, found by their numbers.
      expect(readPhoneList(copy, regulars)?.onPhone.every((m) => m.contactId !== null)).toBe(true)
    } finally {
      copy.close()
    }
  })
})

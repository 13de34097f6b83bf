// A shop whose phone lists change after its daily copy is taken (tests only): the owner's
// restore (carry-forward) and the recovery from a damaged file (db/recovery) must both keep what
// is on the phone now.
import { phoneListWorld } from '../phone-lists/phone-list-fixture'
import { createPhoneListsService } from '../phone-lists/phone-lists-service'
import { FakeClock } from '../time/fake-clock'

/**
 * Four people and four lists in `current`, three of them on the phone, copied to `copyFile`; after
 * the copy: a new phone list («Опт»); Анна opted out and came off the phone of «Постоянные», Глеб
 * went on it; «Забытый»'s phone list forgotten; «Старый» deleted. `current` is closed.
 */
export function phoneListsChangedAfterCopy(current: string, copyFile: string) {
  const world = phoneListWorld(current)
  const clock = new FakeClock()
  const service = createPhoneListsService({ db: world.db, clock })
  const ids = ['Анна', 'Борис', 'Вера', 'Глеб'].map((name, i) =>
    world.person({ name, e164: `+7916000000${String(i)}` }),
  )
  const lists = {
    regulars: world.list('Постоянные', ids),
    wholesale: world.list('Опт', ids.slice(0, 2)),
    gone: world.list('Старый', ids.slice(2)),
    forgotten: world.list('Забытый', ids.slice(1, 3)),
  }
  const senderId = world.sender()
  const record = (listId: number, e164s: string[]) =>
    service.record({ listId, senderId, name: 'На телефоне', madeAt: clock.now(), e164s })
  record(lists.regulars, ['+79160000000', '+79160000001', '+79160000002'])
  record(lists.gone, ['+79160000002', '+79160000003'])
  record(lists.forgotten, ['+79160000001', '+79160000002'])
  world.db.prepare('VACUUM INTO ?').run(copyFile)

  record(lists.wholesale, ['+79160000000', '+79160000001'])
  world.optOut('+79160000000')
  clock.advance(60_000)
  service.confirmRemoved({ listId: lists.regulars, e164s: ['+79160000000'] })
  service.confirmAdded({ listId: lists.regulars, e164s: ['+79160000003'] })
  service.forget(lists.forgotten)
  world.db.prepare('DELETE FROM lists WHERE id = ?').run(lists.gone)
  world.db.close()
  return { lists, now: clock.now() }
}

import { describe, expect, it } from 'vitest'
import { phoneListRecordSchema } from '../../../shared/phone-lists'
import { CoreError } from '../errors'
import { FakeClock } from '../time/fake-clock'
import { phoneListWorld } from './phone-list-fixture'
import { createPhoneListsService } from './phone-lists-service'

function shop() {
  const world = phoneListWorld()
  const clock = new FakeClock()
  const service = createPhoneListsService({ db: world.db, clock })
  const anna = world.person({ name: 'Анна Смирнова', e164: '+79160000001' })
  const boris = world.person({ name: 'Борис Котов', e164: '+79160000002' })
  const vera = world.person({ name: 'Вера Ли', e164: '+79160000003', saved: 'likely' })
  const gleb = world.person({ name: 'Глеб Орлов', e164: '+79160000004', saved: 'unknown' })
  const darya = world.person({ name: 'Дарья Ким', e164: '+79160000005', consent: 'withdrawn' })
  const listId = world.list('Постоянные', [anna, boris, vera, gleb, darya])
  const senderId = world.sender()
  const record = (e164s: string[]) =>
    service.record({ listId, senderId, name: 'Постоянные', madeAt: clock.now() - 60_000, e164s })
  return { ...world, clock, service, listId, senderId, record, anna, boris, vera }
}

const refusalOf = (run: () => unknown): CoreError => {
  try {
    run()
  } catch (error) {
    if (error instanceof CoreError) return error
    throw error
  }
  throw new Error('it was not refused')
}

describe('phone lists', () => {
  it('offers on the checklist only the people a list message may reach, in phone order', () => {
    const { service, listId } = shop()
    const view = service.get(listId)
    expect(view.phoneList).toBeNull()
    expect(view.candidates.map((c) => c.name)).toEqual(['Анна Смирнова', 'Борис Котов', 'Вера Ли'])
    expect(view.candidates[0]?.firstName).toBe('Анна')
  })

  it('records the list made on the phone: who, when, from which number', () => {
    const { service, listId, senderId, record, clock } = shop()
    const made = record(['+79160000002', '+79160000001', '+79160000003'])
    expect(made).toMatchObject({
      listId,
      senderId,
      name: 'Постоянные',
      madeAt: clock.now() - 60_000,
    })
    expect(made.onPhone.map((m) => m.name)).toEqual(['Анна Смирнова', 'Борис Котов', 'Вера Ли'])
    expect(made.toRemove).toEqual([])
    expect(made.toAdd).toEqual([])
    expect(service.get(listId).phoneList).toEqual(made)
  })

  it('a list made just now (no moment given) is dated by the core’s clock', () => {
    const { service, listId, senderId, clock } = shop()
    const made = service.record({
      listId,
      senderId,
      name: 'Сейчас',
      e164s: ['+79160000001', '+79160000002'],
    })
    expect(made.madeAt).toBe(clock.now())
  })

  it('refuses, by name, someone who may not get a list message, and saves nothing', () => {
    const { service, listId, record } = shop()
    const refusal = refusalOf(() =>
      record(['+79160000001', '+79160000004', '+79160000005', '+79169999999']),
    )
    expect(refusal.code).toBe('phone_list_refused')
    expect(refusal.details).toEqual({
      names: 'Глеб Орлов, Дарья Ким, +79169999999',
      count: 3,
    })
    expect(service.get(listId).phoneList).toBeNull()
  })

  it('refuses a second record, an unknown sender, a moment in the future', () => {
    const { service, listId, record, clock, senderId } = shop()
    record(['+79160000001', '+79160000002'])
    expect(refusalOf(() => record(['+79160000001', '+79160000002'])).code).toBe('wrong_state')
    service.forget(listId)
    expect(
      refusalOf(() =>
        service.record({
          listId,
          senderId: senderId + 1,
          name: 'x',
          madeAt: 1,
          e164s: ['+79160000001', '+79160000002'],
        }),
      ).code,
    ).toBe('not_found')
    expect(
      refusalOf(() =>
        service.record({
          listId,
          senderId,
          name: 'x',
          madeAt: clock.now() + 3_600_000,
          e164s: ['+79160000001', '+79160000002'],
        }),
      ).code,
    ).toBe('invalid_input')
    expect(refusalOf(() => service.get(9999)).code).toBe('not_found')
  })

  it('a list on the phone holds 2 to 256 people (checked at the boundary)', () => {
    const input = { listId: 1, senderId: 1, name: 'Список', madeAt: 5 }
    const numbers = (n: number) =>
      Array.from({ length: n }, (_, i) => `+7916${String(i).padStart(7, '0')}`)
    expect(phoneListRecordSchema.safeParse({ ...input, e164s: numbers(1) }).success).toBe(false)
    expect(phoneListRecordSchema.safeParse({ ...input, e164s: numbers(2) }).success).toBe(true)
    expect(phoneListRecordSchema.safeParse({ ...input, e164s: numbers(256) }).success).toBe(true)
    expect(phoneListRecordSchema.safeParse({ ...input, e164s: numbers(257) }).success).toBe(false)
    expect(
      phoneListRecordSchema.safeParse({ ...input, name: ' ', e164s: numbers(2) }).success,
    ).toBe(false)
  })

  it('an opt-out shows as a removal until the owner confirms it is done', () => {
    const { service, listId, record, optOut } = shop()
    record(['+79160000001', '+79160000002', '+79160000003'])
    optOut('+79160000001')
    expect(service.get(listId).phoneList?.toRemove).toEqual([
      expect.objectContaining({ name: 'Анна Смирнова', why: 'opted_out' }),
    ])
    const after = service.confirmRemoved({ listId, e164s: ['+79160000001'] })
    expect(after.toRemove).toEqual([])
    expect(after.onPhone.map((m) => m.name)).toEqual(['Борис Котов', 'Вера Ли'])
  })

  it('someone who saved the number later is to add; confirming puts them on', () => {
    const { service, listId, record, db, clock } = shop()
    record(['+79160000001', '+79160000002'])
    expect(service.get(listId).phoneList?.toAdd.map((m) => m.name)).toEqual(['Вера Ли'])
    db.prepare("UPDATE contacts SET saved_number = 'yes' WHERE name = 'Глеб Орлов'").run()
    expect(service.get(listId).phoneList?.toAdd.map((m) => m.name)).toEqual([
      'Вера Ли',
      'Глеб Орлов',
    ])
    clock.advance(5_000)
    const after = service.confirmAdded({ listId, e164s: ['+79160000003'] })
    expect(after.onPhone.map((m) => m.name)).toEqual(['Анна Смирнова', 'Борис Котов', 'Вера Ли'])
    expect(after.toAdd.map((m) => m.name)).toEqual(['Глеб Орлов'])
    // Confirming someone who may not get it is refused by name.
    expect(
      refusalOf(() => service.confirmAdded({ listId, e164s: ['+79160000005'] })).details,
    ).toEqual({
      names: 'Дарья Ким',
      count: 1,
    })
  })

  it('gives the phone’s address book everyone who may go on, or only those still to add', () => {
    const { service, listId, record } = shop()
    const names = (content: string) => [...content.matchAll(/^FN:(.*)$/gm)].map((m) => m[1])
    expect(names(service.vcard(listId, 'candidates').content)).toEqual([
      'Анна Смирнова',
      'Борис Котов',
      'Вера Ли',
    ])
    record(['+79160000001', '+79160000002'])
    const toAdd = service.vcard(listId, 'to_add')
    expect(names(toAdd.content)).toEqual(['Вера Ли'])
    expect(toAdd.fileName).toBe('Постоянные-new.vcf')
  })

  it('forgets the phone list; confirming on a list without one is not found', () => {
    const { service, listId, record } = shop()
    record(['+79160000001', '+79160000002'])
    expect(service.forget(listId)).toEqual({ forgotten: 1 })
    expect(service.get(listId).phoneList).toBeNull()
    expect(refusalOf(() => service.confirmRemoved({ listId, e164s: ['+79160000001'] })).code).toBe(
      'not_found',
    )
  })

  it('a deleted Rupor list takes its phone list with it', () => {
    const { service, listId, record, db } = shop()
    record(['+79160000001', '+79160000002'])
    db.prepare('DELETE FROM lists WHERE id = ?').run(listId)
    expect(db.prepare('SELECT count(*) AS n FROM phone_lists').get()).toEqual({ n: 0 })
    expect(refusalOf(() => service.get(listId)).code).toBe('not_found')
  })
})

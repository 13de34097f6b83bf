import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentStates, savedNumberStates } from '../../../shared/contacts'
import { phoneListWorld } from './phone-list-fixture'
import { readPhoneList } from './phone-list-state'

function mirrored() {
  const world = phoneListWorld()
  const anna = world.person({ name: 'Анна Смирнова', e164: '+79160000001' })
  const boris = world.person({ name: 'Борис Котов', e164: '+79160000002' })
  const vera = world.person({ name: 'Вера Ли', e164: '+79160000003' })
  const listId = world.list('Постоянные', [vera, anna, boris])
  const senderId = world.sender()
  world.phoneList(listId, senderId, [vera, anna, boris])
  return { ...world, anna, boris, vera, listId, senderId }
}

describe('readPhoneList', () => {
  it('is null for a list with no phone list recorded', () => {
    const world = phoneListWorld()
    const listId = world.list('Пусто', [])
    expect(readPhoneList(world.db, listId)).toBeNull()
  })

  it('shows who is on the phone by name, as the phone sorts them, with nothing to do', () => {
    const { db, listId } = mirrored()
    const list = readPhoneList(db, listId)
    expect(list?.onPhone.map((m) => m.name)).toEqual(['Анна Смирнова', 'Борис Котов', 'Вера Ли'])
    expect(list?.toRemove).toEqual([])
    expect(list?.toAdd).toEqual([])
    expect(list?.name).toBe('На телефоне')
  })

  it('asks to remove someone who opted out, checked live from the opt-out list', () => {
    const world = mirrored()
    world.optOut('+79160000001')
    expect(readPhoneList(world.db, world.listId)?.toRemove).toEqual([
      { e164: '+79160000001', contactId: world.anna, name: 'Анна Смирнова', why: 'opted_out' },
    ])
  })

  it('asks to remove someone whose other number opted out', () => {
    const world = mirrored()
    world.db
      .prepare(
        "INSERT INTO contact_phones (contact_id, position, e164, raw, kind) VALUES (?, 1, '+79169999999', 'x', 'mobile')",
      )
      .run(world.boris)
    world.optOut('+79169999999')
    expect(readPhoneList(world.db, world.listId)?.toRemove.map((r) => r.why)).toEqual(['opted_out'])
  })

  it('names each other reason: consent withdrawn, left the list, deleted, not saved', () => {
    const world = phoneListWorld()
    const ids = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья', 'Егор'].map((name, i) =>
      world.person({ name, e164: `+7916000000${String(i)}` }),
    )
    const [anna, boris, vera, gleb, darya, egor] = ids as [
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    const listId = world.list('Все', ids)
    world.phoneList(listId, world.sender(), ids)
    world.db.prepare("UPDATE contacts SET consent = 'withdrawn' WHERE id = ?").run(anna)
    world.db.prepare('DELETE FROM list_members WHERE contact_id = ?').run(boris)
    world.db.prepare('DELETE FROM contacts WHERE id = ?').run(vera)
    world.db.prepare("UPDATE contacts SET saved_number = 'no' WHERE id = ?").run(gleb)
    world.db.prepare("UPDATE contact_phones SET kind = 'fixed' WHERE contact_id = ?").run(darya)

    const list = readPhoneList(world.db, listId)
    expect(list?.toRemove.map((r) => [r.name, r.why])).toEqual([
      ['Анна', 'consent_lost'],
      ['Борис', 'left_list'],
      ['Вера', 'deleted'],
      ['Глеб', 'not_saved'],
      ['Дарья', 'ineligible'],
    ])
    // Someone deleted keeps the name the phone shows, with no contact behind it.
    expect(list?.toRemove.find((r) => r.why === 'deleted')?.contactId).toBeNull()
    expect(list?.onPhone).toHaveLength(6)
    expect(list?.toRemove.some((r) => r.contactId === egor)).toBe(false)
  })

  it('counts unknown consent as lost unless the settings allow broadcasting without it', () => {
    const world = mirrored()
    world.db.prepare("UPDATE contacts SET consent = 'unknown' WHERE id = ?").run(world.vera)
    expect(readPhoneList(world.db, world.listId)?.toRemove.map((r) => r.why)).toEqual([
      'consent_lost',
    ])
    world.setting('broadcastWithoutConsent', true)
    expect(readPhoneList(world.db, world.listId)?.toRemove).toEqual([])
  })

  it('asks to add list members who may get it and saved the number, not those who did not', () => {
    const world = mirrored()
    const likely = world.person({ name: 'Артём', e164: '+79160000010', saved: 'likely' })
    const unknown = world.person({ name: 'Ян', e164: '+79160000011', saved: 'unknown' })
    const noConsent = world.person({ name: 'Ия', e164: '+79160000012', consent: 'unknown' })
    const optedOut = world.person({ name: 'Ольга', e164: '+79160000013' })
    world.optOut('+79160000013')
    world.db
      .prepare(
        'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, 2)',
      )
      .run(world.listId, likely, 10)
    for (const [i, id] of [unknown, noConsent, optedOut].entries()) {
      world.db
        .prepare(
          'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, 2)',
        )
        .run(world.listId, id, 11 + i)
    }
    expect(readPhoneList(world.db, world.listId)?.toAdd).toEqual([
      { e164: '+79160000010', contactId: likely, name: 'Артём' },
    ])
  })

  it('a changed number: the old one comes off, the new one goes on', () => {
    const world = mirrored()
    world.db
      .prepare("UPDATE contact_phones SET e164 = '+79165555555' WHERE contact_id = ?")
      .run(world.boris)
    world.db
      .prepare("UPDATE contacts SET primary_phone = '+79165555555' WHERE id = ?")
      .run(world.boris)
    const list = readPhoneList(world.db, world.listId)
    expect(list?.toRemove).toEqual([
      { e164: '+79160000002', contactId: world.boris, name: 'Борис Котов', why: 'ineligible' },
    ])
    expect(list?.toAdd).toEqual([
      { e164: '+79165555555', contactId: world.boris, name: 'Борис Котов' },
    ])
  })

  it('sorts as the phone does: by the saved name, numbers in names by value', () => {
    const world = phoneListWorld()
    const ids = ['яна', 'Ёлка', 'Zoe', 'Клиент 10', 'Клиент 9', 'алла'].map((name, i) =>
      world.person({ name, e164: `+7916100000${String(i)}` }),
    )
    const listId = world.list('Смесь', ids)
    world.phoneList(listId, world.sender(), ids)
    world.setting('language', 'ru')
    expect(readPhoneList(world.db, listId)?.onPhone.map((m) => m.name)).toEqual([
      'алла',
      'Ёлка',
      'Клиент 9',
      'Клиент 10',
      'яна',
      'Zoe',
    ])
  })
})

describe('readPhoneList, whatever happens to the book', () => {
  const personFacts = fc.record({
    consent: fc.constantFrom(...consentStates),
    saved: fc.constantFrom(...savedNumberStates),
    kind: fc.constantFrom('mobile', 'fixed_or_mobile', 'fixed', 'other' as const),
    inList: fc.boolean(),
    onPhone: fc.boolean(),
    optedOut: fc.boolean(),
    deleted: fc.boolean(),
  })

  it('never leaves someone opted out or without consent among those who stay, and splits the phone exactly', () => {
    fc.assert(
      fc.property(
        fc.array(personFacts, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (people, withoutConsent) => {
          const world = phoneListWorld()
          world.setting('broadcastWithoutConsent', withoutConsent)
          const ids = people.map((p, i) =>
            world.person({
              name: `Человек ${String(i)}`,
              e164: `+791620000${String(i).padStart(2, '0')}`,
              consent: p.consent,
              saved: p.saved,
              kind: p.kind,
            }),
          )
          // Recorded while all were on the list; then the book and the list change.
          const listId = world.list('Список', ids)
          world.phoneList(
            listId,
            world.sender(),
            ids.filter((_, i) => people[i]?.onPhone),
          )
          people.forEach((p, i) => {
            const id = ids[i] ?? 0
            if (p.optedOut) world.optOut(`+791620000${String(i).padStart(2, '0')}`)
            if (!p.inList) world.db.prepare('DELETE FROM list_members WHERE contact_id = ?').run(id)
            if (p.deleted) world.db.prepare('DELETE FROM contacts WHERE id = ?').run(id)
          })

          const list = readPhoneList(world.db, listId)
          if (!list) throw new Error('the phone list vanished')
          const removed = new Set(list.toRemove.map((r) => r.e164))
          const staying = list.onPhone.filter((m) => !removed.has(m.e164))
          const optedOut = new Set(
            world.db
              .prepare<[], { e164: string }>('SELECT e164 FROM opt_outs')
              .all()
              .map((r) => r.e164),
          )
          for (const m of staying) {
            const i = ids.indexOf(m.contactId ?? -1)
            const p = people[i]
            expect(p).toBeDefined()
            expect(optedOut.has(m.e164)).toBe(false)
            expect(p?.consent === 'withdrawn').toBe(false)
            if (!withoutConsent) expect(p?.consent).toBe('granted')
            expect(p?.inList && !p.deleted).toBe(true)
            expect(['yes', 'likely']).toContain(p?.saved)
            expect(['mobile', 'fixed_or_mobile']).toContain(p?.kind)
          }
          // toRemove ∪ (onPhone − toRemove) = onPhone, and toRemove ⊆ onPhone.
          const onPhone = new Set(list.onPhone.map((m) => m.e164))
          expect([...removed].every((e) => onPhone.has(e))).toBe(true)
          expect(new Set([...removed, ...staying.map((m) => m.e164)])).toEqual(onPhone)
          expect(list.onPhone).toHaveLength(people.filter((p) => p.onPhone).length)
          // Whoever is to be added is not on the phone and may be messaged.
          for (const m of list.toAdd) {
            expect(onPhone.has(m.e164)).toBe(false)
            expect(optedOut.has(m.e164)).toBe(false)
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})

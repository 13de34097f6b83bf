import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PhoneListCandidate } from '../../../../shared/phone-lists'
import { inPhoneOrder, phoneName } from './phone-order'

const person = (
  name: string,
  e164 = `+7916${String(name.length).padStart(7, '0')}`,
): PhoneListCandidate => {
  const [firstName = '', lastName = ''] = name.split(' ')
  return { name, firstName, middleName: '', lastName, e164, contactId: 1 }
}

describe('the phone’s order', () => {
  const people = [
    person('Борис Яковлев', '+79160000001'),
    person('Анна Смирнова', '+79160000002'),
    person('Вера Абрамова', '+79160000003'),
    person('Ёжик', '+79160000004'),
  ]

  it('Android: by the name as saved, first name first', () => {
    expect(inPhoneOrder(people, 'first', 'ru').map((p) => p.name)).toEqual([
      'Анна Смирнова',
      'Борис Яковлев',
      'Вера Абрамова',
      'Ёжик',
    ])
  })

  it('iPhone: by last name, someone without one by the whole name', () => {
    const sorted = inPhoneOrder(people, 'last', 'ru')
    expect(sorted.map((p) => phoneName(p, 'last'))).toEqual([
      'Абрамова Вера',
      'Ёжик',
      'Смирнова Анна',
      'Яковлев Борис',
    ])
  })

  it('keeps everyone, whatever the names and the order asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }),
        fc.constantFrom('first' as const, 'last' as const),
        fc.constantFrom('ru', 'en'),
        (names, sort, language) => {
          const input = names.map(([a, b], i) => ({
            ...person(`${a} ${b}`),
            firstName: a,
            lastName: b,
            e164: `+7916${String(i).padStart(7, '0')}`,
          }))
          const sorted = inPhoneOrder(input, sort, language)
          expect(sorted.map((p) => p.e164).sort()).toEqual(input.map((p) => p.e164).sort())
          expect(inPhoneOrder(sorted, sort, language)).toEqual(sorted)
        },
      ),
    )
  })
})

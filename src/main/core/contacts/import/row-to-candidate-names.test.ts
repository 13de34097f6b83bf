// The name part of rowToCandidate: a ФИО column split by the file's order, initials, name columns.
import { describe, expect, it } from 'vitest'
import type { NameOrder } from '../../../../shared/imports'
import { guessMapping, phoneColumns, phonePriority } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { rowToCandidate } from './row-to-candidate'

function namesOf(headers: string[], cells: string[], nameOrder?: NameOrder) {
  const mapping = guessMapping(headers)
  const plan: ImportPlan = {
    headers,
    mapping,
    phones: phoneColumns(headers, mapping),
    phonePriority,
    ...(nameOrder ? { nameOrder } : {}),
  }
  const { candidate } = rowToCandidate({ line: 2, cells }, plan, { defaultCountry: 'RU' })
  return (
    candidate && [candidate.name, candidate.lastName, candidate.firstName, candidate.middleName]
  )
}

describe('rowToCandidate, names', () => {
  it('splits a ФИО column as «Фамилия Имя Отчество», keeping the name as written', () => {
    expect(namesOf(['ФИО', 'Телефон'], ['Новиков Сергей Петрович', '89161234567'])).toEqual([
      'Новиков Сергей Петрович',
      'Новиков',
      'Сергей',
      'Петрович',
    ])
  })

  it('splits a name its words do not place in the order the plan says', () => {
    const cells = ['Ким Олег', '89161234567']
    expect(namesOf(['Клиент', 'Телефон'], cells, 'last_first')).toEqual([
      'Ким Олег',
      'Ким',
      'Олег',
      '',
    ])
    expect(namesOf(['Клиент', 'Телефон'], cells, 'first_last')).toEqual([
      'Ким Олег',
      'Олег',
      'Ким',
      '',
    ])
  })

  it('keeps a «Name» column First Last', () => {
    expect(namesOf(['Name', 'Phone'], ['Mary Ann Smith', '+12125550123'])).toEqual([
      'Mary Ann Smith',
      'Smith',
      'Mary',
      'Ann',
    ])
  })

  it('never takes initials for a first name, in a full name or in a first-name column', () => {
    expect(namesOf(['ФИО', 'Телефон'], ['Иванов И.И.', '89161234567'])).toEqual([
      'Иванов И.И.',
      'Иванов',
      '',
      '',
    ])
    expect(
      namesOf(['Фамилия', 'Имя', 'Телефон'], ['Иванов', 'И.', '89161234567'], 'first_last'),
    ).toEqual(['И. Иванов', 'Иванов', '', ''])
  })

  it('does not split a full name when the row has name columns of its own', () => {
    expect(
      namesOf(['ФИО', 'Имя', 'Телефон'], ['Новиков Сергей Петрович', 'Серёжа', '89161234567']),
    ).toEqual(['Новиков Сергей Петрович', '', 'Серёжа', ''])
  })
})

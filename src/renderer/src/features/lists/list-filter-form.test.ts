import { describe, expect, it } from 'vitest'
import { dayStart, emptyFilterForm, filterFormKey, toListFilter } from './list-filter-form'

describe('toListFilter', () => {
  it('sends the empty form as "everyone"', () => {
    expect(toListFilter(emptyFilterForm)).toEqual({
      search: '',
      tags: [],
      field: 'any',
      contains: '',
    })
  })

  it('trims texts and includes only what is set', () => {
    expect(
      toListFilter({
        ...emptyFilterForm,
        search: ' 916 ',
        tags: ['VIP'],
        consent: 'granted',
        field: 'notes',
        contains: ' Самара ',
        addedSince: '2024-05-31',
      }),
    ).toEqual({
      search: '916',
      tags: ['VIP'],
      consent: 'granted',
      field: 'notes',
      contains: 'Самара',
      addedSince: new Date(2024, 4, 31).getTime(),
    })
  })
})

describe('dayStart', () => {
  it('is local midnight of the day, or undefined for a blank or broken date', () => {
    expect(dayStart('2024-01-02')).toBe(new Date(2024, 0, 2).getTime())
    expect(dayStart('')).toBeUndefined()
    expect(dayStart('02.01.2024')).toBeUndefined()
  })
})

describe('filterFormKey', () => {
  it('is the same for forms that differ only in spaces', () => {
    expect(filterFormKey({ ...emptyFilterForm, search: 'Анна ' })).toBe(
      filterFormKey({ ...emptyFilterForm, search: 'Анна' }),
    )
    expect(filterFormKey({ ...emptyFilterForm, tags: ['VIP'] })).not.toBe(
      filterFormKey(emptyFilterForm),
    )
  })
})

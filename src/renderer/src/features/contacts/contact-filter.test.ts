import { describe, expect, it } from 'vitest'
import { contactQuerySchema } from '../../../../shared/contacts'
import { defaultFilter, filterKey, isNarrowed, pageQuery, queryFilter } from './contact-filter'

describe('contact filter', () => {
  it('leaves unset filters out of the query and trims the search', () => {
    expect(queryFilter({ ...defaultFilter, search: '  916 12 ' })).toEqual({
      search: '916 12',
      sort: 'name',
      direction: 'asc',
    })
  })

  it('builds page queries the core accepts', () => {
    const query = pageQuery(
      {
        ...defaultFilter,
        tag: 'VIP',
        consent: 'granted',
        optedOut: true,
        flagged: true,
        sort: 'phone',
        direction: 'desc',
      },
      400,
      200,
    )
    expect(contactQuerySchema.parse(query)).toEqual({
      search: '',
      tag: 'VIP',
      consent: 'granted',
      optedOut: true,
      flagged: true,
      sort: 'phone',
      direction: 'desc',
      offset: 400,
      limit: 200,
    })
  })

  it('ignores a blank tag', () => {
    expect(queryFilter({ ...defaultFilter, tag: ' ' })).not.toHaveProperty('tag')
  })

  it('gives one key to filters that ask for the same rows', () => {
    expect(filterKey({ ...defaultFilter, search: 'anna ' })).toBe(
      filterKey({ ...defaultFilter, search: 'anna' }),
    )
    expect(filterKey({ ...defaultFilter, direction: 'desc' })).not.toBe(filterKey(defaultFilter))
  })

  it('counts search and filters as narrowing, but not the order', () => {
    expect(isNarrowed(defaultFilter)).toBe(false)
    expect(isNarrowed({ ...defaultFilter, sort: 'created', direction: 'desc' })).toBe(false)
    expect(isNarrowed({ ...defaultFilter, search: ' ' })).toBe(false)
    expect(isNarrowed({ ...defaultFilter, search: '7' })).toBe(true)
    expect(isNarrowed({ ...defaultFilter, flagged: true })).toBe(true)
    expect(isNarrowed({ ...defaultFilter, consent: 'unknown' })).toBe(true)
  })
})

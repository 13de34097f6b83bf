import { describe, expect, it } from 'vitest'
import { placeIssues } from './contact-issues'

describe('placeIssues', () => {
  it('puts number problems beside the row they are about', () => {
    const placed = placeIssues(
      [
        { path: 'phones.0.raw', message: 'too_short' },
        { path: 'phones.2.raw', message: 'belongs_to_other_contact' },
        { path: 'phones.1.label', message: 'Too big: expected string to have <=40 characters' },
      ],
      [11, 12, 13],
    )
    expect(placed.fields).toEqual({
      'phone:11': 'too_short',
      'phone:13': 'belongs_to_other_contact',
      'phone:12': 'labelTooLong',
    })
    expect(placed.unplaced).toEqual([])
  })

  it('places text fields and tags, and keeps the rest for the summary', () => {
    const placed = placeIssues(
      [
        { path: 'firstName', message: 'Too big' },
        { path: 'tags.3', message: 'Too small' },
        { path: 'phones.9.raw', message: 'invalid_phone' },
        { path: '', message: 'Unrecognized key' },
      ],
      [1],
    )
    expect(placed.fields).toEqual({ firstName: 'tooLong', tags: 'badTag' })
    expect(placed.unplaced.map((issue) => issue.path)).toEqual(['phones.9.raw', ''])
  })

  it('names an unknown number problem in general terms', () => {
    expect(placeIssues([{ path: 'phones.0.raw', message: 'something_new' }], [4]).fields).toEqual({
      'phone:4': 'invalid',
    })
  })
})

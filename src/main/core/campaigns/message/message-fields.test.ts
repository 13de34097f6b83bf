import { describe, expect, it } from 'vitest'
import { isMessageField, messageFieldNames, type MessageFields } from './message-fields'

describe('message fields', () => {
  it('are exactly the MessageFields keys', () => {
    const fields: MessageFields = {
      first_name: '',
      middle_name: '',
      last_name: '',
      name: '',
      email: '',
      notes: '',
      phone: '',
      shop: '',
    }
    expect([...messageFieldNames].sort()).toEqual(Object.keys(fields).sort())
  })

  it.each([
    ['first_name', true],
    ['phone', true],
    ['shop', true],
    ['Shop', false],
    ['First_Name', false],
    [' name', false],
    ['toString', false],
    ['', false],
  ])('%j known: %s', (name, known) => {
    expect(isMessageField(name)).toBe(known)
  })
})

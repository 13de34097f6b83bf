import { describe, expect, it } from 'vitest'
import { contactUpdateSchema, type Contact } from '../../../../shared/contacts'
import { hasChanges, maySendTo, newPhoneKey, toDraft, toUpdate } from './contact-draft'

const contact: Contact = {
  id: 5,
  name: 'Анна Петрова',
  firstName: 'Анна',
  middleName: '',
  lastName: 'Петрова',
  email: '',
  notes: '',
  phones: [
    {
      e164: '+79161234567',
      raw: '8 916 123-45-67',
      kind: 'mobile',
      label: 'Мобильный',
      primary: true,
    },
    { e164: '+74951234567', raw: '', kind: 'fixed', label: 'Работа', primary: false },
  ],
  tags: ['VIP'],
  consent: 'unknown',
  consentSource: 'import: clients.csv',
  consentAt: null,
  optedOut: false,
  optedOutPhones: [],
  chatsWithShop: false,
  savedNumber: 'unknown',
  savedNumberSource: null,
  savedNumberAt: null,
  flag: null,
  createdAt: 1,
  updatedAt: 2,
}

describe('contact draft', () => {
  it('shows a number without its own spelling as stored, and marks the primary one', () => {
    const draft = toDraft(contact)
    expect(draft.phones.map((p) => p.raw)).toEqual(['8 916 123-45-67', '+74951234567'])
    expect(draft.primaryKey).toBe(draft.phones[0]?.key)
    expect(draft.phones.map(maySendTo)).toEqual([true, false])
  })

  it('sends nothing but the id when nothing changed', () => {
    const outgoing = toUpdate(contact, toDraft(contact))
    expect(outgoing.update).toEqual({ id: 5 })
    expect(hasChanges(outgoing)).toBe(false)
  })

  it('sends only the changed fields, trimmed', () => {
    const draft = {
      ...toDraft(contact),
      name: ' Анна П. ',
      tags: ['VIP', 'Опт'],
      consent: 'granted' as const,
    }
    const { update } = toUpdate(contact, draft)
    expect(update).toEqual({ id: 5, name: 'Анна П.', tags: ['VIP', 'Опт'], consent: 'granted' })
    expect(contactUpdateSchema.safeParse(update).success).toBe(true)
  })

  it('sends the whole list of numbers when one changed, skipping blank rows, and maps issues back', () => {
    const draft = toDraft(contact)
    const blank = { key: newPhoneKey(), raw: '  ', label: '', saved: undefined }
    const added = { key: newPhoneKey(), raw: '+7 903 000-00-00', label: '', saved: undefined }
    const { update, phoneKeys } = toUpdate(contact, {
      ...draft,
      phones: [...draft.phones, blank, added],
      primaryKey: added.key,
    })
    expect(update.phones).toEqual([
      { raw: '8 916 123-45-67', label: 'Мобильный' },
      { raw: '+74951234567', label: 'Работа' },
      { raw: '+7 903 000-00-00', label: '' },
    ])
    expect(update.primary).toBe('+7 903 000-00-00')
    expect(phoneKeys).toEqual([draft.phones[0]?.key, draft.phones[1]?.key, added.key])
  })

  it('counts a new primary as a change of the numbers', () => {
    const draft = toDraft(contact)
    const second = draft.phones[1]
    const { update } = toUpdate(contact, { ...draft, primaryKey: second?.key })
    expect(update.primary).toBe('+74951234567')
    expect(update.phones).toHaveLength(2)
  })

  it('sends "already chats with the shop" only when it changed', () => {
    const draft = toDraft(contact)
    expect(draft.chatsWithShop).toBe(false)
    expect(hasChanges(toUpdate(contact, draft))).toBe(false)
    expect(toUpdate(contact, { ...draft, chatsWithShop: true }).update).toEqual({
      id: 5,
      chatsWithShop: true,
    })
  })
})

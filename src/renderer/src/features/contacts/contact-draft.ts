// The contact form's working copy, and the edit it sends: only what the user really changed.
import type {
  ConsentState,
  Contact,
  ContactPhone,
  ContactUpdate,
  PhoneKind,
  SavedNumberState,
} from '../../../../shared/contacts'

export interface PhoneDraft {
  /** Stable across edits, for React keys, the primary radio and error messages. */
  key: number
  raw: string
  label: string
  /** What the core made of the number; gone once the user retypes it. */
  saved: { e164: string; kind: PhoneKind } | undefined
}

export interface ContactDraft {
  name: string
  firstName: string
  middleName: string
  lastName: string
  email: string
  notes: string
  phones: PhoneDraft[]
  /** The key of the number broadcasts go to. */
  primaryKey: number | undefined
  tags: string[]
  consent: ConsentState
  /** Already chats with the shop: a message to them is not a new chat. */
  chatsWithShop: boolean
  /** Saved the shop's number: who a list message from the phone reaches. */
  savedNumber: SavedNumberState
}

/** The number as the user wrote it, or as stored if the file gave no spelling. */
const shownRaw = (phone: ContactPhone): string =>
  phone.raw.trim() === '' ? phone.e164 : phone.raw.trim()

let nextKey = 1
/** A key no other phone row has. */
export const newPhoneKey = (): number => nextKey++

export function toDraft(contact: Contact): ContactDraft {
  const phones = contact.phones.map((phone): PhoneDraft => ({
    key: newPhoneKey(),
    raw: shownRaw(phone),
    label: phone.label,
    saved: { e164: phone.e164, kind: phone.kind },
  }))
  const primaryIndex = contact.phones.findIndex((phone) => phone.primary)
  return {
    name: contact.name,
    firstName: contact.firstName,
    middleName: contact.middleName,
    lastName: contact.lastName,
    email: contact.email,
    notes: contact.notes,
    phones,
    primaryKey: phones[primaryIndex]?.key,
    tags: [...contact.tags],
    consent: contact.consent,
    chatsWithShop: contact.chatsWithShop,
    savedNumber: contact.savedNumber,
  }
}

/** Numbers a broadcast can go to; new, unchecked ones get the benefit of the doubt. */
export const maySendTo = (phone: PhoneDraft): boolean =>
  phone.saved === undefined ||
  phone.saved.kind === 'mobile' ||
  phone.saved.kind === 'fixed_or_mobile'

export interface DraftUpdate {
  update: ContactUpdate
  /** The draft key of each number sent, by its index in `update.phones` (issues name indexes). */
  phoneKeys: number[]
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

/** The edit to send: changed fields only; the numbers go as a whole list if any of them changed. */
export function toUpdate(contact: Contact, draft: ContactDraft): DraftUpdate {
  const update: ContactUpdate = { id: contact.id }
  const text = ['name', 'firstName', 'middleName', 'lastName', 'email'] as const
  for (const field of text) {
    if (draft[field].trim() !== contact[field].trim()) update[field] = draft[field].trim()
  }
  if (draft.notes !== contact.notes) update.notes = draft.notes
  if (draft.consent !== contact.consent) update.consent = draft.consent
  if (draft.chatsWithShop !== contact.chatsWithShop) update.chatsWithShop = draft.chatsWithShop
  if (draft.savedNumber !== contact.savedNumber) update.savedNumber = draft.savedNumber
  const tags = draft.tags.map((tag) => tag.trim()).filter((tag) => tag !== '')
  if (!sameList(tags, contact.tags)) update.tags = tags

  // Blank rows are rows the user added and left empty: not numbers at all.
  const phones = draft.phones.filter((phone) => phone.raw.trim() !== '')
  const primary = phones.find((phone) => phone.key === draft.primaryKey)
  const before = contact.phones.map((phone) => `${shownRaw(phone)}\u0000${phone.label.trim()}`)
  const after = phones.map((phone) => `${phone.raw.trim()}\u0000${phone.label.trim()}`)
  const primaryBefore = contact.phones.findIndex((phone) => phone.primary)
  const primaryAfter = primary ? phones.indexOf(primary) : -1
  const phonesChanged = !sameList(before, after) || primaryBefore !== primaryAfter
  if (phonesChanged) {
    update.phones = phones.map((phone) => ({ raw: phone.raw.trim(), label: phone.label.trim() }))
    if (primary) update.primary = primary.raw.trim()
  }
  return { update, phoneKeys: phonesChanged ? phones.map((phone) => phone.key) : [] }
}

/** Whether saving would send anything beyond the id. */
export const hasChanges = ({ update }: DraftUpdate): boolean => Object.keys(update).length > 1

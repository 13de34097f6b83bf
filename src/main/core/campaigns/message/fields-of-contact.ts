// A contact as message fields: what {{first_name}} and the rest read for this person.
import { isInitial } from '../../contacts/names/name-words'
import type { ContactFields } from './message-fields'

export interface ContactForMessage {
  name: string
  firstName: string
  middleName: string
  lastName: string
  email: string
  notes: string
}

/**
 * Everything trimmed. {{first_name}} falls back to the first word of the name ("Анна Петрова" →
 * "Анна"), never to a last name, a middle name or initials ("Иванов И.И." with the last name
 * Иванов greets nobody by name: the placeholder's fallback is used); {{name}} falls back to the
 * name's parts. {{last_name}} and {{middle_name}} are never guessed from the name: its last word
 * may be a patronymic or a note ("Анна Петровна", "Иван (склад)").
 */
export function fieldsOf(contact: ContactForMessage, e164: string): ContactFields {
  const firstName = contact.firstName.trim()
  const middleName = contact.middleName.trim()
  const lastName = contact.lastName.trim()
  const fullName = contact.name.trim()
  const firstWord = fullName.split(/\s+/u)[0] ?? ''
  const isOtherPart = firstWord === lastName || firstWord === middleName || isInitial(firstWord)
  return {
    first_name: firstName || (isOtherPart ? '' : firstWord),
    middle_name: middleName,
    last_name: lastName,
    name: fullName || [firstName, middleName, lastName].filter((part) => part !== '').join(' '),
    email: contact.email.trim(),
    notes: contact.notes.trim(),
    phone: e164,
  }
}

// A contact as message fields: what {{first_name}} and the rest read for this person.
import type { MessageFields } from './message-fields'

export interface ContactForMessage {
  name: string
  firstName: string
  lastName: string
  email: string
  notes: string
}

/**
 * Everything trimmed. {{first_name}} falls back to the first word of the name ("Анна Петрова" →
 * "Анна"), never to a last name alone; {{name}} falls back to first and last name. {{last_name}}
 * is never guessed from the name: its last word may be a patronymic or a note ("Анна Петровна",
 * "Иван (склад)").
 */
export function fieldsOf(contact: ContactForMessage, e164: string): MessageFields {
  const firstName = contact.firstName.trim()
  const lastName = contact.lastName.trim()
  const fullName = contact.name.trim()
  return {
    first_name: firstName || (fullName.split(/\s+/u)[0] ?? ''),
    last_name: lastName,
    name: fullName || [firstName, lastName].filter((part) => part !== '').join(' '),
    email: contact.email.trim(),
    notes: contact.notes.trim(),
    phone: e164,
  }
}

// The fields a message may name as placeholders ({{first_name}}, {{shop|наш магазин}}): one list
// for the core that fills them, the Cloud API's template parameters and the composer's buttons.

/** What a contact brings, in the order the composer offers them. */
export const contactFieldNames = [
  'first_name',
  /** The patronymic: «{{first_name}} {{middle_name}}» is the polite «Анна Петровна». */
  'middle_name',
  'name',
  'last_name',
  'email',
  'notes',
  'phone',
] as const
export type ContactFieldName = (typeof contactFieldNames)[number]

/** Every field: the contact's, and the shop's name from Settings, the same in everyone's message. */
export const messageFieldNames = [...contactFieldNames, 'shop'] as const
export type MessageFieldName = (typeof messageFieldNames)[number]

const known: ReadonlySet<string> = new Set(messageFieldNames)

/** Exactly the field names, case-sensitive: {{First_Name}} is reported, not guessed. */
export function isMessageField(name: string): name is MessageFieldName {
  return known.has(name)
}

export const isContactField = (name: string): name is ContactFieldName =>
  isMessageField(name) && name !== 'shop'

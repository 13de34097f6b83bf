// The fields a message may name as placeholders, one per property of MessageFields.

export const messageFieldNames = [
  'first_name',
  /** The patronymic: «{{first_name}} {{middle_name}}» is the polite «Анна Петровна». */
  'middle_name',
  'last_name',
  'name',
  'email',
  'notes',
  'phone',
  /** The shop's name from Settings, the same in everyone's message. */
  'shop',
] as const
export type MessageFieldName = (typeof messageFieldNames)[number]

/** What one recipient brings to a message; phone in E.164. An empty string means "not known". */
export type MessageFields = Record<MessageFieldName, string>

/** What a contact brings: every field but the shop's, which Settings gives. */
export type ContactFields = Omit<MessageFields, 'shop'>

const known: ReadonlySet<string> = new Set(messageFieldNames)

/** Exactly the MessageFields keys, case-sensitive: {{First_Name}} is reported, not guessed. */
export function isMessageField(name: string): name is MessageFieldName {
  return known.has(name)
}

// What one recipient brings to a message; the field names are shared (src/shared/message-fields.ts).
import type { MessageFieldName } from '../../../../shared/message-fields'

export {
  isMessageField,
  messageFieldNames,
  type MessageFieldName,
} from '../../../../shared/message-fields'

/** What one recipient brings to a message; phone in E.164. An empty string means "not known". */
export type MessageFields = Record<MessageFieldName, string>

/** What a contact brings: every field but the shop's, which Settings gives. */
export type ContactFields = Omit<MessageFields, 'shop'>

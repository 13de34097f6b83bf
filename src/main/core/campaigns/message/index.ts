// The message module: pure functions the scheduler and the composer's preview share.
export { addUtm, utmSlug } from './add-utm'
export { chatUrl } from './chat-url'
export { fieldsOf, type ContactForMessage } from './fields-of-contact'
export {
  isMessageField,
  messageFieldNames,
  type ContactFields,
  type MessageFieldName,
  type MessageFields,
} from './message-fields'
export {
  longFromCharacters,
  measureMessage,
  tooLongFromCharacters,
  type MessageLength,
  type MessageLengthLevel,
} from './message-length'
export { defaultOptOutLine } from './opt-out-line'
export {
  messageIssues,
  placeholdersIn,
  replacePlaceholders,
  type MessageIssue,
  type Placeholder,
} from './placeholders'
export { renderMessage, type MessageTemplate } from './render-message'

/**
 * An office number's extension as people and programs write it: "доб. 102", "добавочный 102",
 * "вн. 102", "ext. 102", "x102", "#102", vCard 4.0's ";ext=102". It belongs to the number before
 * it: dialled after the call connects, never a number of its own, and no part of the E.164.
 */
const marker = String.raw`(?:доб(?:авочн\p{L}*)?|вн(?:утр\p{L}*)?|ext(?:ension)?|x|#)\.?\s*[=:]?\s*\d{1,7}`

/** Before an extension: a separator there does not start another number. */
export const beforeExtension = String.raw`(?=\s*\(?\s*${marker})`

const extensionAtEnd = new RegExp(String.raw`[\s,;]*\(?\s*${marker}\s*\)?\s*$`, 'iu')

/** The number without its extension: `+7 495 123-45-67 доб. 102` → `+7 495 123-45-67`. */
export const withoutExtension = (raw: string): string => raw.replace(extensionAtEnd, '')

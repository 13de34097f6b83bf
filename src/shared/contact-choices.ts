// The contact book's choices as plain lists, without zod: the renderer's first screen (the table's
// filters and order) needs them, not the schemas in contacts.ts, which re-exports them.
export const consentStates = ['granted', 'unknown', 'withdrawn'] as const
export type ConsentState = (typeof consentStates)[number]

/**
 * Whether the person saved the shop's number in their phone: a phone broadcast list message reaches
 * only those who did. 'likely': they wrote to the shop first (the QR poster), nobody saw it saved.
 */
export const savedNumberStates = ['yes', 'likely', 'no', 'unknown'] as const
export type SavedNumberState = (typeof savedNumberStates)[number]

export const contactSortKeys = ['name', 'phone', 'created', 'updated'] as const

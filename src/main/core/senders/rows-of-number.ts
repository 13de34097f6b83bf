/**
 * SQL for "every sender row of the same WhatsApp number as this one", live or deleted: the limits
 * belong to the number, so a deleted sender's sends and a duplicate an older version let in count
 * too. `param` is the statement's parameter for the sender's id (`?` or `@sender`). Read through
 * senders_by_phone, so `sender_id IN rowsOfNumber(…)` stays an index search of the ledger.
 */
export const rowsOfNumber = (param: string): string =>
  `(SELECT id FROM senders WHERE phone = (SELECT phone FROM senders WHERE id = ${param}))`

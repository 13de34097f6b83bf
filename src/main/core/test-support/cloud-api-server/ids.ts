// Identifiers shaped like Meta's, unique within the process.

import { randomBytes } from 'node:crypto'

let sequence = 0

/** Real wamids are standard base64 of a small binary record and often end in '=', so a client
 * that forgets to URL-encode one in `?message_id=` breaks here as it would against Meta. */
export function newWamid(waId: string): string {
  sequence += 1
  const record = Buffer.concat([
    Buffer.from(`HBgL${waId}FQIAERgS`, 'latin1'),
    randomBytes(9),
    Buffer.from([sequence & 0xff, (sequence >> 8) & 0xff]),
  ])
  return `wamid.${record.toString('base64')}`
}

/** A 16-digit Graph object id. */
export function newNumericId(): string {
  sequence += 1
  return String(1_000_000_000_000_000 + sequence * 7919 + Math.floor(Math.random() * 7919))
}

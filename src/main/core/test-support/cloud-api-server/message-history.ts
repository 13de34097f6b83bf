// `GET /{pnid}/message_history` entries, as Meta's v23 OpenAPI spec describes them
// (WhatsAppMessageHistory / MessageDeliveryStatusEvent): `events.data[]` with an upper-case
// `delivery_status`, an integer Unix-seconds `timestamp`, `webhook_update_state` from
// PENDING/DELIVERED/FAILED/RETRYING, and `error_description` on failures.

import { cloudErrorInfo } from './error-catalogue'
import type { StatusEvent } from './fates'
import type { FieldSelection } from './fields'
import type { SentMessage } from './types'

export interface HistoryEvent extends StatusEvent {
  id: string
}

export interface MessageRecord {
  message: SentMessage
  historyId: string
  events: HistoryEvent[]
}

export const TEST_APP_ID = '9876543210987654'

const DEFAULT_EVENT_FIELDS = [
  'id',
  'delivery_status',
  'timestamp',
  'webhook_update_state',
  'error_description',
]

function historyEvent(event: HistoryEvent, fields: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: event.id,
    delivery_status: event.status.toUpperCase(),
    timestamp: Math.floor(event.at / 1000),
    // The status webhook for every event counts as handed over.
    webhook_update_state: 'DELIVERED',
    application: { id: TEST_APP_ID },
  }
  if (event.status === 'failed' && event.errorCode !== undefined) {
    all.error_description = cloudErrorInfo(event.errorCode).title
  }
  const out: Record<string, unknown> = { id: event.id }
  for (const field of fields) if (field in all) out[field] = all[field]
  return out
}

/** One history entry with the requested fields (default: id, message_id). */
export function historyEntry(
  record: MessageRecord,
  selection: FieldSelection | undefined,
): Record<string, unknown> {
  const fields =
    selection ??
    new Map<string, FieldSelection>([
      ['id', new Map()],
      ['message_id', new Map()],
    ])
  const out: Record<string, unknown> = { id: record.historyId }
  for (const [field, sub] of fields) {
    if (field === 'message_id') out.message_id = record.message.wamid
    if (field === 'events') {
      const eventFields = sub.size > 0 ? [...sub.keys()] : DEFAULT_EVENT_FIELDS
      out.events = { data: record.events.map((event) => historyEvent(event, eventFields)) }
    }
  }
  return out
}

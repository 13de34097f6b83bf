// `GET /{pnid}/message_history` entries, as Meta's v23 OpenAPI spec describes them
// (WhatsAppMessageHistory / MessageDeliveryStatusEvent): `events.data[]` with an upper-case
// `delivery_status`, an integer Unix-seconds `timestamp`, `webhook_update_state` from
// PENDING/DELIVERED/FAILED/RETRYING, and `error_description` — which the spec's example shows to
// be about handing the status webhook over ("Webhook endpoint returned HTTP 500"), not the
// message's error. The spec lists no error code among an event's fields: a failed event carries
// none unless a test asks for the status webhook's `errors[]` (setHistoryErrors), to exercise a
// client's reading of a code where Meta might add one.

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

/** How the history tells an event: whether its webhook was handed over, and any error codes. */
export interface HistoryTelling {
  webhookDeliveryFailing: boolean
  historyErrors: boolean
}

/** The status webhook's `errors[]` entry for a code (StatusError: code, title, message, details). */
function statusError(code: number): Record<string, unknown> {
  const info = cloudErrorInfo(code)
  return { code, title: info.title, message: info.title, error_data: { details: info.details } }
}

function historyEvent(
  event: HistoryEvent,
  fields: readonly string[],
  telling: HistoryTelling,
): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: event.id,
    delivery_status: event.status.toUpperCase(),
    timestamp: Math.floor(event.at / 1000),
    webhook_update_state: telling.webhookDeliveryFailing ? 'FAILED' : 'DELIVERED',
    application: { id: TEST_APP_ID },
  }
  // Webhook-delivery information, as the OpenAPI's example: never the message's error code.
  if (telling.webhookDeliveryFailing) all.error_description = 'Webhook endpoint returned HTTP 500'
  if (telling.historyErrors && event.status === 'failed' && event.errorCode !== undefined) {
    all.errors = [statusError(event.errorCode)]
  }
  const out: Record<string, unknown> = { id: event.id }
  for (const field of fields) if (field in all) out[field] = all[field]
  // Not a field one can ask for: present when the test server was told to add it.
  if (all.errors !== undefined) out.errors = all.errors
  return out
}

/** One history entry with the requested fields (default: id, message_id). */
export function historyEntry(
  record: MessageRecord,
  selection: FieldSelection | undefined,
  telling: HistoryTelling = { webhookDeliveryFailing: false, historyErrors: false },
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
      out.events = {
        data: record.events.map((event) => historyEvent(event, eventFields, telling)),
      }
    }
  }
  return out
}

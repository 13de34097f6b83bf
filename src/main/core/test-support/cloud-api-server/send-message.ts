// `POST /{v}/{pnid}/messages`: validate like Meta, then the scripted rules in a fixed order —
// failAllAfter, the recipient's sync fate, throughput (130429), pair rate (131056) — and on
// success record the message with its later fate (statuses for webhooks and history).

import { graphError } from './error-catalogue'
import { statusTimeline } from './fates'
import type { Reply } from './http-io'
import { newNumericId, newWamid } from './ids'
import { tierLimit } from './rate-rules'
import { webhookContext, type ServerState } from './state'
import type { SentMessage } from './types'
import { CODES_WITH_USAGE, usageHeader } from './usage-header'
import { checkMessage, isRecord } from './validate-message'
import { statusEnvelope } from './webhook-events'

/** The usage header rides on 4 / 80007 and on any refusal scripted with regain minutes. */
function errorReply(
  state: ServerState,
  code: number,
  details?: string,
  regainMinutes?: number,
): Reply {
  const { status, body } = graphError(code, details === undefined ? {} : { details })
  const minutes = regainMinutes ?? (CODES_WITH_USAGE.has(code) ? 1 : undefined)
  return minutes === undefined
    ? { status, body }
    : { status, body, headers: usageHeader(state.wabaId, minutes) }
}

export function sendMessage(
  state: ServerState,
  rawBody: string,
  contentType: string | undefined,
): Reply {
  if (!(contentType ?? '').toLowerCase().includes('application/json')) {
    return errorReply(
      state,
      100,
      'The request body must be JSON sent with Content-Type: application/json.',
    )
  }
  let body: unknown
  try {
    body = JSON.parse(rawBody)
  } catch {
    return errorReply(state, 100, 'The request body is not valid JSON.')
  }
  if (!isRecord(body)) return errorReply(state, 100, 'The request body must be a JSON object.')

  const check = checkMessage(body, state.account.countryCallingCode, state.templates)
  if (!check.ok) return errorReply(state, check.code, check.details)
  const { waId } = check
  if (waId === webhookContext(state).businessDigits) return errorReply(state, 131021)

  const now = state.now()
  state.attempts += 1
  if (state.failAll && state.attempts > state.failAll.after) {
    return errorReply(state, state.failAll.code)
  }
  const refusal = state.fates.syncRefusal(waId)
  if (refusal) return errorReply(state, refusal.code, undefined, refusal.regainMinutes)
  if (!state.throughput.allow(state.phoneNumberId, now)) return errorReply(state, 130429)
  if (!state.pair.allow(state.phoneNumberId, waId, now)) return errorReply(state, 131056)

  const wamid = newWamid(waId)
  const overTier = state.tierWindow.record(waId, tierLimit(state.account.messagingLimit), now)
  const category = check.template?.category
  const fate = state.fates.asyncFate(waId, category === 'MARKETING')
  const events = statusTimeline(fate, now).map((event) => ({ ...event, id: newNumericId() }))
  const last = events[events.length - 1]
  const message: SentMessage = {
    wamid,
    to: check.to,
    waId,
    body,
    at: now,
    status: last?.status ?? 'sent',
    ...(last?.errorCode === undefined ? {} : { errorCode: last.errorCode }),
    overTier,
  }
  state.sent.push(message)
  state.messages.set(wamid, { message, historyId: newNumericId(), events })
  const opaque = body.biz_opaque_callback_data
  const subject = {
    wamid,
    waId,
    bizOpaqueCallbackData: typeof opaque === 'string' ? opaque : undefined,
    // Free-form messages are only possible inside a customer service window, hence free.
    pricingCategory: category?.toLowerCase() ?? 'service',
  }
  for (const event of events) {
    state.webhooks.push(statusEnvelope(webhookContext(state), subject, event))
  }

  return {
    status: 200,
    body: {
      messaging_product: 'whatsapp',
      contacts: [{ input: check.to, wa_id: waId }],
      // message_status is only reported for template sends.
      messages: [
        { id: wamid, ...(check.type === 'template' ? { message_status: 'accepted' } : {}) },
      ],
    },
  }
}

// `POST /{v}/{pnid}/messages`: validate like Meta, then the scripted rules in a fixed order —
// failAllAfter, the recipient's sync fate, throughput (130429), pair rate (131056) — and on
// success record the message with its later fate (statuses for webhooks and history).

import { graphError } from './error-catalogue'
import { statusTimeline } from './fates'
import type { Reply } from './http-io'
import { newNumericId, newWamid } from './ids'
import { holdsTemplateSend } from './portfolio'
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

/**
 * Pacing's verdict on this number's held messages: released (sent, delivered), or dropped with a
 * `failed` status carrying 135000 (portfolio pacing) or 132015 (template pacing), as webhooks and
 * in the message history.
 */
export function settleHeld(
  state: ServerState,
  outcome: 'release' | { drop: 135000 | 132015 },
): void {
  const now = state.now()
  for (const wamid of state.held.splice(0)) {
    const record = state.messages.get(wamid)
    if (!record) continue
    const { message } = record
    const events = statusTimeline(
      outcome === 'release' ? 'delivered' : { failed: outcome.drop },
      now,
    )
      // A dropped message was never sent: only its failure is reported.
      .filter((event) => outcome === 'release' || event.status === 'failed')
      .map((event) => ({ ...event, id: newNumericId() }))
    record.events.push(...events)
    const last = events[events.length - 1]
    message.status = last?.status ?? message.status
    if (last?.errorCode !== undefined) message.errorCode = last.errorCode
    const opaque = message.body.biz_opaque_callback_data
    const subject = {
      wamid,
      waId: message.waId,
      bizOpaqueCallbackData: typeof opaque === 'string' ? opaque : undefined,
      pricingCategory: templateCategory(state, message.body),
    }
    for (const event of events) {
      state.webhooks.push(statusEnvelope(webhookContext(state), subject, event))
    }
  }
}

/** The pricing category of a template send, lower-case ('marketing' …). */
function templateCategory(state: ServerState, body: Record<string, unknown>): string {
  const template = isRecord(body.template) ? body.template : {}
  const language = isRecord(template.language) ? template.language.code : undefined
  const found = state.templates
    .all()
    .find((t) => t.name === template.name && t.language === language)
  return found?.category.toLowerCase() ?? 'marketing'
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

  const check = checkMessage(body, state.account.countryCallingCode, state.templates, state.media)
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
  // Portfolio (or template) pacing holds template sends past its threshold: no status until the
  // message is released or dropped. Over the portfolio's tier: accepted and never delivered.
  const held = check.type === 'template' && holdsTemplateSend(state.portfolio)
  const events =
    overTier || held
      ? []
      : statusTimeline(fate, now).map((event) => ({ ...event, id: newNumericId() }))
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
    held,
  }
  state.sent.push(message)
  if (held) state.held.push(wamid)
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
        {
          id: wamid,
          ...(check.type === 'template'
            ? { message_status: held ? state.portfolio.heldAnswer : 'accepted' }
            : {}),
        },
      ],
    },
  }
}

// Webhook envelopes as Meta POSTs them (WHATSAPP-FACTS.md §5): one `whatsapp_business_account`
// object per change, `messages` for statuses and inbound messages, `user_preferences` for
// marketing stop/resume. Timestamps are Unix seconds — strings, except in user_preferences.

import { cloudErrorInfo } from './error-catalogue'
import type { StatusEvent } from './fates'

export interface WebhookContext {
  wabaId: string
  phoneNumberId: string
  /** Digits only, as in `metadata.display_phone_number`. */
  businessDigits: string
}

export interface StatusSubject {
  wamid: string
  waId: string
  bizOpaqueCallbackData: string | undefined
  /** Lower-case pricing category: 'marketing', 'utility', 'authentication' or 'service'. */
  pricingCategory: string
}

const unixSeconds = (ms: number): number => Math.floor(ms / 1000)

export const ERROR_CODES_HREF = '/documentation/business-messaging/whatsapp/support/error-codes'

function envelope(context: WebhookContext, field: string, value: Record<string, unknown>): object {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: context.wabaId,
        changes: [
          {
            field,
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: context.businessDigits,
                phone_number_id: context.phoneNumberId,
              },
              ...value,
            },
          },
        ],
      },
    ],
  }
}

const contact = (waId: string): object => ({
  profile: { name: `Customer ${waId.slice(-4)}` },
  wa_id: waId,
})

/** One status of a sent message. Pricing rides on `sent` and on `delivered` (PMP); the
 * `conversation` object is gone from v24 on. */
export function statusEnvelope(
  context: WebhookContext,
  subject: StatusSubject,
  event: StatusEvent,
): object {
  const status: Record<string, unknown> = {
    id: subject.wamid,
    status: event.status,
    timestamp: String(unixSeconds(event.at)),
    recipient_id: subject.waId,
  }
  if (subject.bizOpaqueCallbackData !== undefined) {
    status.biz_opaque_callback_data = subject.bizOpaqueCallbackData
  }
  if (event.status === 'sent' || event.status === 'delivered') {
    const service = subject.pricingCategory === 'service'
    status.pricing = {
      billable: !service,
      pricing_model: 'PMP',
      type: service ? 'free_customer_service' : 'regular',
      category: subject.pricingCategory,
    }
  }
  if (event.status === 'failed' && event.errorCode !== undefined) {
    const info = cloudErrorInfo(event.errorCode)
    status.errors = [
      {
        code: event.errorCode,
        title: info.title,
        message: info.title,
        error_data: { details: info.details },
        href: ERROR_CODES_HREF,
      },
    ]
  }
  return envelope(context, 'messages', { statuses: [status] })
}

/**
 * A text a person wrote, as Meta's text messages webhook reference shows it
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/text):
 * `from`, `id`, `timestamp` (Unix seconds, a string), `type: "text"`, `text.body`, and — when the
 * person replied to (quoted) one of the business's messages — `context: { from, id }` with the
 * business's display number and that message's wamid.
 */
export function inboundTextEnvelope(
  context: WebhookContext,
  from: string,
  text: string,
  wamid: string,
  at: number,
  replyTo?: string,
): object {
  const message: Record<string, unknown> = {
    from,
    id: wamid,
    timestamp: String(unixSeconds(at)),
    type: 'text',
    text: { body: text },
  }
  if (replyTo !== undefined) message.context = { from: context.businessDigits, id: replyTo }
  return envelope(context, 'messages', { contacts: [contact(from)], messages: [message] })
}

/**
 * A quick-reply tap on a template, as Meta's button messages webhook reference shows it
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/button):
 * `context: { from, id }` names the template message, `button: { payload, text }` carries the
 * button's payload (the label unless the template set one) and its label.
 */
export function buttonTapEnvelope(
  context: WebhookContext,
  from: string,
  text: string,
  contextWamid: string,
  wamid: string,
  at: number,
  payload: string = text,
): object {
  return envelope(context, 'messages', {
    contacts: [contact(from)],
    messages: [
      {
        context: { from: context.businessDigits, id: contextWamid },
        from,
        id: wamid,
        timestamp: String(unixSeconds(at)),
        type: 'button',
        button: { payload, text },
      },
    ],
  })
}

export function userPreferenceEnvelope(
  context: WebhookContext,
  waId: string,
  value: 'stop' | 'resume',
  at: number,
): object {
  return envelope(context, 'user_preferences', {
    contacts: [contact(waId)],
    user_preferences: [
      {
        wa_id: waId,
        detail:
          value === 'stop'
            ? 'User requested to stop marketing messages'
            : 'User requested to resume marketing messages',
        category: 'marketing_messages',
        value,
        timestamp: unixSeconds(at),
      },
    ],
  })
}

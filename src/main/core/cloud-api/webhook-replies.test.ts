import { describe, expect, it } from 'vitest'
import { messagesEnvelope } from '../test-support/meta-messages-envelope'
import { readWebhookLine, type WebhookNews } from './webhook-events'

/** Meta's envelope around one `messages` value, with the person's profile, as a file's line. */
const envelope = (value: object): string =>
  JSON.stringify(
    messagesEnvelope({
      contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
      ...value,
    }),
  )

const replies = (line: string) =>
  (readWebhookLine(line) as WebhookNews[]).flatMap((n) => (n.kind === 'reply' ? [n.message] : []))
const stops = (line: string) =>
  (readWebhookLine(line) as WebhookNews[]).flatMap((n) => (n.kind === 'stop' ? [n] : []))

describe('what people wrote, read from Meta’s messages webhook', () => {
  it('a text message: who, Meta’s id, the words, when; no quoted message', () => {
    // Meta's text messages webhook reference, example values:
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/text
    const line = envelope({
      messages: [
        {
          from: '16505551234',
          id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=',
          timestamp: '1739321024',
          type: 'text',
          text: { body: 'Does it come in another color?' },
        },
      ],
    })
    expect(replies(line)).toEqual([
      {
        waId: '16505551234',
        wamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=',
        text: 'Does it come in another color?',
        at: 1_739_321_024_000,
        quotedWamid: null,
        via: 'text',
        reading: 'other',
      },
    ])
    expect(stops(line)).toEqual([])
    // The person wrote to the shop: their phone most likely has the number (kept as before).
    expect(readWebhookLine(line)).toContainEqual({
      kind: 'wrote',
      waId: '16505551234',
      at: 1_739_321_024_000,
    })
  })

  it('a reply quoting a campaign message carries that message’s id (context.id)', () => {
    // Same page: `context: { from: <BUSINESS_DISPLAY_PHONE_NUMBER>, id: <CONTEXTUAL_WHATSAPP_MESSAGE_ID> }`.
    const line = envelope({
      messages: [
        {
          context: {
            from: '15550783881',
            id: 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=',
          },
          from: '16505551234',
          id: 'wamid.R1',
          timestamp: '1739321024',
          type: 'text',
          text: { body: 'Стоп 🙏' },
        },
      ],
    })
    expect(replies(line)).toMatchObject([
      {
        quotedWamid: 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=',
        reading: 'stop',
      },
    ])
    expect(stops(line)).toEqual([
      {
        kind: 'stop',
        waId: '16505551234',
        source: 'reply_keyword',
        wamid: 'wamid.R1',
        at: 1_739_321_024_000,
        note: '“Стоп 🙏”',
      },
    ])
  })

  it('a likely stop is kept for the owner and not taken as a stop', () => {
    const line = envelope({
      messages: [
        {
          from: '16505551234',
          id: 'wamid.R2',
          timestamp: '1739321024',
          type: 'text',
          text: { body: 'Стоп, а сколько стоит?' },
        },
      ],
    })
    expect(replies(line)).toMatchObject([{ reading: 'maybe_stop' }])
    expect(stops(line)).toEqual([])
  })

  it('a quick-reply tap: the label is the text, the template is quoted', () => {
    // Meta's button messages webhook reference (label example "Unsubscribe"):
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/button
    const tap = (text: string, payload: string) =>
      envelope({
        messages: [
          {
            context: {
              from: '15550783881',
              id: 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=',
            },
            from: '16505551234',
            id: 'wamid.B1',
            timestamp: '1739321024',
            type: 'button',
            button: { payload, text },
          },
        ],
      })
    expect(replies(tap('Unsubscribe', 'Unsubscribe'))).toMatchObject([
      { text: 'Unsubscribe', via: 'button', reading: 'stop' },
    ])
    expect(stops(tap('Unsubscribe', 'Unsubscribe'))).toMatchObject([
      { kind: 'stop', waId: '16505551234', source: 'opt_out_button', wamid: 'wamid.B1' },
    ])
    // The payload is the shop's developer string, not the person's words (review 19-A, 8).
    expect(stops(tap('Não quero mais', 'STOP'))).toEqual([])
    expect(stops(tap('Yes, I want it', 'YES_PROMO'))).toEqual([])
  })

  it('interactive replies (a reply button, a list row) are read by their title', () => {
    // Meta's interactive messages webhook reference:
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/interactive
    const interactive = (body: object) =>
      envelope({
        messages: [
          {
            context: { from: '15550783881', id: 'wamid.CTX' },
            from: '16505551234',
            id: 'wamid.I1',
            timestamp: '1739321024',
            type: 'interactive',
            interactive: body,
          },
        ],
      })
    expect(
      replies(
        interactive({
          type: 'button_reply',
          button_reply: { id: 'cancel-button', title: 'Cancel' },
        }),
      ),
    ).toMatchObject([
      { text: 'Cancel', via: 'interactive', reading: 'stop', quotedWamid: 'wamid.CTX' },
    ])
    expect(
      replies(
        interactive({
          type: 'list_reply',
          list_reply: {
            id: 'priority_express',
            title: 'Priority Mail Express',
            description: 'Next Day to 2 Days',
          },
        }),
      ),
    ).toMatchObject([{ text: 'Priority Mail Express', reading: 'other' }])
  })

  it('a photo’s caption is kept; a sticker has no words and is only "wrote"', () => {
    const line = envelope({
      messages: [
        {
          from: '16505551234',
          id: 'wamid.M1',
          timestamp: '1739321024',
          type: 'image',
          image: { caption: 'This is a caption', mime_type: 'image/jpeg', id: '2754859441498128' },
        },
        {
          from: '16505551234',
          id: 'wamid.M2',
          timestamp: '1739321025',
          type: 'sticker',
          sticker: {},
        },
      ],
    })
    expect(replies(line)).toMatchObject([
      { wamid: 'wamid.M1', text: 'This is a caption', via: 'media' },
    ])
    expect((readWebhookLine(line) as WebhookNews[]).filter((n) => n.kind === 'wrote')).toHaveLength(
      2,
    )
  })
})

// The test server's inbound-message webhooks have the shape Meta documents, so Rupor's reader is
// tested against what Meta sends, not against our own idea of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCloudApiTestServer, type CloudApiTestServer } from './index'

const START = Date.UTC(2026, 0, 15, 9, 0, 0)
let server: CloudApiTestServer

beforeEach(async () => {
  server = await startCloudApiTestServer({ now: () => START })
})
afterEach(async () => {
  await server.close()
})

/** The `value` of the only change of the only entry, checking the envelope on the way. */
function valueOf(event: object): Record<string, unknown> {
  const body = event as {
    object: string
    entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[]
  }
  expect(body.object).toBe('whatsapp_business_account')
  expect(body.entry).toHaveLength(1)
  expect(body.entry[0]?.id).toBe(server.wabaId)
  expect(body.entry[0]?.changes).toHaveLength(1)
  expect(body.entry[0]?.changes[0]?.field).toBe('messages')
  return body.entry[0]?.changes[0]?.value ?? {}
}

describe('inbound messages, as Meta’s messages webhook carries them', () => {
  it('a text: from, id (wamid), timestamp as a string of seconds, type, text.body, contacts', () => {
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/text
    const wamid = server.inboundText('+7 916 111-11-11', 'Стоп 🙏')
    const value = valueOf(server.webhookEvents()[0] ?? {})
    expect(value.messaging_product).toBe('whatsapp')
    expect(value.metadata).toMatchObject({ phone_number_id: server.phoneNumberId })
    expect(value.contacts).toEqual([
      { profile: { name: expect.any(String) as string }, wa_id: '79161111111' },
    ])
    expect(value.messages).toEqual([
      {
        from: '79161111111',
        id: wamid,
        timestamp: String(START / 1000),
        type: 'text',
        text: { body: 'Стоп 🙏' },
      },
    ])
    expect(wamid).toMatch(/^wamid\./)
  })

  it('a reply to one of the business’s messages quotes it: context { from, id }', () => {
    const wamid = server.inboundText('79161111111', 'не стоп', 'wamid.CAMPAIGN')
    const [message] = valueOf(server.webhookEvents()[0] ?? {}).messages as Record<string, unknown>[]
    const metadata = valueOf(server.webhookEvents()[0] ?? {}).metadata as Record<string, unknown>
    expect(message).toMatchObject({
      id: wamid,
      context: { from: metadata.display_phone_number, id: 'wamid.CAMPAIGN' },
    })
  })

  it('a quick-reply tap: type button, button { payload, text }, context naming the template', () => {
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/button
    server.buttonTap('79161111111', 'Unsubscribe', 'wamid.TEMPLATE')
    server.buttonTap('79161111111', 'Остановить рекламу', 'wamid.TEMPLATE', 'STOP_PROMOTIONS')
    const [label, payload] = server
      .webhookEvents()
      .map((e) => (valueOf(e).messages as Record<string, unknown>[])[0])
    expect(label).toMatchObject({
      type: 'button',
      button: { payload: 'Unsubscribe', text: 'Unsubscribe' },
      context: { id: 'wamid.TEMPLATE' },
      timestamp: String(START / 1000),
    })
    expect(payload).toMatchObject({
      button: { payload: 'STOP_PROMOTIONS', text: 'Остановить рекламу' },
    })
    expect(label?.id).not.toBe(payload?.id)
  })
})

// The test server's message history and management allowance, answering as Meta documents:
// - getMessageHistory in Meta's v23 OpenAPI (../shared/reference/meta-business-messaging-api-v23.0.openapi.yaml,
//   "/{Version}/{Phone-Number-ID}/message_history"): the 400, 403, 422 and 429 examples, and the
//   MessageDeliveryStatusEvent fields (error_description's example is "Webhook endpoint returned
//   HTTP 500");
// - the WhatsApp Business Management API's 200 calls an hour per app per account
//   (https://developers.facebook.com/documentation/business-messaging/whatsapp/about-the-platform,
//   WHATSAPP-FACTS.md §3 [S7]).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCloudApiTestServer, type CloudApiTestServer } from './index'
import { USAGE_HEADER } from './usage-header'

const V = 'v23.0'
const START = Date.UTC(2026, 0, 15, 9, 0, 0)
const minute = 60_000

let server: CloudApiTestServer
let nowMs = START

beforeEach(async () => {
  nowMs = START
  server = await startCloudApiTestServer({ now: () => nowMs })
})
afterEach(async () => {
  await server.close()
})

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
  })
  return {
    status: response.status,
    body: (await response.json()) as { error?: Record<string, unknown>; data?: unknown[] },
    headers: response.headers,
  }
}

async function text(to: string): Promise<string> {
  await fetch(`${server.url}/${V}/${server.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body: 'Hi' } }),
  })
  const sent = server.sent.at(-1)
  if (!sent) throw new Error('not sent')
  return sent.wamid
}

const fields =
  'id,message_id,events{delivery_status,timestamp,webhook_update_state,error_description}'
const history = (wamid: string) =>
  get(
    `/${V}/${server.phoneNumberId}/message_history?message_id=${encodeURIComponent(wamid)}&fields=${encodeURIComponent(fields)}`,
  )
const eventsOf = (answer: Awaited<ReturnType<typeof history>>) =>
  (answer.body.data as { events: { data: Record<string, unknown>[] } }[])[0]?.events.data ?? []

describe('GET /{pnid}/message_history as Meta documents it', () => {
  it('refuses a message id the history does not hold with 422, code 100', async () => {
    const wamid = await text('+79990000001')
    server.forgetHistory(wamid)
    const answer = await history(wamid)
    // OpenAPI 422 example.
    expect(answer.status).toBe(422)
    expect(answer.body.error).toMatchObject({
      message: 'The requested message_id was not found in the message history',
      type: 'GraphMethodException',
      code: 100,
    })
  })

  it('refuses an id that is not a message id with 400, code 100', async () => {
    const answer = await history('12345')
    // OpenAPI 400 example.
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({
      message: 'Invalid parameter: message_id format is invalid',
      code: 100,
    })
  })

  it('refuses an account without message history with 403, code 200', async () => {
    const wamid = await text('+79990000001')
    server.setHistoryAvailable(false)
    const answer = await history(wamid)
    // OpenAPI 403 example.
    expect(answer.status).toBe(403)
    expect(answer.body.error).toMatchObject({
      message: "Your app doesn't have permission to access message history for this phone number",
      type: 'OAuthException',
      code: 200,
      error_subcode: 1349174,
      error_user_title: 'Permission Denied',
    })
  })

  it('tells webhook delivery in error_description, never the failed message’s code', async () => {
    server.setFate('+79990000002', { async: { failed: 131050 } })
    const wamid = await text('+79990000002')
    const handedOver = eventsOf(await history(wamid))
    expect(handedOver.map((e) => e.delivery_status)).toEqual(['SENT', 'FAILED'])
    for (const event of handedOver) {
      expect(event.webhook_update_state).toBe('DELIVERED')
      expect(event).not.toHaveProperty('error_description')
      // MessageDeliveryStatusEvent has no code field: a failed event carries none by default.
      expect(event).not.toHaveProperty('errors')
    }
    server.setWebhookDeliveryFailing(true)
    const notHandedOver = eventsOf(await history(wamid))
    for (const event of notHandedOver) {
      expect(event).toMatchObject({
        webhook_update_state: 'FAILED',
        error_description: 'Webhook endpoint returned HTTP 500',
      })
      expect(JSON.stringify(event)).not.toContain('131050')
    }
  })

  it('adds the status webhook’s errors[] to a failed event only when told to', async () => {
    server.setFate('+79990000003', { async: { failed: 131050 } })
    const wamid = await text('+79990000003')
    server.setHistoryErrors(true)
    const [sent, failed] = eventsOf(await history(wamid))
    expect(sent).not.toHaveProperty('errors')
    expect(failed?.errors).toEqual([
      expect.objectContaining({ code: 131050, title: expect.any(String) as string }),
    ])
  })
})

describe('the management allowance (200 calls an hour per account)', () => {
  it('answers 429, code 4 past 200 reads in an hour, not counting sends, and lets them again after', async () => {
    for (let i = 1; i <= 5; i++) await text(`+7999000000${String(i)}`)
    for (let i = 0; i < 200; i++) {
      nowMs += 10_000
      const read = await get(`/${V}/${server.wabaId}/message_templates?limit=1`)
      expect(read.status).toBe(200)
    }
    expect(server.managementCallsInHour()).toBe(200)
    const refused = await get(`/${V}/${server.phoneNumberId}?fields=id`)
    // OpenAPI getMessageHistory 429 example.
    expect(refused.status).toBe(429)
    expect(refused.body.error).toMatchObject({
      message: 'Application request limit reached',
      code: 4,
      error_subcode: 2446079,
      is_transient: true,
    })
    const usage = JSON.parse(refused.headers.get(USAGE_HEADER) ?? '{}') as Record<
      string,
      { estimated_time_to_regain_access: number }[]
    >
    // The first read (10 s in) leaves the hour at 3 610 s; it is 2 000 s now: 1 610 s, 27 min.
    expect(usage[server.wabaId]?.[0]?.estimated_time_to_regain_access).toBe(27)
    // Sends are not management calls: they still go.
    expect(server.sent.length).toBe(5)
    await text('+79990000009')
    expect(server.sent.length).toBe(6)
    nowMs += 60 * minute
    expect((await get(`/${V}/${server.wabaId}/message_templates?limit=1`)).status).toBe(200)
  })
})

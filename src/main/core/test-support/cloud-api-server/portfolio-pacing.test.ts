// The test server's business portfolio: several numbers sharing one tier, pacing's held answers and
// the late failures that drop them, and 131009 as Meta words it.
import { afterEach, describe, expect, it } from 'vitest'
import { startCloudApiTestServer, type CloudApiTestServer } from './index'
import { createTestPortfolio } from './portfolio'

const V = 'v24.0'
const START = Date.UTC(2026, 0, 15, 9, 0, 0)
let nowMs = START
const servers: CloudApiTestServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
  nowMs = START
})

async function start(options: Parameters<typeof startCloudApiTestServer>[0] = {}) {
  const server = await startCloudApiTestServer({ now: () => nowMs, ...options })
  servers.push(server)
  return server
}

async function call(
  server: CloudApiTestServer,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${server.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const springSale = (to: string) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'template',
  template: {
    name: 'spring_sale',
    language: { code: 'ru' },
    components: [
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Анна' },
          { type: 'text', text: '20%' },
        ],
      },
    ],
  },
})
const send = (server: CloudApiTestServer, to: string) =>
  call(server, 'POST', `/${V}/${server.phoneNumberId}/messages`, springSale(to))
const phone = (n: number) => `+7916${String(2_000_000 + n)}`

type Status = {
  id: string
  status: string
  errors?: { code: number; title: string; message: string; error_data: { details: string } }[]
}
const statusesOf = (server: CloudApiTestServer): Status[] =>
  server
    .webhookEvents()
    .flatMap((envelope) =>
      (envelope as { entry: { changes: { value: { statuses?: Status[] } }[] }[] }).entry.flatMap(
        (entry) => entry.changes.flatMap((change) => change.value.statuses ?? []),
      ),
    )

describe('portfolio pacing', () => {
  it('answers held_for_quality_assessment past the threshold, and reports nothing until decided', async () => {
    const server = await start()
    server.holdTemplatesAfter(1)
    const accepted = await send(server, phone(0))
    const held = await send(server, phone(1))
    // Meta's portfolio-pacing page: the send answer of a held message —
    // {"messaging_product":"whatsapp","contacts":[{"input":"…","wa_id":"…"}],
    //  "messages":[{"id":"wamid.…","message_status":"held_for_quality_assessment"}]}
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
    expect(accepted.body.messages).toEqual([
      { id: expect.stringMatching(/^wamid\./) as string, message_status: 'accepted' },
    ])
    expect(held.status).toBe(200)
    expect(held.body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: phone(1), wa_id: phone(1).slice(1) }],
      messages: [
        {
          id: expect.stringMatching(/^wamid\./) as string,
          message_status: 'held_for_quality_assessment',
        },
      ],
    })
    const heldId = server.sent[1]?.wamid
    expect(statusesOf(server).filter((s) => s.id === heldId)).toEqual([])
  })

  it('drops held messages with a failed status carrying 135000 (portfolio) or 132015 (template)', async () => {
    const server = await start()
    server.holdTemplatesAfter(0)
    await send(server, phone(0))
    server.settleHeld({ drop: 135000 })
    nowMs += 60_000
    await send(server, phone(1))
    server.settleHeld({ drop: 132015 })
    // Meta's status webhook for a failed message: {"id":"wamid.…","status":"failed",
    // "timestamp":"…","recipient_id":"…","errors":[{"code":…,"title":"…","message":"…",
    // "error_data":{"details":"…"},"href":"…/support/error-codes"}]}
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    const failed = statusesOf(server)
    expect(failed.map((s) => [s.status, s.errors?.[0]?.code])).toEqual([
      ['failed', 135000],
      ['failed', 132015],
    ])
    expect(server.sent.map((m) => [m.status, m.errorCode])).toEqual([
      ['failed', 135000],
      ['failed', 132015],
    ])
    // Once decided, nothing more is held: settling again changes nothing.
    server.settleHeld('release')
    expect(statusesOf(server)).toHaveLength(2)
  })

  it('releases held messages as sent and delivered', async () => {
    const server = await start()
    server.holdTemplatesAfter(0)
    await send(server, phone(0))
    server.settleHeld('release')
    expect(statusesOf(server).map((s) => s.status)).toEqual(['sent', 'delivered'])
  })

  it('holds by the whole portfolio’s count of template sends', async () => {
    const portfolio = createTestPortfolio()
    const one = await start({ portfolio })
    const two = await start({ portfolio, phoneNumberId: '106540352242923' })
    one.holdTemplatesAfter(1)
    await send(one, phone(0))
    const second = await send(two, phone(1))
    expect((second.body.messages as { message_status: string }[])[0]?.message_status).toBe(
      'held_for_quality_assessment',
    )
  })
})

describe('numbers of one portfolio', () => {
  it('name the same business in health_status', async () => {
    const portfolio = createTestPortfolio('1029384756')
    const one = await start({ portfolio })
    const two = await start({ portfolio, phoneNumberId: '106540352242923' })
    // Meta's health-status page: "entity_type": "BUSINESS", "id": "<BUSINESS_ID>" is always
    // included, whatever node is asked.
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status
    for (const server of [one, two]) {
      const answer = await call(server, 'GET', `/${V}/${server.phoneNumberId}?fields=health_status`)
      const health = answer.body.health_status as {
        entities: { entity_type: string; id: string }[]
      }
      expect(health.entities.find((e) => e.entity_type === 'BUSINESS')?.id).toBe('1029384756')
    }
  })

  it('share the tier: past it, messages of any of them are accepted and never delivered', async () => {
    const portfolio = createTestPortfolio()
    const account = { messagingLimit: 'TIER_50' }
    const one = await start({ portfolio, account })
    const two = await start({ portfolio, account, phoneNumberId: '106540352242923' })
    for (let n = 0; n < 50; n++) await send(n % 2 === 0 ? one : two, phone(n))
    expect([...one.sent, ...two.sent].some((m) => m.overTier)).toBe(false)
    // Meta's messaging-limits page: the limit is the portfolio's, shared by all its numbers, and
    // Meta answers no error past it.
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/messaging-limits
    const over = await send(one, phone(50))
    expect(over.status).toBe(200)
    expect(one.sent.at(-1)).toMatchObject({ overTier: true, status: 'sent' })
    const overId = one.sent.at(-1)?.wamid
    expect(statusesOf(one).filter((s) => s.id === overId)).toEqual([])
    // Someone either number already reached costs nothing.
    nowMs += 6_000
    await send(two, phone(0))
    expect(two.sent.at(-1)?.overTier).toBe(false)
  })

  it('of different portfolios keep a tier each', async () => {
    const account = { messagingLimit: 'TIER_50' }
    const one = await start({ account })
    const two = await start({ account, phoneNumberId: '106540352242923' })
    for (let n = 0; n < 50; n++) await send(one, phone(n))
    for (let n = 50; n < 100; n++) await send(two, phone(n))
    expect([...one.sent, ...two.sent].some((m) => m.overTier)).toBe(false)
  })
})

describe('131009', () => {
  it('answers with Meta’s documented title and details', async () => {
    const server = await start()
    server.setFate(phone(0), { sync: 131009 })
    const answer = await send(server, phone(0))
    // Meta's error-codes page: 131009, "Parameter value is not valid", "One or more parameter
    // values are invalid.", HTTP 400.
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({
      message: '(#131009) Parameter value is not valid',
      type: 'OAuthException',
      code: 131009,
      error_data: {
        messaging_product: 'whatsapp',
        details: 'One or more parameter values are invalid.',
      },
    })
  })
})

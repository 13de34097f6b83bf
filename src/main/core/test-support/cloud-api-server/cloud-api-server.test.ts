import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCloudApiTestServer, type CloudApiTestServer, type CloudTestTemplate } from './index'

const V = 'v25.0'
const START = Date.UTC(2026, 0, 15, 9, 0, 0)

let server: CloudApiTestServer
let nowMs = START

beforeEach(async () => {
  nowMs = START
  server = await startCloudApiTestServer({ now: () => nowMs })
})
afterEach(async () => {
  await server.close()
})

interface Answer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

async function call(
  method: 'GET' | 'POST',
  path: string,
  init: { body?: unknown; token?: string | null; contentType?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {}
  const token = init.token === undefined ? server.token : init.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json'
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  }
}

const get = (path: string) => call('GET', path)
const send = (body: unknown, version = V) =>
  call('POST', `/${version}/${server.phoneNumberId}/messages`, { body })
const text = (to: string, extra: Record<string, unknown> = {}) =>
  send({ messaging_product: 'whatsapp', to, type: 'text', text: { body: 'Привет' }, ...extra })

const springSale = (to: string, params: string[] = ['Анна', '20%']) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'template',
  template: {
    name: 'spring_sale',
    language: { code: 'ru' },
    components: [
      { type: 'body', parameters: params.map((value) => ({ type: 'text', text: value })) },
    ],
  },
})

const orderReady = (to: string, parameters: unknown[]) => ({
  messaging_product: 'whatsapp',
  to,
  type: 'template',
  template: {
    name: 'order_ready',
    language: { code: 'en_US' },
    components: [{ type: 'body', parameters }],
  },
})

const errorOf = (answer: Answer) => {
  const error = answer.body.error as {
    code: number
    message: string
    type: string
    error_data: { details: string }
  }
  return error
}

/** The n-th distinct Russian mobile number, '+7 900 ...'. */
const phone = (n: number) => `+7900${String(n).padStart(7, '0')}`

describe('auth, versions and routes', () => {
  it('answers 401 with code 190 without the right bearer token', async () => {
    for (const token of [null, 'wrong']) {
      const answer = await call('GET', `/${V}/${server.phoneNumberId}`, { token })
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({
        error: {
          message: '(#190) Invalid OAuth access token - Cannot parse access token',
          type: 'OAuthException',
          code: 190,
          error_data: { messaging_product: 'whatsapp', details: expect.any(String) as string },
          fbtrace_id: expect.any(String) as string,
        },
      })
    }
    expect(server.token).toMatch(/^test-token-[0-9a-f]+$/)
  })

  it('refuses a path without a Graph version with code 100', async () => {
    for (const path of [`/${server.phoneNumberId}`, `/25.0/${server.phoneNumberId}`, '/']) {
      const answer = await get(path)
      expect(answer.status).toBe(400)
      expect(errorOf(answer).code).toBe(100)
    }
  })

  it('answers other routes as Graph does an unsupported request', async () => {
    const answer = await get(`/${V}/123456/whatever`)
    expect(answer.status).toBe(400)
    expect(errorOf(answer).code).toBe(100)
    expect(errorOf(answer).message).toMatch(
      /^\(#100\) Unsupported get request\. Object with ID '123456'/,
    )
    const post = await call('POST', `/${V}/${server.wabaId}/message_templates`, { body: {} })
    expect(errorOf(post).message).toMatch(/^\(#100\) Unsupported post request/)
  })

  it('records every request with its answer', async () => {
    await text('+79991234567', { biz_opaque_callback_data: 'campaign1:row1' })
    const [recorded] = server.requests
    expect(recorded).toMatchObject({
      method: 'POST',
      path: `/${V}/${server.phoneNumberId}/messages`,
      query: {},
      status: 200,
      body: { to: '+79991234567', biz_opaque_callback_data: 'campaign1:row1' },
    })
    expect(recorded?.headers.authorization).toBe(`Bearer ${server.token}`)
    expect(recorded?.responseBody).toMatchObject({ messaging_product: 'whatsapp' })
  })

  it('listens on 127.0.0.1 and stops answering after close()', async () => {
    const other = await startCloudApiTestServer()
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(other.phoneNumberId).toBe('106540352242922')
    expect(other.wabaId).toBe('102290129340398')
    await other.close()
    await expect(fetch(`${other.url}/${V}/${other.phoneNumberId}`)).rejects.toThrow()
  })
})

describe('POST /{pnid}/messages', () => {
  it('accepts a text message and answers contacts + wamid without message_status', async () => {
    const answer = await text('+7 (999) 123-45-67')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '+7 (999) 123-45-67', wa_id: '79991234567' }],
      messages: [{ id: expect.stringMatching(/^wamid\./) as string }],
    })
    expect(server.sent).toHaveLength(1)
    expect(server.sent[0]).toMatchObject({
      to: '+7 (999) 123-45-67',
      waId: '79991234567',
      at: START,
      status: 'delivered',
      overTier: false,
    })
  })

  it('answers message_status accepted for a template and keeps biz_opaque_callback_data', async () => {
    const answer = await send({ ...springSale('+79991234567'), biz_opaque_callback_data: 'c7:r9' })
    expect(answer.status).toBe(200)
    const messages = answer.body.messages as { id: string; message_status: string }[]
    expect(messages[0]?.message_status).toBe('accepted')
    expect(server.sent[0]?.body.biz_opaque_callback_data).toBe('c7:r9')
    const wamids = new Set([messages[0]?.id])
    await text('+79991234568')
    wamids.add(server.sent[1]?.wamid)
    expect(wamids.size).toBe(2)
  })

  it("normalises `to` like Meta: strips + - ( ) and spaces, prefixes the business's country code without +", async () => {
    const cases: [string, string][] = [
      ['+7 999 123-45-67', '79991234567'],
      ['(999) 123-45-67', '79991234567'],
      ['9991234567', '79991234567'],
      ['+1 (650) 555-1234', '16505551234'],
    ]
    for (const [to, waId] of cases) {
      const answer = await text(to)
      expect(answer.body.contacts).toEqual([{ input: to, wa_id: waId }])
    }
    server.setAccount({ countryCallingCode: '91' })
    const india = await text('(631) 555-1234')
    expect(india.body.contacts).toEqual([{ input: '(631) 555-1234', wa_id: '916315551234' }])
    for (const bad of ['+7 999 ABC', '7.999.123', 'tel:79991234567']) {
      const answer = await text(bad)
      expect(answer.status).toBe(400)
      expect(errorOf(answer).code).toBe(131009)
      expect(errorOf(answer).message).toBe('(#131009) Parameter value is not valid')
    }
  })

  it('validates the body', async () => {
    const base = { messaging_product: 'whatsapp', to: '+79991234567' }
    const cases: [unknown, number][] = [
      [{ ...base, messaging_product: 'sms', type: 'text', text: { body: 'x' } }, 100],
      [{ to: '+79991234567', type: 'text', text: { body: 'x' } }, 100],
      [{ messaging_product: 'whatsapp', type: 'text', text: { body: 'x' } }, 131008],
      [{ ...base, text: { body: 'x' } }, 131008],
      [{ ...base, type: 'text' }, 131008],
      [{ ...base, type: 'sticker', sticker: { id: '1' } }, 131051],
      [{ ...base, type: 'text', text: { body: 'я'.repeat(4097) } }, 100],
      [{ ...base, type: 'image', image: { caption: 'no link' } }, 131008],
      [{ ...base, type: 'document', document: { filename: 'a.pdf' } }, 131008],
      [{ ...base, to: '+7 999 000-00-00', type: 'text', text: { body: 'me' } }, 131021],
    ]
    for (const [body, code] of cases) {
      const answer = await send(body)
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(errorOf(answer).code, JSON.stringify(body).slice(0, 80)).toBe(code)
    }
    expect((await send({ ...base, type: 'text', text: { body: 'я'.repeat(4096) } })).status).toBe(
      200,
    )
    const image = { ...base, type: 'image', image: { link: 'https://example.com/a.jpg' } }
    expect((await send(image)).status).toBe(200)
    const doc = { ...base, type: 'document', document: { id: '1234', filename: 'a.pdf' } }
    expect((await send(doc)).status).toBe(200)
    expect(server.sent).toHaveLength(3)
  })

  it('requires a JSON body and a known phone number id', async () => {
    const form = await call('POST', `/${V}/${server.phoneNumberId}/messages`, {
      body: 'to=79991234567',
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(400)
    expect(errorOf(form).code).toBe(100)
    const broken = await call('POST', `/${V}/${server.phoneNumberId}/messages`, { body: '{"to":' })
    expect(errorOf(broken).code).toBe(100)
    const unknown = await call('POST', `/${V}/999999999/messages`, {
      body: springSale('+79991234567'),
    })
    expect(unknown.status).toBe(400)
    expect(errorOf(unknown)).toMatchObject({ code: 100, message: '(#100) Invalid parameter' })
    expect(errorOf(unknown).error_data.details).toContain('999999999')
  })

  it('checks templates: name + exact locale, status, and the BODY variables', async () => {
    const to = '+79991234567'
    const cases: [unknown, number, number][] = [
      [{ ...springSale(to), template: { name: 'nope', language: { code: 'ru' } } }, 404, 132001],
      [orderReady(to, []), 400, 132000],
      [
        { ...springSale(to), template: { name: 'winter_sale', language: { code: 'ru' } } },
        400,
        132015,
      ],
      [
        { ...springSale(to), template: { name: 'old_promo', language: { code: 'ru' } } },
        400,
        132016,
      ],
      [
        { ...springSale(to), template: { name: 'new_arrivals', language: { code: 'ru' } } },
        404,
        132001,
      ],
      [springSale(to, ['Анна']), 400, 132000],
      [springSale(to, ['Анна', '20%', 'extra']), 400, 132000],
      [{ ...springSale(to), template: { name: 'spring_sale' } }, 400, 131008],
    ]
    for (const [body, status, code] of cases) {
      const answer = await send(body)
      expect([answer.status, errorOf(answer).code], JSON.stringify(body).slice(0, 120)).toEqual([
        status,
        code,
      ])
    }
    // en vs en_US is a different translation.
    const wrongLocale = orderReady(to, [])
    wrongLocale.template.language.code = 'en'
    expect(errorOf(await send(wrongLocale)).code).toBe(132001)
    expect(errorOf(await send(wrongLocale)).message).toBe(
      '(#132001) Template name does not exist in the translation',
    )
  })

  it('requires parameter_name on NAMED template parameters', async () => {
    const to = '+79991234567'
    const named = [
      { type: 'text', parameter_name: 'first_name', text: 'Jessica' },
      { type: 'text', parameter_name: 'order_id', text: 'SKBUP2-4CPIG9' },
    ]
    expect((await send(orderReady(to, named))).status).toBe(200)
    const positional = [
      { type: 'text', text: 'Jessica' },
      { type: 'text', text: 'SKBUP2-4CPIG9' },
    ]
    expect(errorOf(await send(orderReady(to, positional))).code).toBe(132012)
    const misnamed = [named[0], { type: 'text', parameter_name: 'order', text: 'X' }]
    expect(errorOf(await send(orderReady(to, misnamed))).code).toBe(132000)
    const twice = [named[0], named[0]]
    expect(errorOf(await send(orderReady(to, twice))).code).toBe(132000)
  })

  it('follows setTemplateStatus and setTemplates', async () => {
    server.setTemplateStatus('spring_sale', 'ru', 'PAUSED')
    expect(errorOf(await send(springSale('+79991234567'))).code).toBe(132015)
    server.setTemplateStatus('spring_sale', 'ru', 'APPROVED')
    expect((await send(springSale('+79991234567'))).status).toBe(200)
    const only: CloudTestTemplate = {
      id: '1',
      name: 'only_one',
      language: 'ru',
      category: 'UTILITY',
      status: 'APPROVED',
      components: [{ type: 'BODY', text: 'Без переменных' }],
    }
    server.setTemplates([only])
    expect(errorOf(await send(springSale('+79991234567'))).code).toBe(132001)
    const answer = await send({
      messaging_product: 'whatsapp',
      to: '+79991234567',
      type: 'template',
      template: { name: 'only_one', language: { code: 'ru' } },
    })
    expect(answer.status).toBe(200)
    expect(() => server.setTemplateStatus('nope', 'ru', 'PAUSED')).toThrow()
  })
})

describe('error answers', () => {
  it('uses the exact error envelope and the HTTP status of Meta’s table', async () => {
    const expected: [number, number][] = [
      [131049, 400],
      [368, 403],
      [131031, 403],
      [130497, 403],
      [131005, 403],
      [10, 403],
      [200, 403],
      [0, 401],
      [190, 401],
      [131000, 500],
      [131016, 500],
      [131045, 500],
      [131057, 500],
      [3, 500],
      [2, 503],
      [133004, 503],
      [131042, 400],
      [133010, 400],
    ]
    for (const [index, [code, status]] of expected.entries()) {
      const to = phone(index)
      server.setFate(to, { sync: code })
      const answer = await text(to)
      expect([code, answer.status]).toEqual([code, status])
      expect(answer.body).toEqual({
        error: {
          message: expect.stringMatching(new RegExp(`^\\(#${code}\\) \\S`)) as string,
          type: 'OAuthException',
          code,
          error_data: { messaging_product: 'whatsapp', details: expect.any(String) as string },
          fbtrace_id: expect.stringMatching(/^[A-Za-z0-9_-]{10,}$/) as string,
        },
      })
      expect(answer.headers.get('x-business-use-case-usage')).toBeNull()
    }
    expect(server.sent).toHaveLength(0)
  })

  it('answers a sync fate only `times` times, keyed by the digits of the number', async () => {
    server.setFate('+7 (999) 123-45-67', { sync: 131000, times: 2 })
    expect((await text('+79991234567')).status).toBe(500)
    expect((await text('+7 999 123 45 67')).status).toBe(500)
    expect((await text('+79991234567')).status).toBe(200)
    expect(server.sent).toHaveLength(1)
  })

  it('adds X-Business-Use-Case-Usage for codes 4 and 80007 and for regainMinutes', async () => {
    server.setFate('+79990000001', { sync: 80007 })
    server.setFate('+79990000002', { sync: 4, regainMinutes: 7 })
    server.setFate('+79990000003', { sync: 131048, regainMinutes: 30 })
    const waba = await text('+79990000001')
    expect([waba.status, errorOf(waba).code]).toEqual([400, 80007])
    const usage = (answer: Answer) =>
      JSON.parse(answer.headers.get('x-business-use-case-usage') ?? 'null') as Record<
        string,
        { type: string; call_count: number; estimated_time_to_regain_access: number }[]
      >
    expect(usage(waba)[server.wabaId]?.[0]).toEqual({
      type: 'whatsapp',
      call_count: 100,
      total_cputime: 1,
      total_time: 1,
      estimated_time_to_regain_access: expect.any(Number) as number,
    })
    const app = await text('+79990000002')
    expect(usage(app)[server.wabaId]?.[0]?.estimated_time_to_regain_access).toBe(7)
    const spam = await text('+79990000003')
    expect(errorOf(spam).code).toBe(131048)
    expect(usage(spam)[server.wabaId]?.[0]?.estimated_time_to_regain_access).toBe(30)
  })

  it('failAllAfter(n, code) refuses every send from the (n+1)-th on', async () => {
    server.failAllAfter(2, 368)
    expect((await text(phone(1))).status).toBe(200)
    expect((await text(phone(2))).status).toBe(200)
    for (const n of [3, 4, 5]) {
      const answer = await text(phone(n))
      expect([answer.status, errorOf(answer).code]).toEqual([403, 368])
      expect(errorOf(answer).message).toBe('(#368) Temporarily blocked for policies violations')
    }
    expect(server.sent.map((m) => m.to)).toEqual([phone(1), phone(2)])
  })
})

describe('rate rules', () => {
  it('answers 130429 past 80 messages in one second for the number, then recovers', async () => {
    for (let n = 0; n < 80; n += 1) expect((await text(phone(n))).status).toBe(200)
    const over = await text(phone(80))
    expect([over.status, errorOf(over).code]).toEqual([400, 130429])
    expect(errorOf(over).message).toBe('(#130429) Rate limit hit')
    nowMs += 500
    for (let n = 81; n < 121; n += 1) expect((await text(phone(n))).status).toBe(200)
    expect(errorOf(await text(phone(121))).code).toBe(130429)
    nowMs += 1000
    expect((await text(phone(122))).status).toBe(200)
  })

  it('answers 131056 past a burst of 45 to one recipient, then one per 6 s', async () => {
    const to = '+79991234567'
    for (let n = 0; n < 45; n += 1) {
      expect((await text(to)).status).toBe(200)
      nowMs += 20 // 45 in under a second: within throughput, a burst for the pair
    }
    const over = await text(to)
    expect([over.status, errorOf(over).code]).toEqual([400, 131056])
    // Other recipients are not held back.
    expect((await text('+79997654321')).status).toBe(200)
    nowMs += 5000
    expect(errorOf(await text(to)).code).toBe(131056)
    nowMs += 1000
    expect((await text(to)).status).toBe(200)
    expect(errorOf(await text(to)).code).toBe(131056)
    nowMs += 12_000
    expect((await text(to)).status).toBe(200)
    expect((await text(to)).status).toBe(200)
    expect(errorOf(await text(to)).code).toBe(131056)
  })

  it('accepts past the 24 h unique-recipient tier but marks the message overTier', async () => {
    const sendTo = async (n: number) => {
      if (server.sent.length % 80 === 79) nowMs += 1000
      return text(phone(n))
    }
    for (let n = 0; n < 250; n += 1) expect((await sendTo(n)).status).toBe(200)
    expect(server.sent.every((m) => !m.overTier)).toBe(true)
    const over = await sendTo(250)
    expect(over.status).toBe(200)
    expect(server.sent.at(-1)?.overTier).toBe(true)
    // Someone already reached in the window costs nothing.
    nowMs += 6000
    await sendTo(5)
    expect(server.sent.at(-1)?.overTier).toBe(false)
    // A bigger tier makes room at once.
    server.setAccount({ messagingLimit: 'TIER_2K' })
    await sendTo(251)
    expect(server.sent.at(-1)?.overTier).toBe(false)
    // The window moves: a day later the first recipients no longer count.
    server.setAccount({ messagingLimit: 'SOMETHING_NEW' }) // unknown: treated as 250
    await sendTo(252)
    expect(server.sent.at(-1)?.overTier).toBe(true)
    nowMs += 24 * 60 * 60 * 1000
    await sendTo(253)
    expect(server.sent.at(-1)?.overTier).toBe(false)
  })

  it('never marks overTier on TIER_UNLIMITED', async () => {
    server.setAccount({ messagingLimit: 'TIER_UNLIMITED' })
    for (let n = 0; n < 300; n += 1) {
      if (n % 80 === 79) nowMs += 1000
      await text(phone(n))
    }
    expect(server.sent).toHaveLength(300)
    expect(server.sent.some((m) => m.overTier)).toBe(false)
  })
})

type Envelope = {
  object: string
  entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[]
}
type StatusUpdate = {
  id: string
  status: string
  timestamp: string
  recipient_id: string
  biz_opaque_callback_data?: string
  errors?: {
    code: number
    title: string
    message: string
    error_data: { details: string }
    href: string
  }[]
}

const changesOf = () =>
  (server.webhookEvents() as Envelope[]).map((envelope) => {
    expect(envelope.object).toBe('whatsapp_business_account')
    expect(envelope.entry).toHaveLength(1)
    expect(envelope.entry[0]?.id).toBe(server.wabaId)
    const change = envelope.entry[0]?.changes[0]
    if (!change) throw new Error('no change')
    expect(change.value).toMatchObject({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '79990000000', phone_number_id: server.phoneNumberId },
    })
    return change
  })

const statusesOf = (wamid: string) =>
  changesOf()
    .flatMap((change) => (change.value.statuses as StatusUpdate[] | undefined) ?? [])
    .filter((status) => status.id === wamid)

describe('fates, webhook events and message history', () => {
  it('reports sent → delivered by default, with biz_opaque_callback_data echoed', async () => {
    await send({ ...springSale('+79991234567'), biz_opaque_callback_data: 'c1:r1' })
    const message = server.sent[0]
    if (!message) throw new Error('not sent')
    const statuses = statusesOf(message.wamid)
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered'])
    expect(statuses[0]).toMatchObject({
      recipient_id: '79991234567',
      timestamp: String(START / 1000),
      biz_opaque_callback_data: 'c1:r1',
      pricing: { pricing_model: 'PMP', category: 'marketing', billable: true },
    })
  })

  it('reports read and failed fates in the message, webhooks and history', async () => {
    server.setFate('+79990000001', { async: 'read' })
    server.setFate('79990000002', { async: { failed: 131026 } })
    await text('+79990000001')
    await text('+79990000002', { biz_opaque_callback_data: 'c2:r2' })
    const [read, failed] = server.sent
    if (!read || !failed) throw new Error('not sent')
    expect(read.status).toBe('read')
    expect(failed).toMatchObject({ status: 'failed', errorCode: 131026 })
    expect(statusesOf(read.wamid).map((s) => s.status)).toEqual(['sent', 'delivered', 'read'])
    const failedStatuses = statusesOf(failed.wamid)
    expect(failedStatuses.map((s) => s.status)).toEqual(['sent', 'failed'])
    expect(failedStatuses[1]).toEqual({
      id: failed.wamid,
      status: 'failed',
      timestamp: String(START / 1000),
      recipient_id: '79990000002',
      biz_opaque_callback_data: 'c2:r2',
      errors: [
        {
          code: 131026,
          title: 'Message Undeliverable',
          message: 'Message Undeliverable',
          error_data: { details: expect.any(String) as string },
          href: '/documentation/business-messaging/whatsapp/support/error-codes',
        },
      ],
    })

    const fields =
      'id,message_id,events{delivery_status,timestamp,webhook_update_state,error_description}'
    const history = await get(
      `/${V}/${server.phoneNumberId}/message_history?message_id=${encodeURIComponent(failed.wamid)}&fields=${encodeURIComponent(fields)}`,
    )
    expect(history.status).toBe(200)
    const data = history.body.data as {
      id: string
      message_id: string
      events: { data: Record<string, unknown>[] }
    }[]
    expect(data).toHaveLength(1)
    expect(data[0]?.message_id).toBe(failed.wamid)
    expect(data[0]?.id).toMatch(/^\d+$/)
    expect(data[0]?.events.data).toEqual([
      {
        id: expect.stringMatching(/^\d+$/) as string,
        delivery_status: 'SENT',
        timestamp: START / 1000,
        webhook_update_state: 'DELIVERED',
      },
      {
        id: expect.stringMatching(/^\d+$/) as string,
        delivery_status: 'FAILED',
        timestamp: START / 1000,
        // error_description is about handing the webhook over (here it was): none.
        webhook_update_state: 'DELIVERED',
      },
    ])
    const readHistory = await get(
      `/${V}/${server.phoneNumberId}/message_history?message_id=${encodeURIComponent(read.wamid)}&fields=events`,
    )
    const readEvents = (
      readHistory.body.data as { events: { data: { delivery_status: string }[] } }[]
    )[0]
    expect(readEvents?.events.data.map((e) => e.delivery_status)).toEqual([
      'SENT',
      'DELIVERED',
      'READ',
    ])
  })

  it('answers history with default fields, pages it, and refuses an unknown wamid', async () => {
    for (let n = 0; n < 3; n += 1) await text(phone(n))
    const all = await get(`/${V}/${server.phoneNumberId}/message_history?limit=2`)
    const firstPage = all.body.data as Record<string, unknown>[]
    expect(firstPage).toHaveLength(2)
    expect(Object.keys(firstPage[0] ?? {}).sort()).toEqual(['id', 'message_id'])
    expect(firstPage[0]?.message_id).toBe(server.sent[2]?.wamid) // newest first
    const next = (all.body.paging as { next: string }).next
    const rest = await call('GET', next.slice(server.url.length))
    expect((rest.body.data as unknown[]).length).toBe(1)
    expect(rest.body.paging).not.toHaveProperty('next')
    // Meta's OpenAPI v23 getMessageHistory, 422: code 100, "not found in the message history".
    const none = await get(`/${V}/${server.phoneNumberId}/message_history?message_id=wamid.nope`)
    expect(none.status).toBe(422)
    expect(errorOf(none).code).toBe(100)
  })

  it('refuses history with 403, code 200 when switched off', async () => {
    await text('+79991234567')
    server.setHistoryAvailable(false)
    // Meta's OpenAPI v23 getMessageHistory, 403 example.
    const answer = await get(`/${V}/${server.phoneNumberId}/message_history?message_id=x`)
    expect(answer.status).toBe(403)
    expect(errorOf(answer).code).toBe(200)
    expect(errorOf(answer).message).toBe(
      "Your app doesn't have permission to access message history for this phone number",
    )
    server.setHistoryAvailable(true)
    expect((await get(`/${V}/${server.phoneNumberId}/message_history`)).status).toBe(200)
  })

  it('builds inbound text, user_preferences and button-tap envelopes', async () => {
    await send(springSale('+79991234567'))
    const wamid = server.sent[0]?.wamid ?? ''
    nowMs += 60_000
    server.inboundText('+7 999 123-45-67', 'Есть синий?')
    server.userPreference('79991234567', 'stop')
    server.buttonTap('79991234567', 'Stop promotions', wamid)
    const changes = changesOf().slice(2)
    const at = String((START + 60_000) / 1000)
    expect(changes[0]).toEqual({
      field: 'messages',
      value: {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: '79990000000', phone_number_id: server.phoneNumberId },
        contacts: [{ profile: { name: expect.any(String) as string }, wa_id: '79991234567' }],
        messages: [
          {
            from: '79991234567',
            id: expect.stringMatching(/^wamid\./) as string,
            timestamp: at,
            type: 'text',
            text: { body: 'Есть синий?' },
          },
        ],
      },
    })
    expect(changes[1]?.field).toBe('user_preferences')
    expect(changes[1]?.value.user_preferences).toEqual([
      {
        wa_id: '79991234567',
        detail: 'User requested to stop marketing messages',
        category: 'marketing_messages',
        value: 'stop',
        timestamp: (START + 60_000) / 1000,
      },
    ])
    expect(changes[2]?.field).toBe('messages')
    expect(changes[2]?.value.messages).toEqual([
      {
        context: { from: '79990000000', id: wamid },
        from: '79991234567',
        id: expect.stringMatching(/^wamid\./) as string,
        timestamp: at,
        type: 'button',
        button: { payload: 'Stop promotions', text: 'Stop promotions' },
      },
    ])
  })

  it('fails marketing (not utility) to a user who stopped marketing, with 131050, until resume', async () => {
    server.userPreference('79991234567', 'stop')
    await send(springSale('+79991234567'))
    expect(server.sent.at(-1)).toMatchObject({ status: 'failed', errorCode: 131050 })
    nowMs += 6000
    await send(
      orderReady('+79991234567', [
        { type: 'text', parameter_name: 'first_name', text: 'Анна' },
        { type: 'text', parameter_name: 'order_id', text: 'A-1' },
      ]),
    )
    expect(server.sent.at(-1)?.status).toBe('delivered')
    server.userPreference('79991234567', 'resume')
    nowMs += 6000
    await send(springSale('+79991234567'))
    expect(server.sent.at(-1)?.status).toBe('delivered')
  })

  it('returns copies of the webhook events', () => {
    server.inboundText('79991234567', 'hi')
    const first = server.webhookEvents() as { object: string }[]
    if (first[0]) first[0].object = 'changed'
    expect((server.webhookEvents()[0] as { object: string }).object).toBe(
      'whatsapp_business_account',
    )
  })
})

describe('GET /{pnid}', () => {
  it('answers the default fields', async () => {
    const answer = await get(`/${V}/${server.phoneNumberId}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      id: server.phoneNumberId,
      display_phone_number: '+7 999 000-00-00',
      verified_name: 'Ромашка',
      quality_rating: 'GREEN',
    })
  })

  it('answers the requested fields plus id, with the v24 messaging-limit field', async () => {
    const fields =
      'quality_rating,whatsapp_business_manager_messaging_limit,throughput,health_status'
    const answer = await get(`/${V}/${server.phoneNumberId}?fields=${fields}`)
    expect(answer.body).toEqual({
      quality_rating: 'GREEN',
      whatsapp_business_manager_messaging_limit: 'TIER_250',
      throughput: { level: 'STANDARD' },
      health_status: {
        can_send_message: 'AVAILABLE',
        entities: [
          { entity_type: 'PHONE_NUMBER', id: server.phoneNumberId, can_send_message: 'AVAILABLE' },
          { entity_type: 'WABA', id: server.wabaId, can_send_message: 'AVAILABLE' },
          {
            entity_type: 'BUSINESS',
            id: expect.any(String) as string,
            can_send_message: 'AVAILABLE',
          },
          { entity_type: 'APP', id: expect.any(String) as string, can_send_message: 'AVAILABLE' },
        ],
      },
      id: server.phoneNumberId,
    })
  })

  it('answers messaging_limit_tier instead before v24', async () => {
    server.setAccount({ messagingLimit: 'TIER_10K', qualityRating: 'YELLOW' })
    const fields = 'whatsapp_business_manager_messaging_limit,quality_rating'
    const old = await get(`/v23.0/${server.phoneNumberId}?fields=${fields}`)
    expect(old.body).toEqual({
      messaging_limit_tier: 'TIER_10K',
      quality_rating: 'YELLOW',
      id: server.phoneNumberId,
    })
    const tier = await get(`/v24.0/${server.phoneNumberId}?fields=messaging_limit_tier`)
    expect(tier.body).toEqual({ messaging_limit_tier: 'TIER_10K', id: server.phoneNumberId })
  })

  it('reports LIMITED with additional_info and BLOCKED with errors', async () => {
    server.setAccount({ health: 'LIMITED' })
    const limited = await get(`/${V}/${server.phoneNumberId}?fields=health_status`)
    const limitedHealth = limited.body.health_status as {
      can_send_message: string
      entities: Record<string, unknown>[]
    }
    expect(limitedHealth.can_send_message).toBe('LIMITED')
    expect(limitedHealth.entities[0]).toMatchObject({
      entity_type: 'PHONE_NUMBER',
      can_send_message: 'LIMITED',
      additional_info: [expect.any(String)],
    })
    server.setAccount({ health: 'BLOCKED' })
    const blocked = await get(`/${V}/${server.phoneNumberId}?fields=health_status`)
    const blockedHealth = blocked.body.health_status as { entities: Record<string, unknown>[] }
    expect(blockedHealth.entities[0]).toMatchObject({
      can_send_message: 'BLOCKED',
      errors: [
        {
          error_code: 141010,
          error_description: expect.any(String) as string,
          possible_solution: expect.any(String) as string,
        },
      ],
    })
  })

  it('refuses a field the node does not have', async () => {
    const answer = await get(`/${V}/${server.phoneNumberId}?fields=id,constructor`)
    expect(answer.status).toBe(400)
    expect(errorOf(answer).code).toBe(100)
    expect(errorOf(answer).message).toContain('nonexisting field (constructor)')
  })
})

describe('GET /{waba}/message_templates', () => {
  type TemplateList = {
    data: Record<string, unknown>[]
    paging: { cursors: { before: string; after: string }; next?: string; previous?: string }
  }
  const list = async (query = '', version = V) => {
    const answer = await get(`/${version}/${server.wabaId}/message_templates${query}`)
    return { ...answer, list: answer.body as unknown as TemplateList }
  }

  it('pages 25 at a time with an absolute next URL, none on the last page', async () => {
    const first = await list()
    expect(first.status).toBe(200)
    expect(first.list.data).toHaveLength(25)
    expect(first.list.paging.cursors.before).toEqual(expect.any(String))
    const next = first.list.paging.next ?? ''
    expect(next.startsWith(`${server.url}/${V}/${server.wabaId}/message_templates?`)).toBe(true)
    const second = await call('GET', next.slice(server.url.length))
    const secondList = second.body as unknown as TemplateList
    expect(secondList.data.length).toBeGreaterThan(0)
    expect(secondList.paging.next).toBeUndefined()
    expect(secondList.paging.previous).toEqual(expect.any(String))
    const names = [...first.list.data, ...secondList.data].map((t) => t.name)
    expect(names.length).toBeGreaterThanOrEqual(30)
    expect(new Set(names).size).toBe(names.length)
  })

  it("answers templates in Meta's shape", async () => {
    const { list: found } = await list('?name=spring_sale')
    expect(found.data).toEqual([
      {
        id: expect.any(String) as string,
        name: 'spring_sale',
        language: 'ru',
        category: 'MARKETING',
        status: 'APPROVED',
        parameter_format: 'POSITIONAL',
        components: [
          { type: 'HEADER', format: 'TEXT', text: expect.any(String) as string },
          {
            type: 'BODY',
            text: 'Здравствуйте, {{1}}! Весенняя распродажа: скидка {{2}} до конца недели.',
            example: { body_text: [['Анна', '20%']] },
          },
          { type: 'FOOTER', text: expect.any(String) as string },
          { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop promotions' }] },
        ],
      },
    ])
    const { list: named } = await list('?name=order_ready&fields=name,parameter_format')
    expect(named.data).toEqual([
      { name: 'order_ready', parameter_format: 'NAMED', id: expect.any(String) as string },
    ])
  })

  it('filters by status and honours limit up to 100', async () => {
    const { list: approved } = await list('?status=APPROVED&limit=100')
    expect(approved.data.length).toBeGreaterThanOrEqual(28)
    expect(approved.data.every((t) => t.status === 'APPROVED')).toBe(true)
    expect(approved.paging.next).toBeUndefined()
    const { list: paused } = await list('?status=PAUSED,DISABLED')
    expect(paused.data.map((t) => t.status).sort()).toEqual(['DISABLED', 'PAUSED'])
    const { list: five } = await list('?limit=5')
    expect(five.data).toHaveLength(5)
    const capped = await list('?limit=1000')
    expect(capped.list.data.length).toBeLessThanOrEqual(100)
    expect(errorOf(await list('?limit=abc')).code).toBe(100)
  })

  it('refuses an unknown cursor with 131059 (v24+) and 100 before', async () => {
    const bad = await list('?after=Ym9ndXM')
    expect([bad.status, errorOf(bad).code]).toEqual([400, 131059])
    const old = await list('?after=Ym9ndXM', 'v23.0')
    expect([old.status, errorOf(old).code]).toEqual([400, 100])
  })

  it('keeps the status filter on the next page', async () => {
    server.setTemplateStatus('filler_notice_26', 'ru', 'REJECTED')
    const first = await list('?status=APPROVED')
    const second = await call('GET', (first.list.paging.next ?? '').slice(server.url.length))
    const rest = (second.body as unknown as TemplateList).data
    expect(first.list.data.length + rest.length).toBe(28)
    expect(rest.every((t) => t.status === 'APPROVED')).toBe(true)
  })

  it('answers GET on the phone number id with unsupported, not templates', async () => {
    const answer = await get(`/${V}/${server.phoneNumberId}/message_templates`)
    expect(errorOf(answer).code).toBe(100)
  })
})

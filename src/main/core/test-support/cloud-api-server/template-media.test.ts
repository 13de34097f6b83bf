// The test server's media endpoint and its checks of a template send's header file, button values
// and text parameters, against payload examples from Meta's pages (cited at each).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  defaultTemplates,
  mediaTemplates,
  startCloudApiTestServer,
  type CloudApiTestServer,
} from './index'
import { PARAM_TEXT_RULE } from './validate-template-parts'

const V = 'v25.0'
const to = '+79161111111'
let server: CloudApiTestServer

beforeEach(async () => {
  server = await startCloudApiTestServer({ now: () => Date.UTC(2026, 0, 15, 9) })
  server.setTemplates([...defaultTemplates(), ...mediaTemplates()])
})
afterEach(async () => {
  await server.close()
})

interface Answer {
  status: number
  body: Record<string, unknown>
}
const errorOf = (answer: Answer) =>
  answer.body.error as { code: number; message: string; error_data: { details: string } }

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])

/**
 * Meta's "Media" page (developers.facebook.com/documentation/business-messaging/whatsapp/
 * business-phone-numbers/media): curl -F 'file=@"2jC60Vdjn7.jpg"' -F 'type="image/jpeg"'
 * -F 'messaging_product="whatsapp"' → {"id":"<MEDIA_ID>"}.
 */
async function upload(
  bytes: Uint8Array,
  type: string,
  fields: { product?: string | null; token?: string } = {},
): Promise<Answer> {
  const form = new FormData()
  if (fields.product !== null) form.append('messaging_product', fields.product ?? 'whatsapp')
  form.append('type', type)
  form.append('file', new Blob([bytes], { type }), '2jC60Vdjn7.jpg')
  const response = await fetch(`${server.url}/${V}/${server.phoneNumberId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fields.token ?? server.token}` },
    body: form,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function send(template: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${server.url}/${V}/${server.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'template',
      template,
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const body = (...texts: string[]) => ({
  type: 'body',
  parameters: texts.map((text) => ({ type: 'text', text })),
})
const urlButton = (suffix: string) => ({
  type: 'button',
  sub_type: 'url',
  index: '0',
  parameters: [{ type: 'text', text: suffix }],
})
const imageHeader = (image: Record<string, string>) => ({
  type: 'header',
  parameters: [{ type: 'image', image }],
})
const lookbook = (components: unknown[]) => ({
  name: 'spring_lookbook',
  language: { code: 'ru' },
  components,
})

describe('the media endpoint', () => {
  it('answers an uploaded image with its id, and remembers the upload', async () => {
    const answer = await upload(jpeg, 'image/jpeg')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ id: expect.stringMatching(/^\d{16}$/) as string })
    expect(server.mediaUploads()).toEqual([
      expect.objectContaining({ id: answer.body.id, mime: 'image/jpeg', bytes: jpeg.length }),
    ])
  })

  it('refuses a type Meta does not take, with its list of types', async () => {
    const answer = await upload(new Uint8Array([1, 2, 3]), 'application/x-msdownload')
    expect([answer.status, errorOf(answer).code]).toEqual([400, 100])
    expect(errorOf(answer).error_data.details).toContain('Param file must be a file with one of')
    expect(server.mediaUploads()).toEqual([])
  })

  it('refuses an image over 5 MB and a form without messaging_product', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(jpeg)
    expect(errorOf(await upload(big, 'image/jpeg')).code).toBe(131053)
    expect(errorOf(await upload(jpeg, 'image/jpeg', { product: null })).code).toBe(100)
    expect(errorOf(await upload(jpeg, 'image/jpeg', { token: 'wrong-token' })).code).toBe(190)
    expect(server.mediaUploads()).toEqual([])
  })
})

describe('a template send’s header and buttons', () => {
  it('accepts an image header by uploaded id and a URL button’s suffix', async () => {
    const id = String((await upload(jpeg, 'image/jpeg')).body.id)
    const answer = await send(lookbook([imageHeader({ id }), body('Анна'), urlButton('spring')]))
    expect(answer.status).toBe(200)
    expect(server.sent).toHaveLength(1)
  })

  it('accepts the header by link and a quick-reply payload, as in Meta’s OpenAPI example', async () => {
    // OpenAPI TemplateObject example: header image link; button quick_reply index '0' payload.
    const answer = await send(
      lookbook([
        imageHeader({ link: 'https://example.com/image.jpg' }),
        body('Анна'),
        urlButton('spring'),
        {
          type: 'button',
          sub_type: 'quick_reply',
          index: '1',
          parameters: [{ type: 'payload', payload: 'ORDER_DETAILS_CLICKED' }],
        },
      ]),
    )
    expect(answer.status).toBe(200)
  })

  it('refuses a media header sent without its file: 132012, format mismatch', async () => {
    const answer = await send(lookbook([body('Анна'), urlButton('spring')]))
    expect([answer.status, errorOf(answer).code]).toEqual([400, 132012])
    expect(errorOf(answer).error_data.details).toBe(
      'header: Format mismatch, expected IMAGE, received UNKNOWN',
    )
    expect(server.sent).toEqual([])
  })

  it('refuses an id Meta does not know, or no longer knows after 30 days: 131053', async () => {
    const unknown = await send(
      lookbook([imageHeader({ id: '1234' }), body('Анна'), urlButton('a')]),
    )
    expect(errorOf(unknown).code).toBe(131053)
    const id = String((await upload(jpeg, 'image/jpeg')).body.id)
    server.expireMedia()
    const expired = await send(lookbook([imageHeader({ id }), body('Анна'), urlButton('a')]))
    expect(errorOf(expired).code).toBe(131053)
  })

  it('refuses a URL button with a variable sent without its value: 131008', async () => {
    const id = String((await upload(jpeg, 'image/jpeg')).body.id)
    const answer = await send(lookbook([imageHeader({ id }), body('Анна')]))
    expect([answer.status, errorOf(answer).code]).toEqual([400, 131008])
    expect(errorOf(answer).error_data.details).toBe(
      'buttons: Button at index 0 of type Url requires a parameter',
    )
  })

  it('takes a copy code as Meta’s coupon example sends it, and refuses its absence', async () => {
    // Coupon code templates, step 2: {"type":"button","sub_type":"COPY_CODE","index":0,
    // "parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]}.
    const coupon = (components: unknown[]) =>
      send({ name: 'autumn_coupon', language: { code: 'ru' }, components })
    const ok = await coupon([
      body('Анна'),
      {
        type: 'button',
        sub_type: 'COPY_CODE',
        index: 0,
        parameters: [{ type: 'coupon_code', coupon_code: '25OFF' }],
      },
    ])
    expect(ok.status).toBe(200)
    const missing = await coupon([body('Анна')])
    expect(errorOf(missing).code).toBe(131008)
    expect(errorOf(missing).error_data.details).toContain('type CopyCode requires a parameter')
  })

  it('refuses a button of another sub_type than the template’s at that index: 131009', async () => {
    const id = String((await upload(jpeg, 'image/jpeg')).body.id)
    const answer = await send(
      lookbook([imageHeader({ id }), body('Анна'), { ...urlButton('x'), sub_type: 'quick_reply' }]),
    )
    expect(errorOf(answer).code).toBe(131009)
  })

  it('refuses a text parameter with a new line, a tab or five spaces in a row', async () => {
    for (const text of ['Анна\nПетрова', 'Анна\tПетрова', 'Анна     Петрова']) {
      const answer = await send({
        name: 'spring_sale',
        language: { code: 'ru' },
        components: [body(text, '20%')],
      })
      expect([answer.status, errorOf(answer).code]).toEqual([400, 100])
      expect(errorOf(answer).error_data.details).toBe(PARAM_TEXT_RULE)
    }
    const four = await send({
      name: 'spring_sale',
      language: { code: 'ru' },
      components: [body('Анна    Петрова', '20%')],
    })
    expect(four.status).toBe(200)
  })

  it('refuses a location header sent without a location', async () => {
    const answer = await send({
      name: 'store_location',
      language: { code: 'ru' },
      components: [body('Анна')],
    })
    expect(errorOf(answer).code).toBe(132012)
  })
})

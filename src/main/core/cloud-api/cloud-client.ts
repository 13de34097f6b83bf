// The HTTP client of the Cloud API: one request per call, Meta's error envelope turned into a
// CloudApiError. The token is sent in the Authorization header only and scrubbed from anything
// that comes back, so no error, log or export can carry it.
import { isRecord } from './json-shape'

export interface CloudEndpoint {
  baseUrl: string
  apiVersion: string
  phoneNumberId: string
  wabaId: string
  token: string
}

/** Meta answered with its error envelope. */
export class CloudApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    message: string,
    readonly details: string,
    readonly fbtraceId: string,
    /** When Meta says access returns (X-Business-Use-Case-Usage), if it said. */
    readonly regainAt: number | null,
    /** Meta's error_subcode, when it gave one (it tells apart answers sharing a code). */
    readonly subcode: number | null = null,
  ) {
    super(message)
    this.name = 'CloudApiError'
  }
}

/** No answer. `maybeSent`: the request may have reached Meta (a broken connection, a timeout). */
export class CloudUnreachable extends Error {
  constructor(
    readonly host: string,
    readonly maybeSent: boolean,
  ) {
    super(`Cannot reach ${host}.`)
    this.name = 'CloudUnreachable'
  }
}

export interface SendAnswer {
  wamid: string
  waId: string
  /** For templates: accepted, held_for_quality_assessment or paused. */
  messageStatus: string | null
}

/** Errors before any byte left: the message certainly did not reach Meta. */
const notConnected = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
])

const requestTimeoutMs = 30_000
/** A header's file may be 100 MB: its upload gets longer than a message. */
const uploadTimeoutMs = 10 * 60_000

export function createCloudClient(
  endpoint: CloudEndpoint,
  now: () => number,
  fetchImpl: typeof fetch = fetch,
) {
  const scrub = (text: string): string => text.split(endpoint.token).join('[token]')
  const host = new URL(endpoint.baseUrl).host

  async function request(
    method: 'GET' | 'POST',
    path: string,
    query: Record<string, string>,
    body?: unknown,
  ): Promise<Record<string, unknown>> {
    const url = new URL(`${endpoint.baseUrl}/${endpoint.apiVersion}/${path}`)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
    let response: Response
    try {
      // A form (a file upload) sets its own multipart Content-Type with the boundary.
      const form = body instanceof FormData
      response = await fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${endpoint.token}`,
          ...(body === undefined || form ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
        signal: AbortSignal.timeout(form ? uploadTimeoutMs : requestTimeoutMs),
        // Meta's Graph API answers in place; a redirect would carry the token somewhere else.
        redirect: 'error',
      })
    } catch (error) {
      throw new CloudUnreachable(host, !certainlyNotSent(error))
    }
    let parsed: unknown
    try {
      parsed = await response.json()
    } catch {
      parsed = null
    }
    const answer = isRecord(parsed) ? parsed : {}
    if (response.ok && !('error' in answer)) return answer
    const error = isRecord(answer.error) ? answer.error : {}
    const errorData = isRecord(error.error_data) ? error.error_data : {}
    throw new CloudApiError(
      response.status,
      typeof error.code === 'number' ? error.code : -1,
      scrub(typeof error.message === 'string' ? error.message : `HTTP ${String(response.status)}`),
      scrub(typeof errorData.details === 'string' ? errorData.details : ''),
      typeof error.fbtrace_id === 'string' ? error.fbtrace_id : '',
      regainAt(response.headers.get('x-business-use-case-usage'), now()),
      typeof error.error_subcode === 'number' ? error.error_subcode : null,
    )
  }

  return {
    async sendMessage(body: Record<string, unknown>): Promise<SendAnswer> {
      const answer = await request('POST', `${endpoint.phoneNumberId}/messages`, {}, body)
      const contacts = Array.isArray(answer.contacts) ? (answer.contacts as unknown[]) : []
      const messages = Array.isArray(answer.messages) ? (answer.messages as unknown[]) : []
      const contact = isRecord(contacts[0]) ? contacts[0] : {}
      const message = isRecord(messages[0]) ? messages[0] : {}
      if (typeof message.id !== 'string') {
        throw new CloudApiError(
          200,
          -1,
          'Meta accepted the request without a message id.',
          '',
          '',
          null,
        )
      }
      return {
        wamid: message.id,
        waId: typeof contact.wa_id === 'string' ? contact.wa_id : '',
        messageStatus: typeof message.message_status === 'string' ? message.message_status : null,
      }
    },

    /**
     * Uploads a file through the media endpoint and answers Meta's media id (Meta: "Media" —
     * POST /{phone-number-id}/media as multipart form data: file, type, messaging_product=whatsapp
     * → {"id": "<MEDIA_ID>"}; developers.facebook.com/documentation/business-messaging/whatsapp/
     * business-phone-numbers/media).
     */
    async uploadMedia(bytes: Uint8Array, mime: string, fileName: string): Promise<string> {
      const form = new FormData()
      form.append('messaging_product', 'whatsapp')
      form.append('type', mime)
      form.append('file', new Blob([bytes], { type: mime }), fileName)
      const answer = await request('POST', `${endpoint.phoneNumberId}/media`, {}, form)
      if (typeof answer.id !== 'string' || answer.id === '') {
        throw new CloudApiError(200, -1, 'Meta accepted the file without a media id.', '', '', null)
      }
      return answer.id
    },

    phoneNumber: (fields: readonly string[]) =>
      request('GET', endpoint.phoneNumberId, { fields: fields.join(',') }),

    /** One page of templates; `after` is the cursor Meta gave for the next one. */
    async templatesPage(after: string | null): Promise<{ data: unknown[]; after: string | null }> {
      const answer = await request('GET', `${endpoint.wabaId}/message_templates`, {
        fields: 'id,name,language,category,status,parameter_format,components',
        limit: '100',
        ...(after === null ? {} : { after }),
      })
      const paging = isRecord(answer.paging) ? answer.paging : {}
      const cursors = isRecord(paging.cursors) ? paging.cursors : {}
      const next = typeof paging.next === 'string' && typeof cursors.after === 'string'
      return {
        data: Array.isArray(answer.data) ? (answer.data as unknown[]) : [],
        after: next ? (cursors.after as string) : null,
      }
    },

    /** The delivery events Meta recorded for one message (message-history endpoint). */
    messageHistory: (wamid: string) =>
      request('GET', `${endpoint.phoneNumberId}/message_history`, {
        message_id: wamid,
        // error_description is left out: Meta defines it as webhook-delivery information.
        fields: 'id,message_id,events{delivery_status,timestamp}',
      }),
  }
}
export type CloudClient = ReturnType<typeof createCloudClient>

function certainlyNotSent(error: unknown): boolean {
  const cause = isRecord(error) && 'cause' in error ? error.cause : undefined
  const code = isRecord(cause) && typeof cause.code === 'string' ? cause.code : ''
  return notConnected.has(code)
}

/** The latest "estimated_time_to_regain_access" (minutes) of the usage header, as a moment. */
function regainAt(header: string | null, now: number): number | null {
  if (header === null) return null
  try {
    const usage: unknown = JSON.parse(header)
    if (!isRecord(usage)) return null
    let minutes = 0
    for (const entries of Object.values(usage)) {
      if (!Array.isArray(entries)) continue
      for (const entry of entries) {
        const value = isRecord(entry) ? entry.estimated_time_to_regain_access : undefined
        if (typeof value === 'number' && value > minutes) minutes = value
      }
    }
    return minutes > 0 ? now + minutes * 60_000 : null
  } catch {
    return null
  }
}

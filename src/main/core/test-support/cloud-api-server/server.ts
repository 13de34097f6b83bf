// A local stand-in for graph.facebook.com's WhatsApp Cloud API, for unit and end-to-end tests.
// Plain node:http on 127.0.0.1; every route is `/{version}/{node}[/{edge}]` as on Graph.

import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_ACCOUNT } from './account'
import { graphError, newTraceId, unsupportedRequest } from './error-catalogue'
import { flatHeaders, readBodyBytes, sendJson, type Reply } from './http-io'
import { newWamid } from './ids'
import { digitsOnly } from './normalize-recipient'
import { uploadMedia } from './media'
import { messageHistory, messageTemplates, phoneNumberNode } from './read-endpoints'
import { sendMessage, settleHeld } from './send-message'
import { createState, webhookContext, type ServerState } from './state'
import { defaultTemplates, TemplateStore } from './templates'
import type { CloudApiTestServer, CloudApiTestServerOptions } from './types'
import { buttonTapEnvelope, inboundTextEnvelope, userPreferenceEnvelope } from './webhook-events'

const VERSION = /^v\d+\.\d+$/

const parseJsonOrText = (text: string): unknown => {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function route(
  state: ServerState,
  request: IncomingMessage,
  url: URL,
  query: Record<string, string>,
  rawBody: string,
): Reply {
  const method = request.method ?? 'GET'
  if (request.headers.authorization !== `Bearer ${state.token}`) {
    return graphError(190, { title: 'Invalid OAuth access token - Cannot parse access token' })
  }
  const [version, node, edge, ...rest] = url.pathname.split('/').filter((part) => part !== '')
  if (version === undefined || !VERSION.test(version)) {
    return graphError(100, {
      title: 'Unknown path components',
      details: `'${version ?? ''}' is not a Graph API version like v25.0.`,
    })
  }
  if (node === undefined || rest.length > 0) return unsupportedRequest(method, node ?? '')
  // Reads are management calls, counted against the account's hourly allowance; sends are not.
  if (method === 'GET') {
    const overAllowance = state.management.take(state.wabaId, state.now())
    if (overAllowance) return overAllowance
  }

  if (method === 'POST' && edge === 'messages') {
    if (node !== state.phoneNumberId) {
      return graphError(100, { details: `Invalid phone number id '${node}'.` })
    }
    return sendMessage(state, rawBody, request.headers['content-type'])
  }
  if (method === 'GET' && node === state.phoneNumberId && edge === undefined) {
    return phoneNumberNode(state, version, query)
  }
  if (method === 'GET' && node === state.phoneNumberId && edge === 'message_history') {
    return messageHistory(state, version, query)
  }
  if (method === 'GET' && node === state.wabaId && edge === 'message_templates') {
    return messageTemplates(state, version, query)
  }
  return unsupportedRequest(method, node)
}

/** POST /{version}/{phone-number-id}/media with the right token: the media endpoint. */
function isMediaUpload(state: ServerState, request: IncomingMessage, url: URL): boolean {
  const [version, node, edge, ...rest] = url.pathname.split('/').filter((part) => part !== '')
  return (
    request.method === 'POST' &&
    request.headers.authorization === `Bearer ${state.token}` &&
    version !== undefined &&
    VERSION.test(version) &&
    node === state.phoneNumberId &&
    edge === 'media' &&
    rest.length === 0
  )
}

export async function startCloudApiTestServer(
  options: CloudApiTestServerOptions = {},
): Promise<CloudApiTestServer> {
  const state = createState({
    token: options.token ?? `test-token-${randomBytes(16).toString('hex')}`,
    phoneNumberId: options.phoneNumberId ?? '106540352242922',
    wabaId: options.wabaId ?? '102290129340398',
    account: { ...DEFAULT_ACCOUNT, ...options.account },
    templates: new TemplateStore(options.templates ?? defaultTemplates()),
    now: options.now ?? Date.now,
    ...(options.portfolio ? { portfolio: options.portfolio } : {}),
  })
  if (options.managementCallsPerHour !== undefined) {
    state.management.perHour = options.managementCallsPerHour
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const query = Object.fromEntries(url.searchParams)
    let rawBody = ''
    let reply: Reply
    let upload = false
    try {
      const bytes = await readBodyBytes(request)
      upload = isMediaUpload(state, request, url)
      rawBody = upload ? '' : bytes.toString('utf8')
      reply = upload
        ? uploadMedia(state.media, bytes, request.headers['content-type'], state.now())
        : route(state, request, url, query, rawBody)
    } catch {
      reply = graphError(131000)
    }
    const version = url.pathname.split('/')[1] ?? ''
    reply = {
      ...reply,
      headers: {
        ...(VERSION.test(version) ? { 'facebook-api-version': version } : {}),
        'x-fb-trace-id': newTraceId(),
        'x-fb-request-id': newTraceId(),
        ...reply.headers,
      },
    }
    // Recorded before answering, so a test sees the request as soon as its fetch resolves.
    state.requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query,
      headers: flatHeaders(request),
      // A file upload is recorded by its form's shape, not its bytes.
      body: upload
        ? { multipart: request.headers['content-type'] ?? '' }
        : parseJsonOrText(rawBody),
      status: reply.status,
      responseBody: reply.body,
    })
    sendJson(response, reply)
  }

  const server = createServer((request, response) => {
    void handle(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  state.url = `http://127.0.0.1:${port}`

  const pushWebhook = (envelope: object): void => {
    state.webhooks.push(envelope)
  }

  return {
    url: state.url,
    token: state.token,
    phoneNumberId: state.phoneNumberId,
    wabaId: state.wabaId,
    requests: state.requests,
    sent: state.sent,
    setFate: (e164OrDigits, fate) => state.fates.set(e164OrDigits, fate),
    failAllAfter: (n, code) => {
      state.failAll = { after: n, code }
    },
    setAccount: (patch) => {
      state.account = { ...state.account, ...patch }
    },
    setTemplates: (templates) => state.templates.replace(templates),
    setTemplateStatus: (name, language, status) =>
      state.templates.setStatus(name, language, status),
    mediaUploads: () => state.media.uploads.map((media) => ({ ...media })),
    expireMedia: () => {
      state.media.expireAll()
    },
    setHistoryAvailable: (on) => {
      state.historyAvailable = on
    },
    setWebhookDeliveryFailing: (on) => {
      state.webhookDeliveryFailing = on
    },
    setHistoryErrors: (on) => {
      state.historyErrors = on
    },
    managementCallsInHour: () => state.management.used(state.now()),
    setManagementCallsPerHour: (perHour) => {
      state.management.perHour = perHour
    },
    forgetHistory: (wamid) => {
      state.messages.delete(wamid)
    },
    webhookEvents: () => structuredClone(state.webhooks),
    inboundText: (fromDigits, text, replyTo) => {
      const from = digitsOnly(fromDigits)
      const wamid = newWamid(from)
      pushWebhook(
        inboundTextEnvelope(webhookContext(state), from, text, wamid, state.now(), replyTo),
      )
      return wamid
    },
    userPreference: (waId, value) => {
      const digits = digitsOnly(waId)
      state.fates.setMarketingStopped(digits, value === 'stop')
      pushWebhook(userPreferenceEnvelope(webhookContext(state), digits, value, state.now()))
    },
    buttonTap: (fromDigits, text, contextWamid, payload) => {
      const from = digitsOnly(fromDigits)
      const wamid = newWamid(from)
      pushWebhook(
        buttonTapEnvelope(
          webhookContext(state),
          from,
          text,
          contextWamid,
          wamid,
          state.now(),
          payload,
        ),
      )
      return wamid
    },
    portfolio: state.portfolio,
    holdTemplatesAfter: (n, answer = 'held_for_quality_assessment') => {
      state.portfolio.holdAfter = n
      state.portfolio.heldAnswer = answer
      state.portfolio.templateSends = 0
    },
    settleHeld: (outcome) => settleHeld(state, outcome),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections()
      }),
  }
}

import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { contentSecurityPolicy } from '../../shared/csp'
import type { ApiError, ErrorCode, Result } from '../../shared/result'
import type { CoreDoor } from '../core/boundary/core-door'
import { checkRequest, type GuardVerdict } from './host-guard'
import { BodyError, discardRest, readJsonBody } from './read-json-body'
import { resolveStaticFile, sendFile } from './static-files'

export interface HostOptions {
  /** The core in its worker (connectCore), or in this thread for tests (inProcessDoor). */
  core: CoreDoor
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  token?: string
}

export interface RunningHost {
  origin: string
  token: string
  /** The address to open: the token rides in the fragment, which is never sent to a server. */
  pageUrl(lang?: string): string
  close(): Promise<void>
}

/** Above the largest payload the contract allows (7 000 000 base64 characters of a file). */
export const maxBodyBytes = 8 * 1024 * 1024
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}
const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_call: 404,
  not_found: 404,
  forbidden: 403,
  file_problem: 422,
  list_full: 409,
  list_too_small: 422,
  name_taken: 409,
  wrong_state: 409,
  cloud_api: 502,
  cloud_unreachable: 502,
  cloud_budget: 429,
  template_unavailable: 409,
  template_unfillable: 422,
  media_file: 422,
  sender_blocked: 409,
  needs_token: 409,
  shop_name_missing: 422,
  list_message_refused: 409,
  phone_list_refused: 422,
  too_large: 413,
  disk_full: 507,
  read_only: 503,
  database_damaged: 503,
  internal: 500,
}
const refusals: Record<Exclude<GuardVerdict, 'ok'>, string> = {
  bad_host: 'This address is not the one Rupor listens on.',
  bad_origin: 'Requests from other sites are refused.',
  bad_token: 'The access token is missing or wrong. Open the address Rupor printed at start.',
}

/** Serves the built renderer and the API contract on 127.0.0.1 only. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let origin = ''
  const openStreams = new Set<ServerResponse>()

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) {
        sendResult(response, { ok: false, error: { code: 'internal', message: 'Host error.' } })
      } else response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', origin).pathname
    const isApi = path.startsWith('/api/')
    const verdict = checkRequest(request, { origin, token }, isApi)
    if (verdict !== 'ok') {
      sendResult(response, { ok: false, error: { code: 'forbidden', message: refusals[verdict] } })
      return
    }
    if (path === '/api/events' && request.method === 'GET') {
      streamEvents(response)
      return
    }
    if (isApi) {
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST')
        sendResult(response, fail('unknown_call', 'Calls are made with POST.'), 405)
        return
      }
      let input: unknown
      try {
        input = await readJsonBody(request, maxBodyBytes)
      } catch (error) {
        if (!(error instanceof BodyError)) throw error
        refuseBody(request, response, error)
        return
      }
      sendResult(response, await options.core.call(path.slice(5), input))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendResult(response, fail('unknown_call', 'Not found.'), 405)
      return
    }
    const file = resolveStaticFile(options.rendererDir, path)
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    sendFile(response, file, securityHeaders)
  }

  function streamEvents(response: ServerResponse): void {
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    response.write(': connected\n\n')
    openStreams.add(response)
    const unsubscribe = options.core.events.subscribe((message) => {
      response.write(`data: ${JSON.stringify(message)}\n\n`)
    })
    // A comment line now and then keeps proxies and idle timers from closing the stream.
    const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000)
    response.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      openStreams.delete(response)
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    origin,
    token,
    pageUrl: (lang) =>
      `${origin}/#${new URLSearchParams({ token, ...(lang ? { lang } : {}) }).toString()}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

const bodyStatus = { not_json: 400, wrong_type: 415, too_large: 413 } as const

function refuseBody(request: IncomingMessage, response: ServerResponse, error: BodyError): void {
  if (error.problem !== 'too_large') {
    sendResult(response, fail('invalid_input', error.message), bodyStatus[error.problem])
    return
  }
  // The answer waits for the rest of the body, read and dropped: a client still sending when the
  // connection closed would see it reset instead of the answer. Past the cap it is cut, unanswered.
  const answer = (): void => {
    response.setHeader('Connection', 'close')
    const limitMb = maxBodyBytes / 1024 / 1024
    sendResult(response, {
      ok: false,
      error: { code: 'too_large', message: error.message, details: { limitMb } },
    })
  }
  if (request.readableEnded) answer()
  else {
    request.once('end', answer)
    discardRest(request, 4 * maxBodyBytes)
  }
}

function fail(code: ErrorCode, message: string): Result<never> {
  const error: ApiError = { code, message }
  return { ok: false, error }
}

function sendResult(response: ServerResponse, result: Result<unknown>, status?: number): void {
  const body = JSON.stringify(result)
  response.writeHead(status ?? (result.ok ? 200 : statusOf[result.error.code]), {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

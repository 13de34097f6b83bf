import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export type GuardVerdict = 'ok' | 'bad_host' | 'bad_origin' | 'bad_token'

/**
 * Who may talk to the host: requests addressed to the exact loopback address it bound (a
 * DNS-rebinding page arrives with its own Host), from no Origin or its own, and — for the API —
 * carrying the per-run token.
 */
export function checkRequest(
  request: Pick<IncomingMessage, 'headers'>,
  expected: { origin: string; token: string },
  needsToken: boolean,
): GuardVerdict {
  const { host, origin, authorization } = request.headers
  if (host !== new URL(expected.origin).host) return 'bad_host'
  if (origin !== undefined && origin !== expected.origin) return 'bad_origin'
  if (!needsToken) return 'ok'
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '')
  const wanted = Buffer.from(expected.token)
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'ok' : 'bad_token'
}

// Where the Cloud API token may go. The desktop app talks to Meta's Graph API and nowhere else: a
// token typed into Rupor goes to https://graph.facebook.com only. A test server's address is
// accepted only when the one who built the core said so (a test build, the host's
// --cloud-test-server flag, a core test's option); nothing a user types can add one.
import { defaultCloudBaseUrl } from '../../../shared/cloud-api'
import { invalidInput } from '../errors'

/** The one address of Meta's Graph API. */
export const metaBaseUrl = defaultCloudBaseUrl

/**
 * The address as compared and stored: an origin with no path, query, fragment or user, or null when
 * it is anything else (a path could point the token elsewhere on a shared host).
 */
export function originOf(address: string): string | null {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return null
  return url.origin
}

/** The addresses a connection may use: Meta's, then any test server this core was started with. */
export function allowedServers(testServers: readonly string[]): string[] {
  const tests = testServers.map(originOf).filter((o): o is string => o !== null)
  return [...new Set([metaBaseUrl, ...tests])]
}

/** The stored form of an allowed address, or an input error naming the field. */
export function checkedServer(address: string, allowed: readonly string[]): string {
  const origin = originOf(address)
  if (origin === null || !allowed.includes(origin)) {
    throw invalidInput(`Only ${metaBaseUrl} may be used as the Cloud API server.`, [
      { path: 'baseUrl', message: 'base_url_not_allowed' },
    ])
  }
  return origin
}

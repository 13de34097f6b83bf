// Meta's hourly allowance of WhatsApp Business Management API calls: "200 calls per hour, per
// app, per WhatsApp Business Account" by default (5 000 for an active account with a registered
// number; the test server plays a new account). Sends (/messages) are not counted. Over it, Graph
// answers as the OpenAPI's getMessageHistory documents for 429:
//   {"error":{"message":"Application request limit reached","type":"OAuthException","code":4,
//    "error_subcode":2446079,"fbtrace_id":"…","is_transient":true}}
// with X-Business-Use-Case-Usage saying when access returns.
// Sources: WHATSAPP-FACTS.md §3 [S7]
// (https://developers.facebook.com/documentation/business-messaging/whatsapp/about-the-platform),
// https://developers.facebook.com/docs/graph-api/overview/rate-limiting/ ("Once a rate limit is
// reached, any subsequent requests made by your app will fail … until enough time has passed for
// the call count to drop below the limit"), and ../shared/reference/ (OpenAPI v23, 429 example).

import { newTraceId } from './error-catalogue'
import type { Reply } from './http-io'
import { usageHeader } from './usage-header'

export const DEFAULT_MANAGEMENT_CALLS_PER_HOUR = 200
const HOUR_MS = 60 * 60 * 1000

/** The management calls of one WhatsApp Business account in the rolling hour. */
export class ManagementAllowance {
  private readonly calls: number[] = []

  constructor(public perHour: number) {}

  /** Counts the call if the hour allows it; else the 429 Graph answers (the call is not counted). */
  take(wabaId: string, now: number): Reply | undefined {
    while (this.calls.length > 0 && (this.calls[0] ?? 0) <= now - HOUR_MS) this.calls.shift()
    if (this.calls.length < this.perHour) {
      this.calls.push(now)
      return undefined
    }
    const oldest = this.calls[0] ?? now
    const regainMinutes = Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 60_000))
    return {
      status: 429,
      body: {
        error: {
          message: 'Application request limit reached',
          type: 'OAuthException',
          code: 4,
          error_subcode: 2446079,
          fbtrace_id: newTraceId(),
          is_transient: true,
        },
      },
      headers: usageHeader(wabaId, regainMinutes),
    }
  }

  /** Calls counted in the hour before `now`. */
  used(now: number): number {
    return this.calls.filter((at) => at > now - HOUR_MS).length
  }
}

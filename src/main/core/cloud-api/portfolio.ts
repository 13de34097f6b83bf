// The business portfolio a Cloud API number belongs to. Since October 2025 Meta's messaging limit
// (the tier) is the portfolio's and shared by all its numbers, so Rupor budgets it across them.
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messaging-limits
import { CoreError, notFound } from '../errors'
import type { CloudConnections } from './cloud-connections'
import { isRecord } from './json-shape'

/**
 * The portfolio's id from a `health_status` answer "check connection" already asks for: Meta lists
 * the WABA, the business (the portfolio) and the app with their ids, whatever node is asked.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status
 */
export function portfolioFromMeta(raw: Record<string, unknown>): string | null {
  const health = isRecord(raw.health_status) ? raw.health_status : {}
  const entities = Array.isArray(health.entities) ? health.entities.filter(isRecord) : []
  const business = entities.find((entity) => entity.entity_type === 'BUSINESS')
  const id = business?.id
  if (typeof id === 'string' && /^\d{1,30}$/.test(id)) return id
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id)
  return null
}

/**
 * The owner's word: this number shares a portfolio with another (`withSenderId`), or none known
 * (null). Meta's answer is not overruled: a number whose portfolio Meta named keeps it.
 */
export function choosePortfolio(
  connections: CloudConnections,
  senderId: number,
  withSenderId: number | null,
): void {
  const own = connections.connection(senderId)
  if (!own) throw notFound(`Sender ${String(senderId)} has no Cloud API connection.`)
  if (own.portfolioSource === 'meta') {
    throw new CoreError('wrong_state', 'Meta names this number’s business portfolio.', undefined, {
      state: 'portfolio_from_meta',
    })
  }
  if (withSenderId === null) {
    connections.setPortfolio(senderId, null, null)
    return
  }
  if (withSenderId === senderId) {
    throw new CoreError('invalid_input', 'A number cannot share a portfolio with itself.')
  }
  const other = connections.connection(withSenderId)
  if (!other) throw notFound(`Sender ${String(withSenderId)} has no Cloud API connection.`)
  // The other number's portfolio if it has one; otherwise the two start one of the owner's.
  const portfolioId = other.portfolioId ?? `owner-${String(Math.min(senderId, withSenderId))}`
  if (other.portfolioId === null) connections.setPortfolio(withSenderId, portfolioId, 'owner')
  connections.setPortfolio(senderId, portfolioId, 'owner')
}

// A business portfolio several test servers (numbers) share, as Meta's numbers share theirs:
// - the messaging limit (tier) is the portfolio's, counted over the unique people all its numbers
//   reach in a moving 24 h; a message over it is accepted and never delivered (Meta answers no
//   error) — https://developers.facebook.com/documentation/business-messaging/whatsapp/messaging-limits
// - portfolio pacing: past a threshold, template sends are answered
//   `message_status: held_for_quality_assessment`; held messages are later released, or dropped
//   with a `failed` status and code 135000 (template pacing: 132015) —
//   https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
//   https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-pacing
// - `health_status` names the portfolio as its BUSINESS entity —
//   https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status

import { TEST_BUSINESS_ID } from './account'
import { UniqueRecipientWindow } from './rate-rules'

export interface CloudTestPortfolio {
  /** The business portfolio's id, as `health_status` gives it for the BUSINESS entity. */
  businessId: string
  /** The unique people all its numbers reached in the moving 24 hours. */
  tierWindow: UniqueRecipientWindow
  /** Template sends (of all its numbers) answered "accepted" before pacing holds the rest; null: never. */
  holdAfter: number | null
  /**
   * How a held send is answered: "held for quality assessment", or "paused" (Meta's spec: "the
   * message delivery has been paused") — both report nothing until released or dropped.
   */
  heldAnswer: 'held_for_quality_assessment' | 'paused'
  /** Template sends of all its numbers so far. */
  templateSends: number
}

/** A portfolio to pass to several servers (`startCloudApiTestServer({ portfolio })`). */
export function createTestPortfolio(businessId: string = TEST_BUSINESS_ID): CloudTestPortfolio {
  return {
    businessId,
    tierWindow: new UniqueRecipientWindow(),
    holdAfter: null,
    heldAnswer: 'held_for_quality_assessment',
    templateSends: 0,
  }
}

/** Counts one template send of the portfolio; true when pacing holds it. */
export function holdsTemplateSend(portfolio: CloudTestPortfolio): boolean {
  portfolio.templateSends += 1
  return portfolio.holdAfter !== null && portfolio.templateSends > portfolio.holdAfter
}

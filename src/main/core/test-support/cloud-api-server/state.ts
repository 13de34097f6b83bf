// Everything the test server remembers between requests.

import type { MessageRecord } from './message-history'
import { FateBook } from './fates'
import { MediaStore } from './media'
import { DEFAULT_MANAGEMENT_CALLS_PER_HOUR, ManagementAllowance } from './management-allowance'
import { PairRule, ThroughputRule, type UniqueRecipientWindow } from './rate-rules'
import { createTestPortfolio, type CloudTestPortfolio } from './portfolio'
import type { TemplateStore } from './templates'
import type { CloudTestAccount, RecordedRequest, SentMessage } from './types'
import type { WebhookContext } from './webhook-events'
import { digitsOnly } from './normalize-recipient'

export interface ServerState {
  token: string
  phoneNumberId: string
  wabaId: string
  /** Filled in once the server listens. */
  url: string
  account: CloudTestAccount
  templates: TemplateStore
  fates: FateBook
  throughput: ThroughputRule
  pair: PairRule
  /** The portfolio's unique people in 24 h, shared by every number (server) of the portfolio. */
  tierWindow: UniqueRecipientWindow
  /** The business portfolio this number belongs to (shared with other servers, or its own). */
  portfolio: CloudTestPortfolio
  /** Messages pacing holds (answered held_for_quality_assessment), not released or dropped yet. */
  held: string[]
  failAll: { after: number; code: number } | undefined
  /** Sends that reached the scripted rules, for failAllAfter. */
  attempts: number
  requests: RecordedRequest[]
  sent: SentMessage[]
  messages: Map<string, MessageRecord>
  webhooks: object[]
  historyAvailable: boolean
  /** Files uploaded through the media endpoint, by the id Meta gave them. */
  media: MediaStore
  /** The account's management calls (templates, the number's node, message history) this hour. */
  management: ManagementAllowance
  /** The history's webhook_update_state: Meta could not hand the status webhooks over. */
  webhookDeliveryFailing: boolean
  /** A failed history event also carries the status webhook's errors[] (not in the OpenAPI). */
  historyErrors: boolean
  now: () => number
}

export function createState(init: {
  token: string
  phoneNumberId: string
  wabaId: string
  account: CloudTestAccount
  templates: TemplateStore
  now: () => number
  portfolio?: CloudTestPortfolio
}): ServerState {
  const portfolio = init.portfolio ?? createTestPortfolio()
  return {
    ...init,
    portfolio,
    held: [],
    url: '',
    fates: new FateBook(),
    throughput: new ThroughputRule(),
    pair: new PairRule(),
    tierWindow: portfolio.tierWindow,
    failAll: undefined,
    attempts: 0,
    requests: [],
    sent: [],
    messages: new Map(),
    webhooks: [],
    historyAvailable: true,
    media: new MediaStore(),
    management: new ManagementAllowance(DEFAULT_MANAGEMENT_CALLS_PER_HOUR),
    webhookDeliveryFailing: false,
    historyErrors: false,
  }
}

export function webhookContext(state: ServerState): WebhookContext {
  return {
    wabaId: state.wabaId,
    phoneNumberId: state.phoneNumberId,
    businessDigits: digitsOnly(state.account.displayPhoneNumber),
  }
}

// Everything the test server remembers between requests.

import type { MessageRecord } from './message-history'
import { FateBook } from './fates'
import { PairRule, ThroughputRule, UniqueRecipientWindow } from './rate-rules'
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
  tierWindow: UniqueRecipientWindow
  failAll: { after: number; code: number } | undefined
  /** Sends that reached the scripted rules, for failAllAfter. */
  attempts: number
  requests: RecordedRequest[]
  sent: SentMessage[]
  messages: Map<string, MessageRecord>
  webhooks: object[]
  historyAvailable: boolean
  now: () => number
}

export function createState(init: {
  token: string
  phoneNumberId: string
  wabaId: string
  account: CloudTestAccount
  templates: TemplateStore
  now: () => number
}): ServerState {
  return {
    ...init,
    url: '',
    fates: new FateBook(),
    throughput: new ThroughputRule(),
    pair: new PairRule(),
    tierWindow: new UniqueRecipientWindow(),
    failAll: undefined,
    attempts: 0,
    requests: [],
    sent: [],
    messages: new Map(),
    webhooks: [],
    historyAvailable: true,
  }
}

export function webhookContext(state: ServerState): WebhookContext {
  return {
    wabaId: state.wabaId,
    phoneNumberId: state.phoneNumberId,
    businessDigits: digitsOnly(state.account.displayPhoneNumber),
  }
}

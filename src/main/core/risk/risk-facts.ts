import type { Database } from 'better-sqlite3'
import type { CampaignTemplate } from '../../../shared/cloud-api'
import type { CampaignWay } from '../../../shared/campaigns'
import type { ConsentState, SavedNumberState } from '../../../shared/contacts'
import type { ListMessageRefusal } from '../../../shared/phone-lists'
import type { Sender } from '../../../shared/senders'
import { templateOptOut } from '../../../shared/template-opt-out'
import type { Composer, Person } from '../campaigns/compose-message'
import type { MessageTemplate } from '../campaigns/message'
import { reachableSavedNumbers } from '../eligibility/list-message-reach'
import type { RecipientCheck } from '../eligibility/recipient-check'
import { effectiveLimits } from '../scheduler/effective-limits'
import { refusalsOf } from '../scheduler/refusals'
import type { SendStore } from '../scheduler/send-store'
import { ageInDays } from '../scheduler/warm-up'
import { rowsOfNumber } from '../senders/rows-of-number'
import { zoneOfNumber } from './recipient-zone'
import type { RiskInput } from './risk-input'

const dayMs = 24 * 60 * 60 * 1000
/** How many people's messages are composed to judge the text (and whether it is personal). */
const peopleLooked = 50
const sampleSize = 5

/**
 * Up to five different texts among the first people's messages — a list that begins with five
 * Annas still shows whether the text greets each by name. The same text for everyone comes back
 * twice, so the meter sees that it does not vary.
 */
function sampleOf(texts: readonly string[]): string[] {
  const distinct = [...new Set(texts)].slice(0, sampleSize)
  return distinct.length === 1 && texts.length > 1 ? [...distinct, ...distinct] : distinct
}

/** A person the campaign would message, with what the meter needs to know about them. */
export interface RiskRecipient {
  contactId: number | null
  name: string
  e164: string | null
  consent: ConsentState
  chatsWithShop: boolean
  /** Whether they saved the shop's number: a list message from the phone reaches only them. */
  savedNumber: SavedNumberState
}

/** What a campaign sends: free text (assisted) or a Cloud API template. */
export type RiskMessage =
  { kind: 'text'; template: MessageTemplate } | { kind: 'template'; template: CampaignTemplate }

/**
 * Reads from the database what the meter looks at (RiskInput): the sender's ledger, opt-outs,
 * failures and blocks up to a moment, and who a campaign would reach. The meter itself is pure.
 */
export function createRiskFacts(options: {
  db: Database
  store: SendStore
  check: RecipientCheck
  compose: Composer
}) {
  const { db, store, check, compose } = options
  type Window = [{ sender: number; since: number; at: number }]
  // Every read counts the number's history: all its sender rows, a deleted one's too.
  // Messages that reached people (or may have): one Meta accepted and later reported failed is
  // a failure (failedSince) and not also a sent message, so the failure rate counts it once.
  const sentSince = db.prepare<Window, { n: number }>(
    `SELECT count(*) AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('@sender')}
       AND state IN ('sent', 'uncertain') AND delivery IS NOT 'failed' AND at > @since
       AND at <= @at`,
  )
  // People this number messaged who went onto the opt-out list after a message, in the window.
  const optedOutSince = db.prepare<Window, { n: number }>(
    `SELECT count(DISTINCT o.e164) AS n FROM opt_outs o
     WHERE o.created_at > @since AND o.created_at <= @at AND EXISTS (SELECT 1 FROM send_ledger l
       WHERE l.sender_id IN ${rowsOfNumber('@sender')} AND l.e164 = o.e164
         AND l.at <= o.created_at)`,
  )
  const failedSince = db.prepare<Window, { n: number }>(
    `SELECT count(*) AS n FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
     WHERE c.sender_id IN ${rowsOfNumber('@sender')} AND i.state = 'failed'
       AND i.done_at > @since
       AND i.done_at <= @at`,
  )
  // Held for quality assessment, or dropped by pacing later (135000, 132015): Meta's own signal.
  const pacingHoldsSince = db.prepare<Window, { n: number }>(
    `SELECT count(*) AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('@sender')}
       AND at > @since AND at <= @at AND (meta_status IN ('held_for_quality_assessment', 'paused')
         OR (delivery = 'failed' AND error_code IN (135000, 132015)))`,
  )
  const latestBlockEnd = db.prepare<[{ sender: number; at: number }], { ended: number | null }>(
    `SELECT max(CASE WHEN lifted_at IS NOT NULL AND lifted_at <= @at THEN lifted_at ELSE until END)
       AS ended FROM sender_blocks WHERE sender_id IN ${rowsOfNumber('@sender')}
       AND ((lifted_at IS NOT NULL AND lifted_at <= @at) OR (until IS NOT NULL AND until <= @at))`,
  )
  // Messaged before `before` by this number: such a person is neither a new chat nor cold.
  const messagedBefore = db.prepare<[number, string, number], { n: number }>(
    `SELECT 1 AS n FROM send_ledger WHERE sender_id IN ${rowsOfNumber('?')} AND e164 = ?
       AND state <> 'not_sent' AND at < ? LIMIT 1`,
  )

  // List messages (one campaign, one time) this number sent each person in a window.
  const listMessagesTo = db.prepare<
    [{ sender: number; since: number; at: number }],
    {
      e164: string
      n: number
    }
  >(
    `SELECT e164, count(DISTINCT coalesce(campaign_id, 0) || ' ' || at) AS n FROM send_ledger
     WHERE sender_id IN ${rowsOfNumber('@sender')} AND channel = 'phone_broadcast'
       AND state <> 'not_sent' AND at > @since AND at <= @at GROUP BY e164`,
  )

  function senderFacts(
    sender: Sender,
    at: number,
  ): Omit<RiskInput, 'campaign' | 'refusals' | 'listMessageRefusals'> {
    const limits = effectiveLimits(sender, at)
    const window = { sender: sender.id, since: at - 30 * dayMs, at }
    return {
      at,
      sender: {
        channel: sender.channel,
        timeZone: sender.timeZone,
        window: sender.window,
        limits: sender.limits,
        ageDays: ageInDays(sender.warmUpFrom, sender.timeZone, at),
        warmUpEndsDay: sender.warmUp.at(-1)?.fromDay ?? 0,
        newChatsAllowed: limits.newChatsPerDay,
        tierPerDay: limits.tierPerDay,
      },
      history: {
        recent: store.recentSends(sender.id, at).filter((s) => s.at <= at),
        sent30d: sentSince.get(window)?.n ?? 0,
        optedOut30d: optedOutSince.get(window)?.n ?? 0,
        failed30d: failedSince.get(window)?.n ?? 0,
        lastBlockEndedAt: latestBlockEnd.get({ sender: sender.id, at })?.ended ?? null,
        pacingHolds7d:
          pacingHoldsSince.get({ sender: sender.id, since: at - 7 * dayMs, at })?.n ?? 0,
        ...(limits.tierPerDay === null
          ? {}
          : { tierRecent: store.portfolioSends(sender.id, at).filter((s) => s.at <= at) }),
      },
    }
  }

  const composed = (message: RiskMessage, person: Person): string =>
    message.kind === 'text'
      ? compose.text(message.template, person)
      : compose.template(message.template, person)

  const hasOptOut = (message: RiskMessage, sample: readonly string[]): boolean =>
    message.kind === 'template'
      ? templateOptOut(message.template) !== null
      : message.template.appendOptOut && message.template.optOutLine.trim() !== ''
        ? true
        : sample.some((text) => templateOptOut({ buttons: [], footer: text }) !== null)

  return {
    /** The meter's input for a number on its own. */
    forSender(sender: Sender, at: number): RiskInput {
      return {
        ...senderFacts(sender, at),
        refusals: refusalsOf(sender, null),
        listMessageRefusals: [],
        campaign: null,
      }
    },

    /**
     * The meter's input for a campaign reaching `people` (the list, or those still to message),
     * `listSize` people in its largest list (null: a started campaign's lists no longer count), judged
     * as of `at`; people messaged before `knownBefore` count as known (the campaign's own start).
     */
    forCampaign(input: {
      sender: Sender
      at: number
      people: readonly RiskRecipient[]
      listSize: number | null
      /** How many lists it goes to; 1 when left out. */
      lists?: number
      message: RiskMessage
      startAt: number | null
      /** Its queue exists: who and when are settled (RiskInput's `started`). */
      started: boolean
      knownBefore?: number
      /** Paced when left out. */
      way?: CampaignWay
      /** A phone broadcast: why the list message may not go now. */
      listMessageRefusals?: ListMessageRefusal[]
      /**
       * A phone broadcast whose lists are on the phone: the numbers on the phone's lists. The phone
       * sends only to them; null when no phone list is recorded (the list message is refused then).
       */
      onPhone?: ReadonlySet<string> | null
    }): RiskInput {
      const { sender, at, people } = input
      const way = input.way ?? 'paced'
      const knownBefore = input.knownBefore ?? at
      const eligible = people.filter((p) => p.e164 !== null && check.checkNumber(p.e164).eligible)
      // A list message reaches only those who saved the number; the others get nothing at all.
      const saved =
        way === 'phone_broadcast'
          ? eligible.filter((p) => reachableSavedNumbers.includes(p.savedNumber))
          : eligible
      const onPhone = way === 'phone_broadcast' ? (input.onPhone ?? null) : null
      const recipients = onPhone === null ? saved : saved.filter((p) => onPhone.has(p.e164 ?? ''))
      const lately = new Map(
        way === 'phone_broadcast'
          ? listMessagesTo
              .all({ sender: sender.id, since: at - 7 * dayMs, at })
              .map((r) => [r.e164, r.n])
          : [],
      )
      let newChats = 0
      let cold = 0
      const warmContactIds: number[] = []
      const zones = new Map<string, number>()
      for (const person of recipients) {
        const e164 = person.e164 ?? ''
        const known = person.chatsWithShop || messagedBefore.get(sender.id, e164, knownBefore)
        if (!known) newChats += 1
        if (!known && person.consent !== 'granted') cold += 1
        else if (person.contactId !== null) warmContactIds.push(person.contactId)
        const zone = zoneOfNumber(e164, sender.timeZone)
        zones.set(zone, (zones.get(zone) ?? 0) + 1)
      }
      const sample = sampleOf(
        recipients
          .slice(0, peopleLooked)
          .map((p) =>
            composed(input.message, { contactId: p.contactId, name: p.name, e164: p.e164 ?? '' }),
          ),
      )
      return {
        ...senderFacts(sender, at),
        // A list message has no gaps: a too-short pause refuses only paced sending.
        refusals: refusalsOf(sender, input.listSize).filter(
          (r) => way === 'paced' || r.key !== 'gap_under_minimum',
        ),
        listMessageRefusals: input.listMessageRefusals ?? [],
        campaign: {
          way,
          notSaved: eligible.length - saved.length,
          notOnPhone: saved.length - recipients.length,
          listMessages7d: Math.max(0, ...recipients.map((p) => lately.get(p.e164 ?? '') ?? 0)),
          listSize: input.listSize ?? people.length,
          lists: input.lists ?? 1,
          recipients: recipients.length,
          newChats,
          cold,
          warmContactIds,
          messages: sample,
          hasOptOut: hasOptOut(input.message, sample),
          started: input.started,
          startAt: input.startAt,
          recipientZones: [...zones].map(([zone, n]) => ({ zone, people: n })),
        },
      }
    },
  }
}
export type RiskFacts = ReturnType<typeof createRiskFacts>

import type { Database } from 'better-sqlite3'
import type { CampaignWay } from '../../../shared/campaigns'
import type { ConsentState, SavedNumberState } from '../../../shared/contacts'
import type { ListMessageRefusal, PhoneList } from '../../../shared/phone-lists'
import type { ParsedRiskDraft, RiskAssessment, RiskFactor } from '../../../shared/risk'
import { cloudTemplateOf, templateOf } from '../campaigns/compose-message'
import { defaultOptOutLine } from '../campaigns/message'
import { notFound } from '../errors'
import { checkListMessage } from '../phone-lists/list-message-check'
import { readPhoneList } from '../phone-lists/phone-list-state'
import type { CampaignRow } from '../scheduler/send-store'
import type { SendersService } from '../senders/senders-service'
import type { Clock } from '../time/clock'
import { assessRisk } from './assess-risk'
import type { RiskFacts, RiskMessage, RiskRecipient } from './risk-facts'

interface PersonRow {
  contact_id: number | null
  name: string
  e164: string | null
  consent: ConsentState | null
  chats_with_shop: number | null
  saved_number: SavedNumberState | null
}

const toRecipient = (r: PersonRow): RiskRecipient => ({
  contactId: r.contact_id,
  name: r.name,
  e164: r.e164,
  consent: r.consent ?? 'unknown',
  chatsWithShop: r.chats_with_shop === 1,
  savedNumber: r.saved_number ?? 'unknown',
})

/** How many of the meter's factors the ban centre shows as a block's likely causes. */
const causesShown = 5

/** The ban-risk meter for a draft, a campaign, a number, or a number at the moment of its block. */
export function createRiskService(options: {
  db: Database
  clock: Clock
  senders: SendersService
  facts: RiskFacts
}) {
  const { db, clock, senders, facts } = options
  const listPeople = db.prepare<[number], PersonRow & { list_id: number }>(
    `SELECT m.list_id, c.id AS contact_id, c.name, c.primary_phone AS e164, c.consent,
       c.chats_with_shop, c.saved_number
     FROM list_members m JOIN contacts c ON c.id = m.contact_id
     WHERE m.list_id = ? ORDER BY m.position`,
  )
  const listIdsOf = db
    .prepare<[number], number>(
      'SELECT list_id FROM campaign_lists WHERE campaign_id = ? ORDER BY position',
    )
    .pluck()
  // The campaign's people, from its queue: the name and number it was started with.
  const itemPeople = (states: string) =>
    db.prepare<[number], PersonRow>(
      `SELECT i.contact_id, i.name, i.e164, c.consent, c.chats_with_shop, c.saved_number
       FROM campaign_items i LEFT JOIN contacts c ON c.id = i.contact_id
       WHERE i.campaign_id = ? AND i.state IN (${states}) ORDER BY i.position`,
    )
  const openPeople = itemPeople("'planned', 'sending'")
  const everyone = itemPeople("'planned', 'sending', 'sent', 'skipped', 'failed', 'uncertain'")
  const campaignRow = db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
  // The campaign that sent last before a moment, and when it began sending.
  const lastCampaignBefore = db.prepare<[number, number], { campaign_id: number }>(
    `SELECT campaign_id FROM send_ledger WHERE sender_id = ? AND at <= ? AND state <> 'not_sent'
     ORDER BY at DESC LIMIT 1`,
  )
  const firstSendOf = db.prepare<[number], { at: number | null }>(
    'SELECT min(at) AS at FROM send_ledger WHERE campaign_id = ?',
  )

  const messageOfDraft = (draft: ParsedRiskDraft): RiskMessage =>
    draft.template !== null
      ? { kind: 'template', template: draft.template }
      : {
          kind: 'text',
          template: {
            text: draft.text,
            appendOptOut: draft.appendOptOut,
            optOutLine:
              draft.optOutLine === '' ? defaultOptOutLine(draft.language) : draft.optOutLine,
            utm: draft.utm,
            utmCampaign: draft.utmCampaign,
          },
        }

  const messageOfRow = (r: CampaignRow): RiskMessage => {
    const template = cloudTemplateOf(r)
    return template ? { kind: 'template', template } : { kind: 'text', template: templateOf(r) }
  }

  /** Why a list message to each of these lists may not go now, each reason once. */
  function listMessageRefusals(
    senderId: number,
    phoneLists: ReadonlyMap<number, PhoneList | null>,
  ): ListMessageRefusal[] {
    const at = clock.now()
    const all = [...phoneLists].flatMap(([listId, phoneList]) =>
      checkListMessage(db, { senderId, listId, at, phoneList }),
    )
    return all.filter((r, n) => all.findIndex((other) => other.key === r.key) === n)
  }

  /** The numbers on the phone's lists of these lists; null when one of them is not on the phone. */
  function onPhoneOf(phoneLists: ReadonlyMap<number, PhoneList | null>): Set<string> | null {
    const numbers = new Set<string>()
    for (const phoneList of phoneLists.values()) {
      if (phoneList === null) return null
      for (const member of phoneList.onPhone) numbers.add(member.e164)
    }
    return numbers
  }

  /**
   * A campaign not started yet: everyone in its lists, as the start would queue them (list after
   * list, someone in two lists once). Each list is one broadcast list: its size is the largest's.
   */
  function plan(
    senderId: number,
    listIds: readonly number[],
    message: RiskMessage,
    startAt: number | null,
    way: CampaignWay,
  ): RiskAssessment {
    const seen = new Set<number | null>()
    const people: RiskRecipient[] = []
    let largest: number | null = null
    for (const listId of listIds) {
      const members = listPeople.all(listId)
      largest = Math.max(largest ?? 0, members.length)
      for (const member of members) {
        if (seen.has(member.contact_id)) continue
        seen.add(member.contact_id)
        people.push(toRecipient(member))
      }
    }
    // A list message: each list's phone list, read once for both of its uses below.
    const phoneLists =
      way === 'phone_broadcast'
        ? new Map(listIds.map((listId) => [listId, readPhoneList(db, listId)] as const))
        : null
    return assessRisk(
      facts.forCampaign({
        sender: senders.get(senderId),
        at: clock.now(),
        people,
        listSize: largest,
        lists: listIds.length,
        message,
        startAt,
        started: false,
        way,
        listMessageRefusals: phoneLists ? listMessageRefusals(senderId, phoneLists) : [],
        onPhone: phoneLists ? onPhoneOf(phoneLists) : null,
      }),
    )
  }

  /**
   * A started campaign: the people still to message, judged against what the number has sent
   * meanwhile, with `message` (its own, or the composer's edit of it). Who it reaches and when it
   * starts are settled, so no fix offers to change them.
   */
  const started = (r: CampaignRow, message: RiskMessage): RiskAssessment =>
    assessRisk(
      facts.forCampaign({
        sender: senders.get(r.sender_id),
        at: clock.now(),
        people: openPeople.all(r.id).map(toRecipient),
        listSize: null,
        message,
        startAt: r.state === 'scheduled' ? r.start_at : null,
        started: true,
        way: r.way,
      }),
    )

  /** The composer's form: a new or draft campaign's plan, or the edit of a started one. */
  function draft(input: ParsedRiskDraft): RiskAssessment {
    const saved = input.id === undefined ? undefined : campaignRow.get(input.id)
    if (saved !== undefined && saved.state !== 'draft') return started(saved, messageOfDraft(input))
    return plan(input.senderId, input.listIds, messageOfDraft(input), input.startAt, input.way)
  }

  function campaign(id: number): RiskAssessment {
    const r = campaignRow.get(id)
    if (!r) throw notFound(`There is no campaign ${String(id)}.`)
    return r.state === 'draft'
      ? plan(r.sender_id, listIdsOf.all(r.id), messageOfRow(r), r.start_at, r.way)
      : started(r, messageOfRow(r))
  }

  return {
    draft,
    campaign,
    sender: (id: number): RiskAssessment =>
      assessRisk(facts.forSender(senders.get(id), clock.now())),

    /**
     * What likely caused a block at `at`: the meter's top factors for the campaign that sent last
     * before it, measured then (its people counted as they were before its first message), or
     * for the number on its own when nothing was sent.
     */
    causesAt(senderId: number, at: number): RiskFactor[] {
      const sender = senders.get(senderId)
      const last = lastCampaignBefore.get(senderId, at)
      const r = last ? campaignRow.get(last.campaign_id) : undefined
      if (!r) return []
      const input = facts.forCampaign({
        sender,
        at,
        people: everyone.all(r.id).map(toRecipient),
        listSize: null,
        message: messageOfRow(r),
        startAt: r.start_at,
        // Looked back on after a block: advice on who or when would point at the past.
        started: true,
        way: r.way,
        knownBefore: firstSendOf.get(r.id)?.at ?? at,
      })
      return assessRisk(input).factors.slice(0, causesShown)
    },
  }
}
export type RiskService = ReturnType<typeof createRiskService>

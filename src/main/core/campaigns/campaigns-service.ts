import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import {
  emptyCounts,
  type AssistedTask,
  type Campaign,
  type CampaignCounts,
  type CampaignDetail,
  type CampaignItemsPage,
  type DeliveryState,
  type campaignInputSchema,
  type campaignItemsSchema,
  type campaignPreviewSchema,
  type MessagePreview,
  type WithdrawnTask,
} from '../../../shared/campaigns'
import { listMinimum } from '../../../shared/lists'
import type { CampaignTemplate } from '../../../shared/cloud-api'
import type { PauseReason } from '../../../shared/cloud-errors'
import type { Capabilities } from '../capabilities'
import type { RecipientCheck } from '../eligibility/recipient-check'
import { CoreError, invalidInput, listTooSmall, notFound } from '../errors'
import type { Refusal } from '../../../shared/risk'
import type { Sender } from '../../../shared/senders'
import { shopNameMissing } from '../../../shared/shop-placeholder'
import { refusalsOf } from '../scheduler/refusals'
import type { Scheduler } from '../scheduler/scheduler'
import {
  createSendStore,
  marketingCampaign,
  type CampaignRow,
  type ItemRow,
} from '../scheduler/send-store'
import type { SendersService } from '../senders/senders-service'
import type { Clock } from '../time/clock'
import { cloudTemplateOf, templateOf, type Composer } from './compose-message'
import { chatUrl, defaultOptOutLine, measureMessage, messageIssues } from './message'

type CampaignInput = z.output<typeof campaignInputSchema>
type ItemsQuery = z.output<typeof campaignItemsSchema>
type PreviewInput = z.output<typeof campaignPreviewSchema>

/** A campaign's person as its lists hold them, in the order they are sent. */
interface MemberRow {
  contact_id: number
  name: string
  e164: string | null
}

/**
 * The scheduler's refusals (refusals.ts), as the errors the owner sees; `largest` names the list
 * over a broadcast list's cap.
 */
function assertNoRefusal(
  sender: Sender,
  refusals: readonly Refusal[],
  largest: { name: string } | undefined,
): void {
  const [first] = refusals
  if (first === undefined) return
  switch (first.key) {
    case 'sender_blocked':
      throw new CoreError('sender_blocked', 'WhatsApp blocked this number.', undefined, {
        reason: sender.block?.reason ?? 'unknown',
      })
    case 'list_over_maximum':
      throw new CoreError('list_full', 'Each list reaches at most 256 people.', undefined, {
        limit: first.limit ?? 0,
        size: first.value ?? 0,
        adding: 0,
        list: largest?.name ?? '',
      })
    case 'gap_under_minimum':
      throw invalidInput('The gap between messages is under 30 seconds.', [
        { path: 'limits.gapMinSeconds', message: 'gap_under_minimum' },
      ])
  }
}

const wrongState = (state: string): CoreError =>
  new CoreError('wrong_state', `Not possible while the campaign is ${state}.`, undefined, { state })

/**
 * A list message goes from the owner's phone (list-message.ts records it): the scheduler never
 * starts or resumes one.
 */
function assertPaced(r: CampaignRow): void {
  if (r.way === 'phone_broadcast')
    throw new CoreError(
      'wrong_state',
      'A list message is sent from the phone and recorded, never started.',
      undefined,
      { state: 'phone_broadcast' },
    )
}

/** A list message goes to one list, as free text: WhatsApp Business has no Cloud API template. */
function assertWay(input: CampaignInput): void {
  if (input.way !== 'phone_broadcast') return
  if (input.listIds.length > 1)
    throw invalidInput('A list message goes to one list.', [
      { path: 'listIds', message: 'one_list' },
    ])
  if (input.template !== null)
    throw invalidInput('A list message is free text, not a template.', [
      { path: 'template', message: 'no_template' },
    ])
}

/** Campaigns as the owner manages them; the scheduler does the pacing. */
export function createCampaignsService(options: {
  db: Database
  clock: Clock
  senders: SendersService
  check: RecipientCheck
  scheduler: () => Scheduler
  compose: Composer
  capabilities: Capabilities
  /** Cloud API: the template must be approved at Meta now (throws template_unavailable). */
  preflight: (senderId: number, template: CampaignTemplate) => Promise<void>
  /** The shop's name in Settings now, for {{shop}}. */
  shopName: () => string
}) {
  const { db, clock, senders, check, compose } = options
  const row = db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
  const counts = db.prepare<[number], { state: keyof CampaignCounts; n: number }>(
    'SELECT state, count(*) AS n FROM campaign_items WHERE campaign_id = ? GROUP BY state',
  )
  const deliveryCounts = db.prepare<[number], { delivered: number | null; read: number | null }>(
    `SELECT sum(delivery IN ('delivered', 'read')) AS delivered, sum(delivery = 'read') AS read
     FROM send_ledger WHERE campaign_id = ? AND state = 'sent'`,
  )
  const sendStore = createSendStore(db)
  const sendingItem = db.prepare<[number], ItemRow>(
    "SELECT * FROM campaign_items WHERE campaign_id = ? AND state = 'sending' LIMIT 1",
  )

  const listExists = db.prepare<[number], 1>('SELECT 1 FROM lists WHERE id = ?').pluck()
  // campaign_lists is the one source of truth for who a campaign reaches (migration 0110);
  // campaigns.list_id is no longer read.
  const listIdsOf = db
    .prepare<[number], number>(
      'SELECT list_id FROM campaign_lists WHERE campaign_id = ? ORDER BY position',
    )
    .pluck()
  const listSizes = db.prepare<[number], { name: string; n: number }>(
    `SELECT l.name, (SELECT count(*) FROM list_members m WHERE m.list_id = l.id) AS n
     FROM campaign_lists cl JOIN lists l ON l.id = cl.list_id
     WHERE cl.campaign_id = ? ORDER BY cl.position`,
  )
  // Everyone in the campaign's lists, list after list, each list in its own order.
  const membersOf = db.prepare<[number], MemberRow>(
    `SELECT m.contact_id, c.name, c.primary_phone AS e164 FROM campaign_lists cl
       JOIN list_members m ON m.list_id = cl.list_id JOIN contacts c ON c.id = m.contact_id
     WHERE cl.campaign_id = ? ORDER BY cl.position, m.position`,
  )
  const firstMembers = db.prepare<[number, number], MemberRow>(
    `SELECT m.contact_id, c.name, c.primary_phone AS e164 FROM list_members m
       JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ? ORDER BY m.position LIMIT ?`,
  )
  const clearLists = db.prepare<[number]>('DELETE FROM campaign_lists WHERE campaign_id = ?')
  const addList = db.prepare<[number, number, number]>(
    'INSERT INTO campaign_lists (campaign_id, list_id, position) VALUES (?, ?, ?)',
  )
  const setLists = (campaignId: number, listIds: readonly number[]): void => {
    clearLists.run(campaignId)
    listIds.forEach((listId, position) => addList.run(campaignId, listId, position))
  }

  const requireRow = (id: number): CampaignRow => {
    const found = row.get(id)
    if (!found) throw notFound(`There is no campaign ${String(id)}.`)
    return found
  }

  function toCampaign(r: CampaignRow): Campaign {
    const c = emptyCounts()
    for (const { state, n } of counts.all(r.id)) {
      c[state] = n
      c.total += n
    }
    const delivery = deliveryCounts.get(r.id)
    c.delivered = delivery?.delivered ?? 0
    c.read = delivery?.read ?? 0
    const next =
      r.state === 'running' || r.state === 'scheduled'
        ? options.scheduler().next(r.sender_id)
        : { at: null, reason: null }
    return {
      id: r.id,
      name: r.name,
      senderId: r.sender_id,
      listIds: listIdsOf.all(r.id),
      text: r.text,
      appendOptOut: r.append_opt_out === 1,
      optOutLine: r.opt_out_line,
      utm: r.utm === 1,
      utmCampaign: r.utm_campaign,
      language: r.language,
      startAt: r.start_at,
      template: cloudTemplateOf(r),
      way: r.way,
      state: r.state,
      pauseReason: r.pause_reason === null ? null : (JSON.parse(r.pause_reason) as PauseReason),
      counts: c,
      nextDueAt: next.at,
      waitReason: next.reason,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  }

  function taskOf(r: CampaignRow): AssistedTask | null {
    const item = sendingItem.get(r.id)
    if (!item || item.e164 === null) return null
    const sender = senders.get(r.sender_id)
    // Only the assisted channel asks the owner; the Cloud API sends by itself.
    if (sender.channel !== 'assisted') return null
    const text = item.sent_text ?? ''
    return {
      campaignId: r.id,
      itemId: item.id,
      contactId: item.contact_id,
      name: item.name,
      e164: item.e164,
      text,
      url: chatUrl(item.e164, text, sender.assistedOpener),
      claimedAt: item.claimed_at ?? 0,
    }
  }

  /** Tasks withdrawn while open (their number opted out) that the owner has not answered. */
  function withdrawnOf(r: CampaignRow): WithdrawnTask[] {
    return sendStore.withdrawnOf(r.id).map((item) => ({
      campaignId: r.id,
      itemId: item.id,
      contactId: item.contact_id,
      name: item.name,
      e164: item.e164 ?? '',
      text: item.sent_text ?? '',
      claimedAt: item.claimed_at ?? 0,
      withdrawnBecause: item.reason === 'withdrawn_opted_out' ? 'opted_out' : 'ineligible',
    }))
  }

  /** The campaign's largest list: each list is one broadcast list, held to its cap. */
  const largestList = (id: number): { name: string; n: number } | undefined =>
    listSizes
      .all(id)
      .reduce<{ name: string; n: number } | undefined>(
        (largest, list) => (largest === undefined || list.n > largest.n ? list : largest),
        undefined,
      )

  /** A text naming {{shop}} never goes out with a gap where Settings has no name. */
  const assertShopName = (text: string): void => {
    if (shopNameMissing(text, options.shopName()))
      throw new CoreError('shop_name_missing', 'The message names the shop; Settings has no name.')
  }

  const assertText = (text: string): void => {
    const issues = messageIssues({ text })
    if (issues.length > 0) {
      throw invalidInput(
        'The message has problems.',
        issues.map((issue) => ({ path: 'text', message: JSON.stringify(issue) })),
      )
    }
  }

  /**
   * Why the scheduler would not send this campaign at all (refusals.ts). Its lists count only
   * before it starts (each one a broadcast list, so the largest is measured): a started
   * campaign's queue is fixed. The start, the resume and the forecast all ask here.
   */
  function refusals(r: CampaignRow): Refusal[] {
    const listSize = r.state === 'draft' ? (largestList(r.id)?.n ?? null) : null
    return refusalsOf(senders.get(r.sender_id), listSize)
  }

  /**
   * Whether the campaign may send now: nothing refuses it (its number is not blocked…), and on
   * the Cloud API it has a token Meta has not refused and a template Meta lists as approved at
   * this moment.
   */
  async function assertCanSend(r: CampaignRow): Promise<void> {
    const sender = senders.get(r.sender_id)
    assertNoRefusal(sender, refusals(r), largestList(r.id))
    if (sender.channel !== 'cloud_api') {
      assertText(r.text)
      assertShopName(r.text)
      if (r.text.trim() === '')
        throw invalidInput('The message is empty.', [{ path: 'text', message: 'empty_text' }])
      return
    }
    const template = cloudTemplateOf(r)
    if (template === null)
      throw invalidInput('Choose a template.', [{ path: 'template', message: 'required' }])
    if (!sender.cloud?.hasToken || sender.cloud.tokenRejected) {
      throw new CoreError('needs_token', 'The Cloud API needs a (new) access token.')
    }
    await options.preflight(r.sender_id, template)
  }

  /**
   * Draft → running (or scheduled): the lists' people become the queue, list after list, each in
   * its list's order, and someone in two lists once, where they first come; those who may not be
   * messaged are recorded as skipped with the reason at once. Also used on a copy of the database
   * by the forecast.
   */
  function enqueue(r: CampaignRow): void {
    const id = r.id
    const now = clock.now()
    if (listIdsOf.all(id).length === 0)
      throw invalidInput('Choose a list.', [{ path: 'listIds', message: 'required' }])
    const seen = new Set<number>()
    const members = membersOf.all(id).filter((m) => {
      if (seen.has(m.contact_id)) return false
      seen.add(m.contact_id)
      return true
    })
    if (members.length < listMinimum) throw listTooSmall(members.length)
    db.transaction(() => {
      const insert = db.prepare(
        `INSERT OR IGNORE INTO campaign_items (campaign_id, contact_id, name, e164, position, state, reason, done_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      members.forEach((m, position) => {
        const verdict = m.e164 === null ? null : check.checkNumber(m.e164)
        if (verdict?.eligible)
          insert.run(id, m.contact_id, m.name, m.e164, position, 'planned', null, null)
        else {
          const reason = verdict === null ? 'no_number' : (verdict.reasons[0] ?? 'invalid_number')
          insert.run(id, m.contact_id, m.name, m.e164, position, 'skipped', reason, now)
        }
      })
      const state = r.start_at !== null && r.start_at > now ? 'scheduled' : 'running'
      db.prepare('UPDATE campaigns SET state = ?, updated_at = ? WHERE id = ?').run(state, now, id)
    })()
  }

  /** Paused → running (or scheduled, if its start is still ahead). */
  function reopen(r: CampaignRow): void {
    const now = clock.now()
    const state = r.start_at !== null && r.start_at > now ? 'scheduled' : 'running'
    db.prepare(
      'UPDATE campaigns SET state = ?, pause_reason = NULL, updated_at = ? WHERE id = ?',
    ).run(state, now, r.id)
  }

  return {
    list: (): Campaign[] =>
      db
        .prepare<[], CampaignRow>('SELECT * FROM campaigns ORDER BY created_at DESC, id DESC')
        .all()
        .map(toCampaign),

    get(id: number): CampaignDetail {
      const r = requireRow(id)
      return { ...toCampaign(r), task: taskOf(r), withdrawn: withdrawnOf(r) }
    },

    /** A draft whole; a started campaign's name and text only (messages already sent stay as they were). */
    save(input: CampaignInput): Campaign {
      const now = clock.now()
      senders.get(input.senderId)
      for (const listId of input.listIds) {
        if (!listExists.get(listId)) throw notFound(`There is no list ${String(listId)}.`)
      }
      assertWay(input)
      const optOutLine =
        input.optOutLine === '' ? defaultOptOutLine(input.language) : input.optOutLine
      const values = [
        input.name,
        input.text,
        input.appendOptOut ? 1 : 0,
        optOutLine,
        input.utm ? 1 : 0,
        input.utmCampaign,
        input.template === null ? null : JSON.stringify(input.template),
      ] as const
      if (input.id === undefined) {
        const id = db.transaction(() => {
          const created = Number(
            db
              .prepare(
                `INSERT INTO campaigns (name, text, append_opt_out, opt_out_line, utm, utm_campaign,
                   template, sender_id, language, start_at, way, state, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
              )
              .run(...values, input.senderId, input.language, input.startAt, input.way, now, now)
              .lastInsertRowid,
          )
          setLists(created, input.listIds)
          return created
        })()
        return toCampaign(requireRow(id))
      }
      const current = requireRow(input.id)
      if (current.state === 'draft') {
        const id = input.id
        db.transaction(() => {
          db.prepare(
            `UPDATE campaigns SET name = ?, text = ?, append_opt_out = ?, opt_out_line = ?, utm = ?,
               utm_campaign = ?, template = ?, sender_id = ?, language = ?, start_at = ?, way = ?,
               updated_at = ? WHERE id = ?`,
          ).run(...values, input.senderId, input.language, input.startAt, input.way, now, id)
          setLists(id, input.listIds)
        })()
      } else if (current.state === 'finished' || current.state === 'cancelled') {
        throw wrongState(current.state)
      } else {
        // Who a started campaign reaches is settled: its lists cannot change, nor their order.
        const listIds = listIdsOf.all(current.id)
        const sameLists =
          listIds.length === input.listIds.length &&
          listIds.every((listId, index) => input.listIds[index] === listId)
        if (input.senderId !== current.sender_id || !sameLists || input.way !== current.way) {
          throw wrongState(current.state)
        }
        if (input.template === null) assertText(input.text)
        db.prepare(
          `UPDATE campaigns SET name = ?, text = ?, append_opt_out = ?, opt_out_line = ?, utm = ?,
             utm_campaign = ?, template = ?, updated_at = ? WHERE id = ?`,
        ).run(...values, now, input.id)
      }
      return toCampaign(requireRow(input.id))
    },

    delete(id: number): { deleted: number } {
      const r = requireRow(id)
      if (!['draft', 'finished', 'cancelled'].includes(r.state)) throw wrongState(r.state)
      return { deleted: db.prepare('DELETE FROM campaigns WHERE id = ?').run(id).changes }
    },

    /** Draft → running (or scheduled), once the number and the message may send (assertCanSend). */
    async start(id: number): Promise<Campaign> {
      const before = requireRow(id)
      assertPaced(before)
      if (before.state !== 'draft') throw wrongState(before.state)
      await assertCanSend(before)
      // Read again after the check's round trip: the campaign may have changed meanwhile.
      const r = requireRow(id)
      if (r.state !== 'draft') throw wrongState(r.state)
      enqueue(r)
      options.scheduler().kick(r.sender_id, false)
      return toCampaign(requireRow(id))
    },

    /** `reason` null: the owner paused it; otherwise why Rupor did (a quit), shown on its page. */
    pause(id: number, reason: PauseReason | null = null): Campaign {
      const r = requireRow(id)
      if (r.state !== 'running' && r.state !== 'scheduled') throw wrongState(r.state)
      db.prepare(
        "UPDATE campaigns SET state = 'paused', pause_reason = ?, updated_at = ? WHERE id = ?",
      ).run(reason === null ? null : JSON.stringify(reason), clock.now(), id)
      options.scheduler().kick(r.sender_id, false)
      return toCampaign(requireRow(id))
    },

    /** Back to running, one fresh gap from now: a pause never ends in a burst. */
    async resume(id: number): Promise<Campaign> {
      const before = requireRow(id)
      assertPaced(before)
      if (before.state !== 'paused') throw wrongState(before.state)
      await assertCanSend(before)
      const r = requireRow(id)
      if (r.state !== 'paused') throw wrongState(r.state)
      reopen(r)
      options.scheduler().kick(r.sender_id, true)
      return toCampaign(requireRow(id))
    },

    /** Whoever is left is skipped as cancelled; a message being sent now can still be answered. */
    cancel(id: number): Campaign {
      const now = clock.now()
      const r = requireRow(id)
      if (r.state === 'finished' || r.state === 'cancelled') throw wrongState(r.state)
      db.transaction(() => {
        db.prepare(
          "UPDATE campaign_items SET state = 'skipped', reason = 'cancelled', done_at = ? WHERE campaign_id = ? AND state = 'planned'",
        ).run(now, id)
        db.prepare("UPDATE campaigns SET state = 'cancelled', updated_at = ? WHERE id = ?").run(
          now,
          id,
        )
      })()
      options.scheduler().kick(r.sender_id, false)
      return toCampaign(requireRow(id))
    },

    items({ id, state, offset, limit }: ItemsQuery): CampaignItemsPage {
      requireRow(id)
      const where = state ? 'AND state = ?' : ''
      const params: (string | number)[] = state ? [id, state] : [id]
      const total = (
        db
          .prepare(`SELECT count(*) AS n FROM campaign_items WHERE campaign_id = ? ${where}`)
          .get(...params) as { n: number }
      ).n
      // How far each sent message got, from its ledger row (the Cloud API reports it).
      const rows = db
        .prepare(
          `SELECT i.*, (SELECT l.delivery FROM send_ledger l WHERE l.item_id = i.id
             AND l.state <> 'not_sent' ORDER BY l.id DESC LIMIT 1) AS delivery,
             (SELECT h.until FROM marketing_holds h WHERE h.e164 = i.e164 AND h.until > ?
               AND i.state = 'planned' AND ${marketingCampaign}) AS held_until
           FROM campaign_items i WHERE campaign_id = ? ${where} ORDER BY position LIMIT ? OFFSET ?`,
        )
        .all(clock.now(), ...params, limit, offset) as (ItemRow & {
        delivery: DeliveryState | null
        held_until: number | null
      })[]
      return {
        total,
        offset,
        rows: rows.map((i) => ({
          id: i.id,
          contactId: i.contact_id,
          name: i.name,
          e164: i.e164 ?? '',
          state: i.state,
          reason: i.reason,
          delivery: i.delivery,
          doneAt: i.done_at,
          reply: i.reply,
          heldUntil: i.held_until,
        })),
      }
    },

    /** The message as the first list's first people would get it, before anything is saved. */
    preview(input: PreviewInput): MessagePreview[] {
      const [firstList] = input.listIds
      if (firstList === undefined) return []
      const members = firstMembers.all(firstList, input.limit)
      return members.map((m) => {
        const person = { contactId: m.contact_id, name: m.name, e164: m.e164 ?? '' }
        const text = input.template
          ? compose.template(input.template, person)
          : compose.text(input, person)
        return {
          contactId: m.contact_id,
          name: m.name,
          text,
          length: measureMessage(text).characters,
        }
      })
    },

    /** WhatsApp on the shop's own number with the message as its first person would get it. */
    async testSend(id: number): Promise<{ url: string }> {
      const r = requireRow(id)
      const sender = senders.get(r.sender_id)
      if (sender.channel !== 'assisted') {
        throw new CoreError(
          'wrong_state',
          'A test by link is for the assisted channel.',
          undefined,
          {
            state: sender.channel,
          },
        )
      }
      const [firstList] = listIdsOf.all(r.id)
      const first = firstList === undefined ? undefined : firstMembers.get(firstList, 1)
      assertShopName(r.text)
      const text = compose.text(templateOf(r), {
        contactId: first?.contact_id ?? null,
        name: first?.name ?? '',
        e164: sender.phone,
      })
      const url = chatUrl(sender.phone, text, sender.assistedOpener)
      await options.capabilities.openExternal(url)
      return { url }
    },

    async reopenChat(id: number): Promise<{ url: string }> {
      const r = requireRow(id)
      const task = taskOf(r)
      // A withdrawn task never opens its chat again: its number opted out.
      if (!task && withdrawnOf(r).length > 0)
        throw new CoreError('wrong_state', 'This message was withdrawn.', undefined, {
          state: 'withdrawn',
        })
      if (!task)
        throw new CoreError('wrong_state', 'Nobody is waiting to be messaged.', undefined, {
          state: 'no_task',
        })
      await options.capabilities.openExternal(task.url)
      return { url: task.url }
    },

    toCampaign,
    listIdsOf: (id: number): number[] => listIdsOf.all(id),
    taskOf,
    refusals,
    enqueue,
    reopen,
  }
}
export type CampaignsService = ReturnType<typeof createCampaignsService>

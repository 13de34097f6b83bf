import type { Database } from 'better-sqlite3'
import type {
  AssistedOutcome,
  AssistedTask,
  ItemReason,
  WaitReason,
} from '../../../shared/campaigns'
import type { PauseReason, SenderBlock } from '../../../shared/cloud-errors'
import type { ExclusionReason } from '../../../shared/eligibility'
import type { Sender } from '../../../shared/senders'
import type { RecipientCheck } from '../eligibility/recipient-check'
import { damageOf } from '../db/damage-of'
import { storageProblemOf } from '../db/storage-problem'
import { CoreError, notFound } from '../errors'
import type { Clock, TimerHandle } from '../time/clock'
import { holdMarketing, holdingCodes } from '../cloud-api/marketing-holds'
import { limitVerdict } from './limits'
import { refusalsOf } from './refusals'
import { echoFreeAt, echoToleranceMs } from './echo'
import { drawGapMs, type Random } from './pacing'
import { schedulerFailureText } from './scheduler-failure'
import { createSendStore, type CampaignRow, type ItemRow } from './send-store'
import { windowAt } from './sending-window'
import { effectiveLimits } from './effective-limits'

/**
 * A timer that fires this much later than it was set for means the computer slept (or the process
 * stalled): real timers are late by milliseconds otherwise. A fake clock's timers are exact, so
 * simulations use 0.
 */
const defaultLateAfterMs = 1000

export interface SchedulerHooks {
  /** The message as this person gets it, from the campaign's text now (edits apply to what is left). */
  compose(campaign: CampaignRow, item: ItemRow): string
  /** A claimed message goes out: the assisted channel opens WhatsApp and asks the owner. */
  /** The channel makes the chat link: the task comes without one. */
  deliver(task: ClaimedTask, sender: Sender, campaign: CampaignRow): void
  /** "Asked to stop" (assisted) or a marketing stop (Cloud API): onto the opt-out list at once. */
  optOut(e164: string, source: 'assisted_send' | 'marketing_stopped'): void
  /** Meta refused the sender's token: its connection is marked so the owner is asked for a new one. */
  tokenRejected(senderId: number): void
  changed(campaignId: number): void
  /** Something the owner should know while the app is in the background. */
  notify(kind: 'finished' | 'limit', campaign: CampaignRow, at: number | null): void
  keepAwake(on: boolean): void
}

/** A claimed message, before the channel turns it into a link to open. */
export type ClaimedTask = Omit<AssistedTask, 'url'>

/**
 * What became of a message a channel sent on its own (Cloud API). Anything but `sent` leaves the
 * ledger row not sent (Meta refused it, so it counts toward no limit), except `uncertain`.
 */
/** The `message_status` of Meta's answer to a template send (migration 0130's meta_status). */
export type MetaSendStatus = 'accepted' | 'held_for_quality_assessment' | 'paused'

export type Settlement =
  /**
   * Meta accepted it. Held for quality assessment (template or portfolio pacing): it went out,
   * but Meta may drop it and block the portfolio, so the number's campaigns pause, saying why.
   */
  | { kind: 'sent'; wamid: string; waId: string; metaStatus?: MetaSendStatus | null }
  /** This person is not messaged: the item fails with the reason. */
  | { kind: 'skip'; reason: ItemReason; code: number | null; optOut: boolean }
  /** Checked again before a try: this person may no longer be messaged; no request was made. */
  | { kind: 'not_eligible'; reason: ExclusionReason }
  /** This person later (pair rate limit); the campaign goes on with the others. */
  | { kind: 'defer'; until: number; code: number }
  /** The campaign waits for the owner; the person stays in the queue. */
  | { kind: 'pause'; reason: PauseReason }
  /** WhatsApp restricted the number: every campaign of the sender stops, the sender is blocked. */
  | { kind: 'stop_sender'; block: SenderBlock }
  /** Meta refused the token: every campaign of the sender waits for a new one. */
  | { kind: 'new_token'; reason: PauseReason }
  /** No answer, and the request may have reached Meta: the owner decides, as after a crash. */
  | { kind: 'uncertain'; reason: PauseReason }

/** How soon a claim that failed for want of disk space or write access is tried again. */
const retryAfterStorageMs = 60_000

export interface NextSend {
  at: number | null
  reason: WaitReason | null
}

/**
 * The machine that paces sending. Per sender, one message at a time: a gap drawn after each answer,
 * the sending window, and the limits over the ledger decide when; one transaction re-checks the
 * opt-out list and eligibility, the limits, and claims the item. Everything it knows is in SQLite,
 * so a restart resumes where it was — one fresh gap later, never with a burst, never twice.
 */
export function createScheduler(options: {
  db: Database
  clock: Clock
  random: Random
  check: RecipientCheck
  sender: (id: number) => Sender
  hooks: SchedulerHooks
  lateAfterMs?: number
  /** SQLite met damage in the file: it is marked damaged, which stops this scheduler. */
  damageMet?: (error: unknown) => void
}) {
  const { db, clock, random, check, hooks } = options
  const lateAfterMs = options.lateAfterMs ?? defaultLateAfterMs
  const store = createSendStore(db)
  const timers = new Map<number, { handle: TimerHandle; at: number }>()
  const planned = new Map<number, NextSend>()
  let stopped = false
  /** Holds in force (a pause waiting to be written): senders whose turn came meanwhile wait. */
  let holds = 0
  const heldBack = new Set<number>()

  const gap = (sender: Sender): number =>
    drawGapMs(random, sender.limits.gapMinSeconds, sender.limits.gapMaxSeconds)

  function arm(senderId: number, next: NextSend): void {
    timers.get(senderId)?.handle.cancel()
    timers.delete(senderId)
    const before = planned.get(senderId)
    planned.set(senderId, next)
    if (next.at === null || stopped) return
    const at = next.at
    timers.set(senderId, { at, handle: clock.setTimeout(() => tick(senderId), at - clock.now()) })
    if (before?.reason !== next.reason && (next.reason?.endsWith('_limit') ?? false)) {
      for (const campaign of store.activeCampaigns(senderId)) hooks.notify('limit', campaign, at)
    }
  }

  /** Scheduled campaigns whose time has come begin; finished ones are closed. */
  function settleStates(senderId: number, now: number): CampaignRow[] {
    const campaigns = store.activeCampaigns(senderId)
    for (const campaign of campaigns) {
      if (campaign.state === 'scheduled' && (campaign.start_at ?? 0) <= now) {
        store.setCampaignState(campaign.id, 'running', now)
        campaign.state = 'running'
        hooks.changed(campaign.id)
      }
      if (campaign.state === 'running' && store.openItems(campaign.id) === 0) {
        store.setCampaignState(campaign.id, 'finished', now)
        campaign.state = 'finished'
        hooks.changed(campaign.id)
        hooks.notify('finished', campaign, null)
      }
    }
    refreshAwake()
    return campaigns.filter((c) => c.state === 'running' || c.state === 'scheduled')
  }

  /** Decides and, when the moment has come, claims the next message of one sender. */
  function tick(senderId: number): void {
    if (stopped) return
    if (holds > 0) {
      heldBack.add(senderId)
      return
    }
    const armedFor = timers.get(senderId)?.at
    // Called outside its timer (a kick, an answer), the wait armed before is over too: left
    // running it would wake the sender again later, even once the sender is deleted.
    timers.get(senderId)?.handle.cancel()
    timers.delete(senderId)
    let next: NextSend | null
    try {
      next = decide(senderId, armedFor)
    } catch (error) {
      // A full disk or an unwritable folder fails the claim whole (one transaction): nobody is
      // marked sent and the item stays planned. Try again in a while, instead of the campaign
      // stalling until a restart (or a timer's throw taking the process down).
      if (storageProblemOf(error)) {
        console.error(error)
        next = {
          at: clock.now() + retryAfterStorageMs,
          reason: planned.get(senderId)?.reason ?? null,
        }
      } else if (damageOf(error) !== undefined) {
        // Nothing is written onto a damaged file (no internal_error pause): the file is marked
        // damaged instead, which stops sending, and the campaigns show paused, saying so.
        options.damageMet?.(error)
        next = { at: null, reason: null }
      } else next = failed(senderId, error)
    }
    if (next) arm(senderId, next)
  }

  /**
   * Anything else that goes wrong while deciding for one sender (a bug, a hook that throws) stops
   * that sender alone: its campaigns pause with a reason the owner can read, and every other
   * sender keeps going. Thrown out of a timer, it would stop the sender silently until a restart
   * or take the process down.
   */
  function failed(senderId: number, error: unknown): NextSend {
    console.error(schedulerFailureText(error))
    try {
      const now = clock.now()
      const reason: PauseReason = {
        reason: 'internal_error',
        code: null,
        message: '',
        until: null,
        at: now,
      }
      const paused = db.transaction(() => pauseAllOf(senderId, reason, now))()
      for (const campaign of paused) hooks.changed(campaign.id)
      refreshAwake()
    } catch (inner) {
      console.error(schedulerFailureText(inner))
    }
    return { at: null, reason: null }
  }

  /** When the sender's next message may go, or null once one is claimed and delivered. */
  function decide(senderId: number, armedFor: number | undefined): NextSend | null {
    const now = clock.now()
    const sender = options.sender(senderId)
    const campaigns = settleStates(senderId, now)
    if (campaigns.length === 0 || refusalsOf(sender, null).length > 0)
      return { at: null, reason: null }
    if (store.sendingOf(senderId)) return { at: null, reason: waitingOn(sender) }
    // A chat opened before a restart may still be open in WhatsApp: the next one waits until the
    // owner says what became of it, so two presses never land together. (A Cloud API uncertain
    // message pauses its own campaign instead.)
    if (sender.channel !== 'cloud_api' && store.uncertainOf(senderId)) {
      return { at: null, reason: 'uncertain' }
    }

    // Woken late (sleep, a stopped process): start again calmly, one fresh gap from now.
    if (armedFor !== undefined && now - armedFor > lateAfterMs) {
      store.setGapEndsAt(senderId, now + gap(sender))
    }
    // The clock was set back behind the last message: wait for it to pass that, plus a gap, so
    // the ledger's own order never shows two messages closer than the minimum.
    const lastSend = store.lastSendAt(senderId)
    if (lastSend !== null && now < lastSend + sender.limits.gapMinSeconds * 1000) {
      const gapEndsAt = store.gapEndsAt(senderId)
      if (gapEndsAt === null || gapEndsAt < lastSend + sender.limits.gapMinSeconds * 1000) {
        store.setGapEndsAt(senderId, lastSend + gap(sender))
      }
    }
    const gapEnds = store.gapEndsAt(senderId) ?? now
    if (gapEnds > now) return { at: gapEnds, reason: 'gap' }

    const window = windowAt(sender.window, sender.timeZone, now)
    if (!window.open) {
      // The first message of the next window comes a gap after it opens, not on the stroke.
      const calmStart = window.changesAt + gap(sender)
      store.setGapEndsAt(senderId, calmStart)
      return { at: calmStart, reason: 'window' }
    }
    // However the window was reached (a limit's wait or a start time ending at its opening, a
    // restart), its first message comes a drawn gap after it opened. Kept in next_gap_ends_at,
    // so a restart never shortens it. Long after the opening any gap has passed: nothing is drawn.
    const firstOfWindow = lastSend === null || lastSend < window.openedAt
    if (firstOfWindow && now < window.openedAt + sender.limits.gapMaxSeconds * 1000) {
      const gapEndsAt = store.gapEndsAt(senderId)
      if (gapEndsAt === null || gapEndsAt < window.openedAt + sender.limits.gapMinSeconds * 1000) {
        const calmStart = window.openedAt + gap(sender)
        store.setGapEndsAt(senderId, calmStart)
        if (calmStart > now) return { at: calmStart, reason: 'window' }
      }
    }

    const startsAt = Math.min(
      ...campaigns.map((c) => (c.state === 'scheduled' ? (c.start_at ?? now) : now)),
    )
    if (startsAt > now) return { at: startsAt, reason: 'start_time' }

    // Never exactly an hour or a day after an earlier message (to within a couple of seconds):
    // a rhythm that repeats to the second is a machine's.
    const echoFree = echoFreeAt(
      store.recentSends(senderId, now - echoToleranceMs).map((s) => s.at),
      now,
    )
    if (echoFree > now) {
      return { at: echoFree + Math.round(random() * echoToleranceMs * 5), reason: 'gap' }
    }

    const outcome = db.transaction(() => claimNext(sender, campaigns, now))()
    if (outcome.kind === 'wait') return outcome.next
    store.setGapEndsAt(senderId, null)
    planned.set(senderId, { at: null, reason: waitingOn(sender) })
    hooks.changed(outcome.campaign.id)
    hooks.deliver(outcome.task, sender, outcome.campaign)
    return null
  }

  type Claim =
    { kind: 'claimed'; task: ClaimedTask; campaign: CampaignRow } | { kind: 'wait'; next: NextSend }

  /** Inside one transaction: eligibility (skipping with the reason), limits, then the claim. */
  function claimNext(sender: Sender, campaigns: readonly CampaignRow[], now: number): Claim {
    const recent = store.recentSends(sender.id, now)
    const limits = effectiveLimits(sender, now)
    // The tier is the portfolio's: people reached by any of its numbers count against it.
    const tierRecent = limits.tierPerDay === null ? recent : store.portfolioSends(sender.id, now)
    let earliest: NextSend = { at: null, reason: null }
    for (const campaign of campaigns) {
      if (campaign.state !== 'running') continue
      for (;;) {
        const first = store.firstPlanned(campaign.id, now)
        if (!first) {
          const deferred = store.nextDeferredAt(campaign.id, now)
          if (deferred !== null && (earliest.at === null || deferred < earliest.at)) {
            earliest = { at: deferred, reason: 'deferred' }
          }
          // People Meta limited (131049) wait for their hold to end, in every campaign: one
          // that has no one else left waits for them rather than finishing without them.
          const held = store.nextHeldAt(campaign.id, now)
          if (held !== null && (earliest.at === null || held < earliest.at)) {
            earliest = { at: held, reason: 'marketing_hold' }
          }
          break
        }
        const verdict = first.e164 === null ? null : check.checkNumber(first.e164)
        if (verdict === null || !verdict.eligible) {
          const reason =
            verdict?.eligible === false ? (verdict.reasons[0] ?? 'invalid_number') : 'no_number'
          store.finishItem(first.id, 'skipped', reason, now)
          hooks.changed(campaign.id)
          continue
        }
        const firstIsNew = store.isNewChat(sender.id, first)
        // Someone the number already chats with is looked for only when the first person cannot
        // go now (the search passes over every new chat of the queue): nothing it reads changes
        // meanwhile, so the answer is the one an earlier search would give.
        const candidates = function* (): Generator<ItemRow> {
          yield first
          if (!firstIsNew) return
          const known = store.firstKnownPlanned(campaign.id, sender.id, now)
          if (known && known.id !== first.id && check.checkNumber(known.e164 ?? '').eligible) {
            yield known
          }
        }
        for (const item of candidates()) {
          const newChat = item === first ? firstIsNew : false
          const candidate = { e164: item.e164 ?? '', newChat }
          const allowed = limitVerdict(recent, candidate, limits, now, tierRecent)
          if (allowed.reason === null) {
            const text = hooks.compose(campaign, item)
            const claimed = store.claim(item, sender.id, text, newChat, now)
            if (claimed === 'opted_out') {
              // The database refused it (the number is on the opt-out list): a skip, as the check.
              store.finishItem(item.id, 'skipped', 'opted_out', now)
              hooks.changed(campaign.id)
            }
            if (claimed !== 'claimed') continue
            return {
              kind: 'claimed',
              campaign,
              task: {
                campaignId: campaign.id,
                itemId: item.id,
                contactId: item.contact_id,
                name: item.name,
                e164: item.e164 ?? '',
                text,
                claimedAt: now,
              },
            }
          }
          if (earliest.at === null || allowed.at < earliest.at) earliest = allowed
        }
        break
      }
    }
    if (earliest.at === null) {
      // Everything left was skipped: close what is done and look again a moment later.
      return { kind: 'wait', next: { at: now, reason: 'gap' } }
    }
    // When a limit frees up, a drawn gap more: not on the very millisecond an earlier message
    // leaves the hour or the day, which would repeat yesterday's times exactly.
    if (earliest.reason?.endsWith('_limit') === true) {
      return { kind: 'wait', next: { at: earliest.at + gap(sender), reason: earliest.reason } }
    }
    return { kind: 'wait', next: earliest }
  }

  function senderOfItem(itemId: number): { item: ItemRow; campaign: CampaignRow } {
    const item = store.item(itemId)
    const campaign = item ? store.campaign(item.campaign_id) : undefined
    if (!item || !campaign) throw notFound(`There is no campaign item ${String(itemId)}.`)
    return { item, campaign }
  }

  /** While a message is out: the owner is asked (assisted), or the request is on its way. */
  const waitingOn = (sender: Sender): WaitReason =>
    sender.channel === 'cloud_api' ? 'sending' : 'awaiting_owner'

  /** Inside a transaction: every running or scheduled campaign of the sender pauses, saying why. */
  function pauseAllOf(senderId: number, reason: PauseReason, now: number): CampaignRow[] {
    const stopped = store.activeCampaigns(senderId)
    for (const c of stopped) store.pauseCampaign(c.id, JSON.stringify(reason), now)
    return stopped
  }

  /**
   * Inside a transaction: the sender is blocked and each of its campaigns pauses, saying so. A
   * chat the owner was asked to send (assisted) is no task any more: whether it went out before
   * the block is uncertain until the owner says (not sent: back in the queue for after the block).
   */
  function blockAll(senderId: number, next: SenderBlock, now: number): CampaignRow[] {
    const block = store.blockSender(senderId, next, now)
    const open = store.sendingOf(senderId)
    if (open && options.sender(senderId).channel === 'assisted') {
      store.finishItem(open.id, 'uncertain', null, now)
      store.setLedgerState(open.id, 'uncertain')
    }
    const reason: PauseReason = {
      reason: 'sender_blocked',
      code: block.code,
      message: block.message,
      until: block.until,
      at: now,
    }
    return pauseAllOf(senderId, reason, now)
  }

  function applySettlement(item: ItemRow, campaign: CampaignRow, s: Settlement, now: number) {
    const touched: CampaignRow[] = []
    switch (s.kind) {
      case 'sent':
        store.ledgerAccepted(item.id, s.wamid, s.waId, now)
        store.finishItem(item.id, 'sent', null, now)
        if (s.metaStatus) store.ledgerMetaStatus(item.id, s.metaStatus)
        if (s.metaStatus === 'held_for_quality_assessment' || s.metaStatus === 'paused') {
          const held: PauseReason = {
            reason: s.metaStatus === 'paused' ? 'delivery_paused' : 'held_for_quality',
            code: null,
            message: '',
            until: null,
            at: now,
          }
          touched.push(...pauseAllOf(campaign.sender_id, held, now))
        }
        break
      case 'skip':
        store.ledgerRefused(item.id, s.code)
        store.finishItem(item.id, 'failed', s.reason, now)
        // Meta limited marketing messages to this person: no campaign of any number tries for 24 h.
        if (s.code !== null && holdingCodes.has(s.code) && item.e164 !== null) {
          holdMarketing(db, item.e164, now, s.code)
        }
        if (s.optOut && item.e164 !== null) hooks.optOut(item.e164, 'marketing_stopped')
        break
      case 'not_eligible':
        store.ledgerRefused(item.id, null)
        store.finishItem(item.id, 'skipped', s.reason, now)
        break
      case 'defer':
        store.ledgerRefused(item.id, s.code)
        store.requeue(item.id, s.until)
        break
      case 'pause':
        store.ledgerRefused(item.id, s.reason.code)
        store.requeue(item.id, null)
        store.pauseCampaign(campaign.id, JSON.stringify(s.reason), now)
        break
      case 'stop_sender':
        store.ledgerRefused(item.id, s.block.code)
        store.requeue(item.id, null)
        touched.push(...blockAll(campaign.sender_id, s.block, now))
        break
      case 'new_token':
        store.ledgerRefused(item.id, s.reason.code)
        store.requeue(item.id, null)
        hooks.tokenRejected(campaign.sender_id)
        touched.push(...pauseAllOf(campaign.sender_id, s.reason, now))
        break
      case 'uncertain':
        store.setLedgerState(item.id, 'uncertain')
        store.finishItem(item.id, 'uncertain', null, now)
        store.pauseCampaign(campaign.id, JSON.stringify(s.reason), now)
        break
    }
    return touched
  }

  const isWithdrawn = (item: ItemRow): boolean =>
    item.state === 'skipped' &&
    (item.reason === 'withdrawn_opted_out' || item.reason === 'withdrawn_ineligible')

  /**
   * The owner's word on a withdrawn task. "Sent" is what it is: the message went out after the
   * opt-out — it counts toward the limits, and the item says so instead of counting as sent.
   * Anything else: it never went out.
   */
  /** Inside a transaction: the owner's answer other than "sent"; a skip takes `skipped`'s reason. */
  function recordNotSent(
    item: ItemRow,
    outcome: Exclude<AssistedOutcome, 'sent'>,
    skipped: ItemReason,
    now: number,
  ): void {
    store.setLedgerState(item.id, 'not_sent')
    if (outcome === 'wrong_number') store.finishItem(item.id, 'failed', 'wrong_number', now)
    else if (outcome === 'asked_to_stop') {
      store.finishItem(item.id, 'skipped', 'asked_to_stop', now)
      if (item.e164 !== null) hooks.optOut(item.e164, 'assisted_send')
    } else store.finishItem(item.id, 'skipped', skipped, now)
  }

  function answerWithdrawn(
    item: ItemRow,
    campaign: CampaignRow,
    outcome: AssistedOutcome,
    now: number,
  ): void {
    db.transaction(() => {
      if (outcome === 'sent') {
        // Kept at the chat's opening, where it has counted since: other chats of the number
        // opened after the withdrawal were checked against it there, so moving it to the answer
        // could put one more in an hour they filled (docs/limits.md).
        store.setLedgerState(item.id, 'sent')
        store.finishItem(item.id, 'failed', 'sent_after_opt_out', now)
        return
      }
      const verdict = item.e164 === null ? null : check.checkNumber(item.e164)
      const fallback = item.reason === 'withdrawn_opted_out' ? 'opted_out' : 'consent_withdrawn'
      const reason = verdict?.eligible === false ? (verdict.reasons[0] ?? fallback) : fallback
      recordNotSent(item, outcome, reason, now)
    })()
    // The sender went on when the task was withdrawn: no new gap, only a fresh look at the limits.
    hooks.changed(campaign.id)
    tick(campaign.sender_id)
  }

  function afterAnswer(campaign: CampaignRow): void {
    const sender = options.sender(campaign.sender_id)
    const now = clock.now()
    // The next gap starts from the owner's answer.
    store.setGapEndsAt(sender.id, now + gap(sender))
    hooks.changed(campaign.id)
    tick(sender.id)
  }

  let awake = false
  const runningCount = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM campaigns WHERE state = 'running'",
  )
  /** Called on every tick: the statement is prepared once. */
  function refreshAwake(): void {
    const running = (runningCount.get()?.n ?? 0) > 0
    if (running !== awake) {
      awake = running
      hooks.keepAwake(running)
    }
  }

  return {
    /** At start-up: what was being sent when the app stopped is uncertain; every sender waits a fresh gap. */
    recover(): void {
      const now = clock.now()
      db.transaction(() => {
        const inFlight = db
          .prepare<[], { id: number; campaign_id: number }>(
            "SELECT id, campaign_id FROM campaign_items WHERE state = 'sending'",
          )
          .all()
        for (const item of inFlight) {
          store.finishItem(item.id, 'uncertain', null, now)
          store.setLedgerState(item.id, 'uncertain')
        }
        for (const sender of db
          .prepare<[], { id: number }>(
            "SELECT DISTINCT sender_id AS id FROM campaigns WHERE state IN ('running', 'scheduled')",
          )
          .all()) {
          const fresh = now + gap(options.sender(sender.id))
          store.setGapEndsAt(sender.id, Math.max(fresh, store.gapEndsAt(sender.id) ?? 0))
        }
      })()
      const live = db.prepare<[], { id: number }>('SELECT id FROM senders WHERE deleted_at IS NULL')
      for (const sender of live.all()) {
        tick(sender.id)
      }
    },

    /** After a campaign starts, resumes or changes: look again (a resume waits a fresh gap). */
    kick(senderId: number, freshGap: boolean): void {
      if (freshGap) {
        const now = clock.now()
        const fresh = now + gap(options.sender(senderId))
        store.setGapEndsAt(senderId, Math.max(fresh, store.gapEndsAt(senderId) ?? 0))
      }
      tick(senderId)
    },

    confirm(itemId: number, outcome: AssistedOutcome): CampaignRow {
      const now = clock.now()
      const { item, campaign } = senderOfItem(itemId)
      if (isWithdrawn(item)) {
        answerWithdrawn(item, campaign, outcome, now)
        return campaign
      }
      if (item.state !== 'sending') {
        throw new CoreError('wrong_state', 'This message was already answered.', undefined, {
          state: item.state,
        })
      }
      db.transaction(() => {
        if (outcome === 'sent') {
          store.finishItem(item.id, 'sent', null, now)
          // Counted when the owner confirms (the best estimate of the press), not when the chat
          // opened: with one open chat per number, limits checked at each opening then hold for
          // the presses (docs/limits.md).
          store.ledgerSentAt(item.id, now)
          return
        }
        recordNotSent(item, outcome, 'skipped_by_owner', now)
      })()
      afterAnswer(campaign)
      return campaign
    },

    /**
     * After the opt-out list, a contact or the consent rule changes: every assisted message still
     * open whose person may no longer be messaged is withdrawn at once (the task card says why, and
     * no chat is opened again). Its ledger row keeps counting toward the limits (uncertain) until
     * the owner says whether it had gone out — they may have pressed Send already; the sender goes
     * on after a fresh gap. The Cloud API checks before each try itself (cloud-channel.ts).
     */
    withdrawIneligible(): number {
      if (stopped) return 0
      const now = clock.now()
      const withdrawn = db.transaction(() => {
        const done: { senderId: number; campaignId: number }[] = []
        for (const item of store.sendingItems()) {
          if (options.sender(item.sender_id).channel !== 'assisted') continue
          const verdict = item.e164 === null ? null : check.checkNumber(item.e164)
          if (verdict?.eligible === true) continue
          const optedOut = verdict?.reasons.includes('opted_out') ?? false
          const reason = optedOut ? 'withdrawn_opted_out' : 'withdrawn_ineligible'
          store.finishItem(item.id, 'skipped', reason, now)
          store.setLedgerState(item.id, 'uncertain')
          done.push({ senderId: item.sender_id, campaignId: item.campaign_id })
        }
        return done
      })()
      for (const { senderId, campaignId } of withdrawn) {
        store.setGapEndsAt(senderId, now + gap(options.sender(senderId)))
        hooks.changed(campaignId)
        tick(senderId)
      }
      return withdrawn.length
    },

    /** The owner says what became of an uncertain message; it is never sent again on its own. */
    resolve(itemId: number, outcome: 'sent' | 'not_sent'): CampaignRow {
      const now = clock.now()
      const { item, campaign } = senderOfItem(itemId)
      if (item.state !== 'uncertain') {
        throw new CoreError('wrong_state', 'This message is not uncertain.', undefined, {
          state: item.state,
        })
      }
      const sender = options.sender(campaign.sender_id)
      db.transaction(() => {
        // Sent (assisted): counted from now, later than the press could have been (it came
        // before the restart) and no later than the next chat. Cloud API keeps Meta's time.
        if (outcome === 'sent' && sender.channel !== 'cloud_api') store.ledgerSentAt(item.id, now)
        else store.setLedgerState(item.id, outcome === 'sent' ? 'sent' : 'not_sent')
        if (outcome === 'sent') store.finishItem(item.id, 'sent', null, now)
        // Not sent: back in the queue, where the usual pacing and checks apply.
        else store.finishItem(item.id, 'planned', null, null)
        // The next chat comes a fresh gap after the owner's answer, as after any answer.
        store.setGapEndsAt(sender.id, Math.max(now + gap(sender), store.gapEndsAt(sender.id) ?? 0))
      })()
      hooks.changed(campaign.id)
      tick(campaign.sender_id)
      return campaign
    },

    /**
     * A channel that sends by itself (Cloud API) reports what became of a claimed message. Late
     * reports (the item was settled meanwhile, e.g. marked uncertain at a restart) change nothing.
     */
    settle(itemId: number, settlement: Settlement): void {
      const now = clock.now()
      const { item, campaign } = senderOfItem(itemId)
      if (item.state !== 'sending') return
      const touched = db.transaction(() => applySettlement(item, campaign, settlement, now))()
      for (const other of touched) if (other.id !== campaign.id) hooks.changed(other.id)
      afterAnswer(campaign)
    },

    /**
     * Meta dropped held messages (pacing, reported after the fact): every running or scheduled
     * campaign of these senders pauses with the reason, before more of their lists are lost.
     */
    pauseSenders(senderIds: readonly number[], reason: PauseReason): void {
      const now = clock.now()
      const touched = db.transaction(() =>
        [...new Set(senderIds)].flatMap((id) => pauseAllOf(id, reason, now)),
      )()
      for (const campaign of touched) hooks.changed(campaign.id)
      refreshAwake()
      for (const id of new Set(senderIds)) tick(id)
    },

    /**
     * A message failed after the fact for a reason in the message itself (e.g. 131053, the media
     * Meta could not use): the campaign pauses, saying why, before the rest of its list fails too.
     */
    pauseCampaign(campaignId: number, reason: PauseReason): void {
      const now = clock.now()
      const campaign = store.campaign(campaignId)
      if (!campaign || !store.pauseCampaign(campaignId, JSON.stringify(reason), now)) return
      hooks.changed(campaignId)
      refreshAwake()
      tick(campaign.sender_id)
    },

    /** WhatsApp restricted the number (reported after the fact): it stops as a refused send would. */
    blockSender(senderId: number, block: SenderBlock): void {
      const now = clock.now()
      const touched = db.transaction(() => blockAll(senderId, block, now))()
      for (const campaign of touched) hooks.changed(campaign.id)
      tick(senderId)
    },

    /** The task being asked about now, for a page opened after the event. */
    currentTask(senderId: number): ItemRow | undefined {
      return store.sendingOf(senderId)
    },

    next: (senderId: number): NextSend => planned.get(senderId) ?? { at: null, reason: null },

    /** The sender was deleted (it has no campaigns): a wait armed for it is dropped, not woken. */
    forget(senderId: number): void {
      timers.get(senderId)?.handle.cancel()
      timers.delete(senderId)
      planned.delete(senderId)
    },

    /**
     * Nothing is claimed from now until the returned release (a pause that is written later, once
     * an import's apply lets it): senders whose turn came meanwhile decide again then.
     */
    hold(): () => void {
      holds += 1
      let released = false
      return () => {
        if (released) return
        released = true
        holds -= 1
        if (holds > 0) return
        const waiting = [...heldBack]
        heldBack.clear()
        for (const senderId of waiting) tick(senderId)
      }
    },

    stop(): void {
      stopped = true
      for (const { handle } of timers.values()) handle.cancel()
      timers.clear()
      if (awake) hooks.keepAwake(false)
      awake = false
    },
  }
}
export type Scheduler = ReturnType<typeof createScheduler>

import Sqlite, { type Database } from 'better-sqlite3'
import { DateTime } from 'luxon'
import type { CloudConnection } from '../../../shared/cloud-api'
import type { Forecast, ParsedRiskDraft, Refusal } from '../../../shared/risk'
import type { CountryCode } from '../../../shared/settings'
import type { Capabilities } from '../capabilities'
import { createCampaignsService } from '../campaigns/campaigns-service'
import { createComposer } from '../campaigns/compose-message'
import type { SendPolicy } from '../eligibility/eligibility'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { readPhoneList } from '../phone-lists/phone-list-state'
import { reachableSavedNumbers } from '../eligibility/list-message-reach'
import { CoreError, notFound } from '../errors'
import { seededRandom, type Random } from '../scheduler/pacing'
import { refusalsOf } from '../scheduler/refusals'
import { createScheduler, type Scheduler } from '../scheduler/scheduler'
import type { CampaignRow } from '../scheduler/send-store'
import { createSendersService } from '../senders/senders-service'
import type { Clock } from '../time/clock'
import { FakeClock } from '../time/fake-clock'
import { forecastCopy, type ForecastScope } from './forecast-copy'
import { forecastDays } from './forecast-days'

const dayMs = 24 * 60 * 60 * 1000
export const defaultHorizonDays = 60
/** The same figure for the same state: a forecast does not jitter as the composer refreshes it. */
const forecastSeed = 0x5eed
/**
 * The longest stretch of simulation between two yields to the core's thread: the composer asks
 * for a forecast every minute, and the UI's other calls are answered in between. The copy is the
 * forecast's own, so what happens meanwhile in the book changes nothing the simulation reads.
 */
const defaultSliceMs = 20
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** What to forecast: a draft as the composer has it, a saved campaign, or all of a number's. */
export type ForecastTarget =
  | { kind: 'draft'; draft: ParsedRiskDraft }
  | { kind: 'campaign'; id: number }
  | { kind: 'sender'; id: number }

/**
 * When a campaign would finish at the current settings: the real scheduler, campaign service and
 * eligibility check run on an in-memory copy of the database with a simulated clock, the owner
 * answering each message at once (assisted) and Meta accepting each (Cloud API). Whatever the
 * scheduler does — gaps, windows, limits, warm-up, other campaigns of the number taking turns —
 * the forecast does too, because it is the same code.
 */
export function createForecaster(options: {
  db: Database
  clock: Clock
  policy: () => SendPolicy
  defaultCountry: () => CountryCode
  cloudOf: (senderId: number) => CloudConnection | null
  capabilities: Capabilities
  /** The shop's name in Settings, for {{shop}}. */
  shopName: () => string
  /** A fresh generator for each forecast. */
  random?: () => Random
  horizonDays?: number
  /**
   * What the simulation runs on: the part of the book it reads (forecast-copy.ts), or a copy of
   * the whole file — slower (about 0.5 s on 100 000 contacts), kept as the reference the
   * property test compares with.
   */
  copy?: 'scope' | 'whole'
  /** The longest stretch of simulation between yields (tests: 0 yields after every step). */
  sliceMs?: number
}) {
  const horizonDays = options.horizonDays ?? defaultHorizonDays
  const sliceMs = options.sliceMs ?? defaultSliceMs
  const freshRandom = options.random ?? (() => seededRandom(forecastSeed))

  function simulation(now: number, scope: ForecastScope) {
    const db =
      options.copy === 'whole'
        ? new Sqlite(inMemoryCopy(options.db))
        : forecastCopy(options.db, scope, now)
    const clock = new FakeClock(now)
    const senders = createSendersService({
      db,
      clock,
      defaultCountry: options.defaultCountry,
      cloudOf: options.cloudOf,
    })
    const check = createRecipientCheck(db, options.policy, options.defaultCountry)
    const compose = createComposer(db, options.shopName)
    const scheduler: Scheduler = createScheduler({
      db,
      clock,
      random: freshRandom(),
      check,
      sender: (id) => senders.get(id),
      hooks: {
        compose: () => '',
        // The message goes out and is answered at once, as a prompt owner or Meta would.
        deliver: (task, sender) =>
          clock.setTimeout(() => {
            answer(task.itemId, sender.channel)
          }, 0),
        optOut: () => undefined,
        tokenRejected: () => undefined,
        changed: () => undefined,
        notify: () => undefined,
        keepAwake: () => undefined,
      },
    })
    const answer = (itemId: number, channel: string): void => {
      if (channel === 'cloud_api') {
        scheduler.settle(itemId, { kind: 'sent', wamid: `forecast:${String(itemId)}`, waId: '' })
      } else scheduler.confirm(itemId, 'sent')
    }
    const campaigns = createCampaignsService({
      db,
      clock,
      senders,
      check,
      scheduler: () => scheduler,
      compose,
      capabilities: options.capabilities,
      preflight: () => Promise.resolve(),
      shopName: options.shopName,
    })
    const row = (id: number) =>
      db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?').get(id)
    return { db, clock, senders, scheduler, campaigns, row, answer }
  }
  type Simulation = ReturnType<typeof simulation>

  /** The sender, campaigns and lists a forecast of `target` reads, from the book as it is. */
  function scopeOf(target: ForecastTarget): ForecastScope {
    switch (target.kind) {
      case 'sender':
        return { senderId: target.id, campaignIds: [], listIds: [] }
      case 'draft':
        return {
          senderId: target.draft.senderId,
          campaignIds: target.draft.id === undefined ? [] : [target.draft.id],
          listIds: target.draft.listIds,
        }
      case 'campaign': {
        const owner = options.db
          .prepare<[number], number>('SELECT sender_id FROM campaigns WHERE id = ?')
          .pluck()
          .get(target.id)
        // No such campaign: the copy has none either, and says so as the book would.
        return { senderId: owner ?? 0, campaignIds: [target.id], listIds: [] }
      }
    }
  }

  /**
   * The campaigns to watch on the copy, and why nothing would be sent, if so: the same refusals
   * (refusals.ts) the start and the resume ask. A draft is saved on the copy first.
   */
  function targetOf(
    sim: Simulation,
    target: ForecastTarget,
  ): { senderId: number; campaign: CampaignRow | null; refusals: Refusal[] } {
    if (target.kind === 'sender') {
      return {
        senderId: target.id,
        campaign: null,
        refusals: refusalsOf(sim.senders.get(target.id), null),
      }
    }
    const id = target.kind === 'campaign' ? target.id : saveDraft(sim, target.draft)
    const campaign = sim.row(id)
    if (!campaign) throw notFound(`There is no campaign ${String(id)}.`)
    return { senderId: campaign.sender_id, campaign, refusals: sim.campaigns.refusals(campaign) }
  }

  /**
   * The composer's form saved on the copy, as its Save would: a new campaign, or the edit of a
   * saved one (a started one keeps its queue and takes the new text). One that is over is left
   * as it is: nothing more goes out.
   */
  function saveDraft(sim: Simulation, draft: ParsedRiskDraft): number {
    const saved = draft.id === undefined ? undefined : sim.row(draft.id)
    if (saved?.state === 'finished' || saved?.state === 'cancelled') return saved.id
    return sim.campaigns.save({ ...draft, name: saved?.name ?? 'forecast' }).id
  }

  /** Puts the campaign in motion on the copy, as a start or a resume would. */
  function setUp(sim: Simulation, campaign: CampaignRow): { freshGap: boolean } {
    if (campaign.state === 'draft') sim.campaigns.enqueue(campaign)
    // A resume waits a fresh gap, as the real one does.
    else if (campaign.state === 'paused') sim.campaigns.reopen(campaign)
    return { freshGap: campaign.state === 'paused' }
  }

  /** The running and scheduled campaigns of a number, all of which its forecast waits for. */
  const activeOf = (sim: Simulation, senderId: number): number[] =>
    sim.db
      .prepare<[number], { id: number }>(
        "SELECT id FROM campaigns WHERE sender_id = ? AND state IN ('running', 'scheduled')",
      )
      .all(senderId)
      .map((r) => r.id)

  /**
   * A phone broadcast is not paced: everyone it reaches (may be messaged and saved the number)
   * gets it at once, when the owner sends it from the phone. A recorded one has nothing left.
   */
  function phoneBroadcastOf(target: ForecastTarget): Forecast | null {
    if (target.kind === 'sender') return null
    let senderId: number
    let listIds: readonly number[]
    if (target.kind === 'draft') {
      if (target.draft.way !== 'phone_broadcast') return null
      const saved =
        target.draft.id === undefined
          ? undefined
          : options.db
              .prepare<[number], { state: string }>('SELECT state FROM campaigns WHERE id = ?')
              .get(target.draft.id)
      if (saved !== undefined && saved.state !== 'draft') return { ...empty([]), atOnce: true }
      senderId = target.draft.senderId
      listIds = target.draft.listIds
    } else {
      const r = options.db
        .prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?')
        .get(target.id)
      if (r?.way !== 'phone_broadcast') return null
      if (r.state !== 'draft') return { ...empty([]), atOnce: true }
      senderId = r.sender_id
      listIds = options.db
        .prepare<[number], number>('SELECT list_id FROM campaign_lists WHERE campaign_id = ?')
        .pluck()
        .all(r.id)
    }
    const senders = createSendersService({
      db: options.db,
      clock: options.clock,
      defaultCountry: options.defaultCountry,
      cloudOf: options.cloudOf,
    })
    const refusals = refusalsOf(senders.get(senderId), null)
    if (refusals.length > 0) return { ...empty(refusals), atOnce: true }
    const check = createRecipientCheck(options.db, options.policy, options.defaultCountry)
    const people = options.db.prepare<[number], { id: number; e164: string | null; saved: string }>(
      `SELECT c.id, c.primary_phone AS e164, c.saved_number AS saved FROM list_members m
       JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ?`,
    )
    const reached = new Set<string>()
    for (const listId of listIds) {
      // On the phone: the phone sends to who is on its list, which the recording writes.
      const phoneList = readPhoneList(options.db, listId)
      if (phoneList !== null) {
        const off = new Set(phoneList.toRemove.map((m) => m.e164))
        for (const m of phoneList.onPhone) if (!off.has(m.e164)) reached.add(m.e164)
        continue
      }
      for (const p of people.all(listId)) {
        if (p.e164 === null || !reachableSavedNumbers.some((s) => s === p.saved)) continue
        if (check.checkNumber(p.e164).eligible) reached.add(p.e164)
      }
    }
    return { ...empty([]), messages: reached.size, atOnce: true }
  }

  /**
   * Forecasts under way, by target and the book's state when each started: a request for the
   * same target shares the one running only if nothing was written since, so an answer never
   * predates a change the window asks about (a number's limits saved while one ran).
   */
  const running = new Map<string, Promise<Forecast>>()
  // Rows written on the core's connection (every call's write, the scheduler's sends, triggers
  // included), and commits by other connections (the import's worker): any write moves one.
  const changes = options.db.prepare<[], number>('SELECT total_changes()').pluck()
  const bookState = (): [number, number] => [
    changes.get() ?? 0,
    Number(options.db.pragma('data_version', { simple: true })),
  ]

  return {
    /**
     * The forecast of `target`. The simulation yields to the core's thread every few milliseconds;
     * a second request for the same target while one runs gets its answer (the composer refreshes
     * every minute, and a slow machine must not pile them up).
     */
    forecast(target: ForecastTarget): Promise<Forecast> {
      const key = JSON.stringify([target, ...bookState()])
      const already = running.get(key)
      if (already) return already
      const answer = forecastNow(target).finally(() => running.delete(key))
      running.set(key, answer)
      return answer
    },
  }

  async function forecastNow(target: ForecastTarget): Promise<Forecast> {
    const phoneBroadcast = phoneBroadcastOf(target)
    if (phoneBroadcast !== null) return phoneBroadcast
    const now = options.clock.now()
    let sim: Simulation | undefined
    try {
      sim = simulation(now, scopeOf(target))
      const { senderId, campaign, refusals } = targetOf(sim, target)
      if (refusals.length > 0) return empty(refusals)
      // A draft without a list has nobody yet (a started campaign keeps its queue without one).
      if (campaign?.state === 'draft' && sim.campaigns.listIdsOf(campaign.id).length === 0)
        return empty([])
      const { freshGap } = campaign === null ? { freshGap: false } : setUp(sim, campaign)
      const ids = campaign === null ? activeOf(sim, senderId) : [campaign.id]
      const sender = sim.senders.get(senderId)
      return await run(sim, { senderId, ids, freshGap, timeZone: sender.timeZone, now })
    } catch (error) {
      // A draft without enough people has nothing to forecast; anything else is a real error.
      if (error instanceof CoreError && error.code === 'list_too_small') return empty([])
      throw error
    } finally {
      // The copy is closed whatever happened: a forecast leaves nothing behind.
      sim?.scheduler.stop()
      sim?.db.close()
    }
  }

  function empty(refusals: Forecast['refusals']): Forecast {
    return {
      messages: 0,
      firstAt: null,
      finishesAt: null,
      days: 0,
      perDay: [],
      horizonDays,
      beyondHorizon: false,
      refusals,
      atOnce: false,
    }
  }

  async function run(
    sim: Simulation,
    target: { senderId: number; ids: number[]; freshGap: boolean; timeZone: string; now: number },
  ): Promise<Forecast> {
    const { senderId, ids, timeZone, now } = target
    if (ids.length === 0) return empty([])
    const marks = ids.map(() => '?').join(', ')
    const open = sim.db.prepare<number[], { n: number }>(
      `SELECT count(*) AS n FROM campaign_items
       WHERE campaign_id IN (${marks}) AND state IN ('planned', 'sending')`,
    )
    // The ledger so far: what the run adds after it is what would go out.
    const ledgerBefore =
      sim.db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM send_ledger').get()
        ?.id ?? 0
    // Whoever the owner is being asked about now is answered first, as they would be.
    const asked = sim.scheduler.currentTask(senderId)
    if (asked) {
      const channel = sim.senders.get(senderId).channel
      sim.clock.setTimeout(() => {
        sim.answer(asked.id, channel)
      }, 0)
    }
    // A message left uncertain by a restart holds the number's next chat until the owner settles
    // it (assisted): the prompt owner of the forecast settles it at once, as sent.
    if (sim.senders.get(senderId).channel !== 'cloud_api') {
      const uncertain = sim.db.prepare<[number], { id: number }>(
        `SELECT i.id FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
         WHERE c.sender_id = ? AND i.state = 'uncertain'`,
      )
      for (const { id } of uncertain.all(senderId)) sim.scheduler.resolve(id, 'sent')
    }
    sim.scheduler.kick(senderId, target.freshGap)
    const end = now + horizonDays * dayMs
    let sliceStart = performance.now()
    for (;;) {
      if ((open.get(...ids)?.n ?? 0) === 0) break
      const next = sim.clock.nextTimerAt()
      if (next === null || next > end) break
      sim.clock.advance(next - sim.clock.now())
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToOthers()
        sliceStart = performance.now()
      }
    }
    const left = open.get(...ids)?.n ?? 0
    const done = left === 0
    // The person asked before the forecast began is answered at once: their message goes now.
    const sends = sim.db
      .prepare<number[], { at: number }>(
        `SELECT max(at, ?) AS at FROM send_ledger WHERE campaign_id IN (${marks}) AND state = 'sent'
           AND (id > ? OR item_id = ?) ORDER BY at`,
      )
      .all(now, ...ids, ledgerBefore, asked?.id ?? -1)
      .map((r) => r.at)
    // What went out, and what is still open at the horizon; people skipped on the way (opted out
    // meanwhile) are not messages.
    const messages = sends.length + left
    const firstAt = sends[0] ?? null
    const lastAt = sends.at(-1) ?? null
    return {
      messages,
      firstAt,
      finishesAt: done ? lastAt : null,
      days: firstAt === null || lastAt === null ? 0 : daysSpanned(firstAt, lastAt, timeZone),
      perDay: forecastDays(sends, timeZone),
      horizonDays,
      beyondHorizon: !done,
      refusals: [],
      atOnce: false,
    }
  }
}
export type Forecaster = ReturnType<typeof createForecaster>

/**
 * The database's bytes as an in-memory database. A file in WAL mode says so in its header (bytes
 * 18–19 = 2), and an in-memory database cannot open in WAL mode: the copy is marked as a
 * rollback-journal file (1), which is what it is.
 */
function inMemoryCopy(db: Database): Buffer {
  const bytes = db.serialize()
  bytes[18] = 1
  bytes[19] = 1
  return bytes
}

/** Calendar days from the first to the last, both counted, in the sender's time zone. */
function daysSpanned(first: number, last: number, timeZone: string): number {
  const a = DateTime.fromMillis(first, { zone: timeZone }).startOf('day')
  const b = DateTime.fromMillis(last, { zone: timeZone }).startOf('day')
  return Math.round(b.diff(a, 'days').days) + 1
}

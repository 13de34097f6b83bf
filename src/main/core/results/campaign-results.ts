import type { Database } from 'better-sqlite3'
import { DateTime } from 'luxon'
import type {
  CampaignResults,
  ChannelCount,
  HourOfSending,
  ReasonCount,
  SenderTotals,
} from '../../../shared/campaign-results'
import type {
  CampaignCounts,
  CampaignWay,
  ItemReason,
  ItemState,
  SendChannel,
} from '../../../shared/campaigns'
import type { DownloadFile } from '../../../shared/contacts'
import type { Language } from '../../../shared/settings'
import { downloadName } from '../download-name'
import { notFound } from '../errors'
import { csvText } from '../export/csv-writer'
import type { SendersService } from '../senders/senders-service'
import type { Clock } from '../time/clock'

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

/** What a campaign achieved and what a number sent: read from the queue and the ledger. */
export function createResultsService(options: {
  db: Database
  clock: Clock
  senders: SendersService
  counts: (campaignId: number) => CampaignCounts
}) {
  const { db, clock, senders } = options
  const campaign = db.prepare<
    [number],
    { id: number; name: string; sender_id: number; way: CampaignWay }
  >('SELECT id, name, sender_id, way FROM campaigns WHERE id = ?')
  const byChannel = db.prepare<[number], { channel: SendChannel | null; count: number }>(
    `SELECT channel, count(*) AS count FROM send_ledger
     WHERE campaign_id = ? AND state IN ('sent', 'uncertain')
     GROUP BY channel ORDER BY count DESC, channel`,
  )
  const replies = db.prepare<
    [number],
    { replied: number | null; asked_to_stop: number | null; wrong_number: number | null }
  >(
    `SELECT sum(reply = 'replied') AS replied, sum(reply = 'asked_to_stop') AS asked_to_stop,
       sum(reply = 'wrong_number') AS wrong_number FROM campaign_items WHERE campaign_id = ?`,
  )
  const byReason = db.prepare<[number, ItemState], { reason: ItemReason | null; count: number }>(
    `SELECT reason, count(*) AS count FROM campaign_items WHERE campaign_id = ? AND state = ?
     GROUP BY reason ORDER BY count DESC, reason`,
  )
  const sendTimes = db.prepare<[number], { at: number }>(
    `SELECT at FROM send_ledger WHERE campaign_id = ? AND state IN ('sent', 'uncertain') ORDER BY at`,
  )
  // Its people who went onto the opt-out list at or after the campaign's first message to them
  // (one item per number in a campaign, so each is counted once).
  const optedOutDuring = db.prepare<[{ campaign: number; sender: number }], { n: number }>(
    `SELECT count(*) AS n FROM campaign_items i JOIN opt_outs o ON o.e164 = i.e164
     WHERE i.campaign_id = @campaign AND EXISTS (SELECT 1 FROM send_ledger l
       WHERE l.sender_id = @sender AND l.e164 = i.e164 AND l.campaign_id = @campaign
         AND l.at <= o.created_at)`,
  )
  const items = db.prepare<
    [number, string | null, string | null],
    {
      name: string
      e164: string | null
      state: ItemState
      reason: ItemReason | null
      done_at: number | null
      delivery: string | null
      channel: string | null
      reply: string | null
    }
  >(
    `SELECT i.name, i.e164, i.state, i.reason, i.done_at, i.reply,
       (SELECT l.delivery FROM send_ledger l WHERE l.item_id = i.id AND l.state <> 'not_sent'
        ORDER BY l.id DESC LIMIT 1) AS delivery,
       (SELECT l.channel FROM send_ledger l WHERE l.item_id = i.id AND l.state <> 'not_sent'
        ORDER BY l.id DESC LIMIT 1) AS channel
     FROM campaign_items i WHERE i.campaign_id = ? AND (? IS NULL OR i.state = ?)
     ORDER BY i.position`,
  )
  const totals = db.prepare<
    [number, number],
    {
      sent: number | null
      delivered: number | null
      read: number | null
      new_chats: number | null
      campaigns: number
    }
  >(
    `SELECT sum(state IN ('sent', 'uncertain')) AS sent,
       sum(state = 'sent' AND delivery IN ('delivered', 'read')) AS delivered,
       sum(state = 'sent' AND delivery = 'read') AS read,
       sum(state IN ('sent', 'uncertain') AND new_chat = 1) AS new_chats,
       count(DISTINCT CASE WHEN state IN ('sent', 'uncertain') THEN campaign_id END) AS campaigns
     FROM send_ledger WHERE sender_id = ? AND at > ?`,
  )
  const itemTotals = db.prepare<
    [number, number],
    { failed: number | null; skipped: number | null }
  >(
    `SELECT sum(i.state = 'failed') AS failed, sum(i.state = 'skipped') AS skipped
     FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
     WHERE c.sender_id = ? AND i.state IN ('failed', 'skipped') AND i.done_at > ?`,
  )
  const optedOutAfter = db.prepare<[{ sender: number; since: number }], { n: number }>(
    `SELECT count(DISTINCT o.e164) AS n FROM opt_outs o WHERE o.created_at > @since
       AND EXISTS (SELECT 1 FROM send_ledger l WHERE l.sender_id = @sender AND l.e164 = o.e164
         AND l.at <= o.created_at)`,
  )

  const requireCampaign = (id: number) => {
    const found = campaign.get(id)
    if (!found) throw notFound(`There is no campaign ${String(id)}.`)
    return found
  }

  const reasons = (id: number, state: ItemState): ReasonCount[] =>
    byReason
      .all(id, state)
      .filter((r): r is { reason: ItemReason; count: number } => r.reason !== null)

  return {
    campaign(id: number): CampaignResults {
      const c = requireCampaign(id)
      const sender = senders.get(c.sender_id)
      const times = sendTimes.all(id).map((r) => r.at)
      const replied = replies.get(id)
      return {
        campaignId: id,
        way: c.way,
        counts: options.counts(id),
        channels: byChannel.all(id).filter((r): r is ChannelCount => r.channel !== null),
        replies: {
          replied: replied?.replied ?? 0,
          askedToStop: replied?.asked_to_stop ?? 0,
          wrongNumber: replied?.wrong_number ?? 0,
        },
        failedBy: reasons(id, 'failed'),
        skippedBy: reasons(id, 'skipped'),
        optedOutDuring: optedOutDuring.get({ campaign: id, sender: c.sender_id })?.n ?? 0,
        hours: hoursOf(times, sender.timeZone),
        perHourLimit: sender.limits.perHour,
        timeZone: sender.timeZone,
      }
    },

    /** The number's last 7 and 30 days. */
    senderTotals(senderId: number): SenderTotals[] {
      senders.get(senderId)
      const now = clock.now()
      return ([7, 30] as const).map((days) => {
        const since = now - days * dayMs
        const ledger = totals.get(senderId, since)
        const done = itemTotals.get(senderId, since)
        return {
          days,
          sent: ledger?.sent ?? 0,
          delivered: ledger?.delivered ?? 0,
          read: ledger?.read ?? 0,
          failed: done?.failed ?? 0,
          skipped: done?.skipped ?? 0,
          optedOut: optedOutAfter.get({ sender: senderId, since })?.n ?? 0,
          newChats: ledger?.new_chats ?? 0,
          campaigns: ledger?.campaigns ?? 0,
        }
      })
    },

    /** Every recipient's outcome (or those in one state), for a spreadsheet (csv-writer.ts). */
    itemsCsv(id: number, state: ItemState | undefined, language: Language): DownloadFile {
      const c = requireCampaign(id)
      const timeZone = senders.get(c.sender_id).timeZone
      const rows: string[][] = []
      for (const item of items.all(id, state ?? null, state ?? null)) {
        rows.push([
          item.name,
          item.e164 ?? '',
          item.state,
          item.reason ?? '',
          item.delivery ?? '',
          item.done_at === null
            ? ''
            : DateTime.fromMillis(item.done_at, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss'),
          item.channel ?? '',
          item.reply ?? '',
        ])
      }
      return {
        fileName: `${downloadName(c.name, 'campaign')}${state ? ` (${state})` : ''}.csv`,
        mimeType: 'text/csv',
        content: csvText(
          ['Name', 'Phone', 'State', 'Reason', 'Delivery', 'Done at', 'Channel', 'Reply'],
          rows,
          language,
        ),
      }
    },
  }
}
export type ResultsService = ReturnType<typeof createResultsService>

/**
 * Messages per hour (in the sender's zone), every hour from the first to the last included. The
 * hours are the zone's own wall-clock hours, so one may be short: where the clock jumps by half an
 * hour (Lord Howe Island) the hour it jumps in has only its other half, and no message is lost.
 */
export function hoursOf(times: readonly number[], timeZone: string): HourOfSending[] {
  const counts = new Map<number, number>()
  for (const at of times) {
    const hour = DateTime.fromMillis(at, { zone: timeZone }).startOf('hour').toMillis()
    counts.set(hour, (counts.get(hour) ?? 0) + 1)
  }
  const starts = [...counts.keys()].sort((a, b) => a - b)
  const hours: HourOfSending[] = []
  let cumulative = 0
  starts.forEach((start, i) => {
    const sends = counts.get(start) ?? 0
    cumulative += sends
    hours.push({ at: start, sends, cumulative })
    // The empty hours up to the next one with a message.
    const next = starts[i + 1] ?? start
    for (let hour = start + hourMs; hour < next; hour += hourMs) {
      hours.push({ at: hour, sends: 0, cumulative })
    }
  })
  return hours
}

// The `replies` table: every message a person wrote to a Cloud API number, with what Rupor made of
// it and the owner's decision on a likely stop.
import type { Database } from 'better-sqlite3'
import type { ReplyReading } from './read-reply'

export interface NewReply {
  senderId: number
  wamid: string
  e164: string
  text: string
  at: number
  /** Meta's id of the message this one answers (`context.id`), if any. */
  quotedWamid: string | null
  reading: ReplyReading
}

export interface ReplyRow {
  id: number
  sender_id: number
  wamid: string
  e164: string
  text: string
  at: number
  campaign_id: number | null
  reading: ReplyReading
  review: 'opt_out' | 'not_opt_out' | null
  reviewed_at: number | null
}

/**
 * How long after a campaign message a reply that quotes nothing is still taken as answering it.
 * Later, a plain «Стоп» or "are you open Sunday?" is about the shop, not that campaign: it is kept
 * on the person's card under no campaign.
 */
export const replyWindowMs = 72 * 60 * 60 * 1000

export function createReplyStore(db: Database) {
  const quoted = db.prepare<[number, string], { campaign_id: number | null }>(
    'SELECT campaign_id FROM send_ledger WHERE sender_id = ? AND wamid = ?',
  )
  // The last campaign message this number sent to them in the window before they wrote.
  const lastSent = db.prepare<[number, string, number, number], { campaign_id: number }>(
    `SELECT campaign_id FROM send_ledger
     WHERE sender_id = ? AND e164 = ? AND at <= ? AND at >= ? AND campaign_id IS NOT NULL
       AND state IN ('sent', 'uncertain')
     ORDER BY at DESC, id DESC LIMIT 1`,
  )
  const insert = db.prepare<
    [
      {
        senderId: number
        wamid: string
        e164: string
        text: string
        at: number
        campaignId: number | null
        reading: ReplyReading
      },
    ]
  >(
    `INSERT INTO replies (sender_id, wamid, e164, text, at, campaign_id, reading)
     VALUES (@senderId, @wamid, @e164, @text, @at, @campaignId, @reading)
     ON CONFLICT (wamid) DO NOTHING`,
  )
  const byId = db.prepare<[number], ReplyRow>('SELECT * FROM replies WHERE id = ?')
  const setReview = db.prepare<[{ id: number; review: string; at: number }]>(
    'UPDATE replies SET review = @review, reviewed_at = @at WHERE id = @id',
  )

  /**
   * The campaign a reply answers: the one whose message it quotes, else the last one sent to them
   * within `replyWindowMs` before they wrote, else none.
   */
  function campaignOf(reply: NewReply): number | null {
    if (reply.quotedWamid !== null) {
      const row = quoted.get(reply.senderId, reply.quotedWamid)
      if (row) return row.campaign_id
    }
    const since = reply.at - replyWindowMs
    return lastSent.get(reply.senderId, reply.e164, reply.at, since)?.campaign_id ?? null
  }

  return {
    /** Keeps a reply once (by Meta's id): false when it was already kept. */
    add(reply: NewReply): boolean {
      const { quotedWamid: _quoted, ...row } = reply
      return insert.run({ ...row, campaignId: campaignOf(reply) }).changes > 0
    },
    get: (id: number): ReplyRow | undefined => byId.get(id),
    review(id: number, review: 'opt_out' | 'not_opt_out', at: number): void {
      setReview.run({ id, review, at })
    },
  }
}

export type ReplyStore = ReturnType<typeof createReplyStore>

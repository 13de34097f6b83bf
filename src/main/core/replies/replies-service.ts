// What people wrote, for the owner: every reply of a person (their card) and of a campaign (its
// page), the likely stops waiting for a decision ("replies to review"), and the decision itself.
import type { Database } from 'better-sqlite3'
import type { Reply, ReplyDecision } from '../../../shared/replies'
import { CoreError, notFound } from '../errors'
import type { Clock } from '../time/clock'
import { createReplyStore, type ReplyRow } from './reply-store'

interface ReplyViewRow extends ReplyRow {
  sender_label: string
  campaign_name: string | null
  contact_id: number | null
  contact_name: string | null
}

const viewSql = `
  SELECT r.*, s.label AS sender_label, c.name AS campaign_name,
    k.id AS contact_id, k.name AS contact_name
  FROM replies r
  JOIN senders s ON s.id = r.sender_id
  LEFT JOIN campaigns c ON c.id = r.campaign_id
  LEFT JOIN contact_phones p ON p.e164 = r.e164
  LEFT JOIN contacts k ON k.id = p.contact_id`

/** Enough for any card or page; the newest first. */
const shownAtMost = 500
/** An opt-out's note holds the reply, within the note's length. */
const noteLength = 500

const toReply = (row: ReplyViewRow): Reply => ({
  id: row.id,
  senderId: row.sender_id,
  senderLabel: row.sender_label,
  e164: row.e164,
  text: row.text,
  at: row.at,
  campaignId: row.campaign_id,
  campaignName: row.campaign_name,
  contactId: row.contact_id,
  contactName: row.contact_name,
  reading: row.reading,
  review: row.review,
  reviewedAt: row.reviewed_at,
})

export function createRepliesService(options: {
  db: Database
  clock: Clock
  /** Puts the number on the opt-out list (source reply_keyword) with the note. */
  optOut: (e164: string, note: string) => void
}) {
  const { db, clock } = options
  const store = createReplyStore(db)
  const ofContact = db.prepare<[number, number], ReplyViewRow>(
    `${viewSql} WHERE r.e164 IN (SELECT e164 FROM contact_phones WHERE contact_id = ?)
     ORDER BY r.at DESC, r.id DESC LIMIT ?`,
  )
  const ofCampaign = db.prepare<[number, number], ReplyViewRow>(
    `${viewSql} WHERE r.campaign_id = ? ORDER BY r.at DESC, r.id DESC LIMIT ?`,
  )
  const toReview = db.prepare<[number], ReplyViewRow>(
    `${viewSql} WHERE r.reading = 'maybe_stop' AND r.review IS NULL
     ORDER BY r.at ASC, r.id ASC LIMIT ?`,
  )
  const waiting = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM replies WHERE reading = 'maybe_stop' AND review IS NULL",
  )
  const one = db.prepare<[number], ReplyViewRow>(`${viewSql} WHERE r.id = ?`)

  function reply(id: number): Reply {
    const row = one.get(id)
    if (!row) throw notFound(`There is no reply with id ${String(id)}.`)
    return toReply(row)
  }

  return {
    ofContact: (contactId: number): Reply[] => ofContact.all(contactId, shownAtMost).map(toReply),
    ofCampaign: (campaignId: number): Reply[] =>
      ofCampaign.all(campaignId, shownAtMost).map(toReply),
    /** Likely stops waiting for the owner, the oldest first, and how many there are in all. */
    toReview: (): { total: number; rows: Reply[] } => ({
      total: waiting.get()?.n ?? 0,
      rows: toReview.all(shownAtMost).map(toReply),
    }),

    /**
     * The owner's decision on a reply: 'opt_out' puts the number on the opt-out list (the reply in
     * its note). Deciding the same again changes nothing; an opt-out is not undone here (only the
     * opt-out list takes a number off it).
     */
    decide(id: number, decision: ReplyDecision): Reply {
      const current = reply(id)
      if (current.review === decision) return current
      if (current.review === 'opt_out') {
        throw new CoreError(
          'wrong_state',
          'This reply already put the number on the opt-out list; take it off there if it was a mistake.',
          undefined,
          { state: 'opted_out' },
        )
      }
      db.transaction(() => {
        store.review(id, decision, clock.now())
        if (decision === 'opt_out') {
          options.optOut(current.e164, `“${current.text}”`.slice(0, noteLength))
        }
      })()
      return reply(id)
    },
  }
}

export type RepliesService = ReturnType<typeof createRepliesService>

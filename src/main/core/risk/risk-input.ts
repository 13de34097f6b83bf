import type { CampaignWay } from '../../../shared/campaigns'
import type { ListMessageRefusal } from '../../../shared/phone-lists'
import type { Refusal } from '../../../shared/risk'
import type { SenderChannel, SenderLimits, SendingWindow } from '../../../shared/senders'
import type { LedgerSend } from '../scheduler/limits'

/**
 * Everything the meter looks at, gathered from the database by risk-facts.ts. The meter itself
 * (assess-risk.ts) reads nothing else: the same input always gives the same answer.
 */
export interface RiskInput {
  /** The moment assessed (now, or the moment of a past block). */
  at: number
  sender: {
    channel: SenderChannel
    timeZone: string
    window: SendingWindow
    limits: SenderLimits
    /** Days since the warm-up began (Sender.warmUpFrom), in the sender's time zone. */
    ageDays: number
    /** The age from which the warm-up table allows the full limit (its last step). */
    warmUpEndsDay: number
    /** Today's new-chat allowance: the lower of the limit and the warm-up step. */
    newChatsAllowed: number
    /** Cloud API tier as distinct people per 24 hours; null: none. */
    tierPerDay: number | null
  }
  history: {
    /** The ledger's messages of the last 24 hours (sent, being sent or uncertain). */
    recent: LedgerSend[]
    /**
     * Last 30 days: messages that went out (not those Meta later reported failed), people who
     * opted out after one, and failures (wrong numbers, refused or undelivered messages).
     */
    sent30d: number
    optedOut30d: number
    failed30d: number
    /** The latest block that is over, and when it ended; null if none. */
    lastBlockEndedAt: number | null
    /**
     * Cloud API, last 7 days: messages Meta answered "held for quality assessment" or dropped later
     * (135000 portfolio pacing, 132015 template pacing).
     */
    pacingHolds7d: number
    /** The last 24 hours' messages of every number of the business portfolio (its shared tier). */
    tierRecent?: LedgerSend[]
  }
  /** Why the scheduler would refuse (refusals.ts): non-empty makes the level "blocked". */
  refusals: Refusal[]
  /** A phone broadcast: why the list message may not go (list-message-check.ts); blocked too. */
  listMessageRefusals: ListMessageRefusal[]
  /** Null when the meter is for a number on its own. */
  campaign: {
    /**
     * Paced one by one, or one list message from the phone: then nothing is paced (no gaps, no
     * hourly rate, no window), the text is one for all, and only people who saved the number get it.
     */
    way: CampaignWay
    /** A phone broadcast: of the people who may be messaged, those who did not save the number. */
    notSaved: number
    /**
     * A phone broadcast whose list is on the phone: of those who may get it, the people not on the
     * phone's list yet (the phone sends only to who is on it). 0 when no phone list is recorded.
     */
    notOnPhone: number
    /**
     * A phone broadcast: the most list messages any recipient got from this number in the last
     * 7 days (before this one).
     */
    listMessages7d: number
    /** People in its largest list (each list is one broadcast list); a started one: its people. */
    listSize: number
    /** How many lists it goes to, one after another (a started one: 1, its lists are settled). */
    lists: number
    /** Of them, those who would be messaged (eligible, not yet sent to). */
    recipients: number
    /** Of the recipients: never messaged by this number and not marked as chatting (new chats). */
    newChats: number
    /** Of the recipients: no consent recorded, not chatting, never messaged (cold). */
    cold: number
    /** The other recipients (consent, a chat, or messaged before), in the list's order. */
    warmContactIds: number[]
    /** The message as the first recipients get it (up to 5), opt-out line and UTM included. */
    messages: string[]
    /** Whether the message tells people how to stop (opt-out line, or a stop button). */
    hasOptOut: boolean
    /**
     * It has started: who it reaches and when it starts are settled, so no fix offers to change
     * them (a narrower list, a smaller one, a later start).
     */
    started: boolean
    /** When it begins; null: as soon as it is started (at `at`). */
    startAt: number | null
    /** Recipients by their time zone (from their number's country; else the sender's). */
    recipientZones: { zone: string; people: number }[]
  } | null
}

// The Cloud API's sending limits (WHATSAPP-FACTS.md §3):
// - throughput: 80 messages per second per business number, else 130429;
// - pair rate: one message every 6 s to the same user, bursts of up to 45 "borrowed" from
//   later, else 131056;
// - messaging limit: unique users per moving 24 h, per tier. Meta documents no error for it,
//   so the server only marks the messages that went over.

/** A bucket of `capacity` tokens refilled continuously at `perMs` tokens a millisecond. */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity
    this.last = now
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    // A fake clock may be set back; time never runs backwards for the bucket.
    const elapsed = Math.max(0, now - this.last)
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perMs)
    this.last = Math.max(this.last, now)
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

export const THROUGHPUT_PER_SECOND = 80
export const PAIR_BURST = 45
export const PAIR_REFILL_MS = 6000

/** 80 messages a second for one business number. */
export class ThroughputRule {
  private readonly buckets = new Map<string, TokenBucket>()

  allow(phoneNumberId: string, now: number): boolean {
    let bucket = this.buckets.get(phoneNumberId)
    if (!bucket) {
      bucket = new TokenBucket(THROUGHPUT_PER_SECOND, THROUGHPUT_PER_SECOND / 1000, now)
      this.buckets.set(phoneNumberId, bucket)
    }
    return bucket.take(now)
  }
}

/** The (business, consumer) pair rule: burst 45, then one message per 6 s. */
export class PairRule {
  private readonly buckets = new Map<string, TokenBucket>()

  allow(phoneNumberId: string, waId: string, now: number): boolean {
    const key = `${phoneNumberId}:${waId}`
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = new TokenBucket(PAIR_BURST, 1 / PAIR_REFILL_MS, now)
      this.buckets.set(key, bucket)
    }
    return bucket.take(now)
  }
}

/** Unique users per 24 h for a tier name; unknown names count as the starting 250. */
export function tierLimit(tier: string): number {
  if (tier === 'TIER_UNLIMITED') return Number.POSITIVE_INFINITY
  const match = /^TIER_(\d+)(K?)$/.exec(tier)
  if (!match) return 250
  return Number(match[1]) * (match[2] === 'K' ? 1000 : 1)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Which users count against the messaging limit in the moving 24 h window. */
export class UniqueRecipientWindow {
  /** wa_id → when it was first counted in the current window. */
  private readonly counted = new Map<string, number>()

  /** Counts `waId` if it is new and fits; true when the message went over the tier. */
  record(waId: string, limit: number, now: number): boolean {
    for (const [id, at] of this.counted) if (now - at >= DAY_MS) this.counted.delete(id)
    if (this.counted.has(waId)) return false
    if (this.counted.size >= limit) return true
    this.counted.set(waId, now)
    return false
  }
}

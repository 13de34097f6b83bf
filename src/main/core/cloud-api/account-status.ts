// "Check connection": the number's fields as Meta gives them, read defensively into plain terms.
// Tier names: Meta documents TIER_250 and the v23 enum (TIER_50 … TIER_UNLIMITED); TIER_2K is the
// post-October-2025 step seen in the wild. Anything else counts as the lowest current tier.
import type { CloudAccount, HealthState, QualityRating } from '../../../shared/cloud-api'
import { isRecord } from './json-shape'

/** The fields asked for. Newer versions answer the portfolio limit; older ones the per-number tier. */
export const accountFields = [
  'display_phone_number',
  'verified_name',
  'quality_rating',
  'whatsapp_business_manager_messaging_limit',
  'messaging_limit_tier',
  'throughput',
  'health_status',
] as const

/** v24.0 introduced whatsapp_business_manager_messaging_limit; older versions reject the field. */
export function fieldsFor(apiVersion: string): string[] {
  const major = Number(/^v(\d+)/.exec(apiVersion)?.[1] ?? 0)
  return accountFields.filter(
    (field) => major >= 24 || field !== 'whatsapp_business_manager_messaging_limit',
  )
}

const tiers: Readonly<Record<string, number | null>> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1000,
  TIER_2K: 2000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: null,
}
/** The lowest tier a working portfolio has today: assumed when Meta's value is unknown. */
export const assumedTier = 250

const qualities: Readonly<Record<string, QualityRating>> = {
  GREEN: 'high',
  YELLOW: 'medium',
  RED: 'low',
}

const healths: Readonly<Record<string, HealthState>> = {
  AVAILABLE: 'available',
  LIMITED: 'limited',
  BLOCKED: 'blocked',
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

export function accountFromMeta(raw: Record<string, unknown>, now: number): CloudAccount {
  const tier = str(raw.whatsapp_business_manager_messaging_limit) || str(raw.messaging_limit_tier)
  const tierKnown = Object.hasOwn(tiers, tier)
  const throughput = isRecord(raw.throughput) ? str(raw.throughput.level) : ''
  const health = isRecord(raw.health_status) ? raw.health_status : {}
  return {
    displayPhoneNumber: str(raw.display_phone_number),
    verifiedName: str(raw.verified_name),
    quality: qualities[str(raw.quality_rating).toUpperCase()] ?? 'unrated',
    messagingLimitTier: tier,
    newPeoplePerDay: tierKnown ? (tiers[tier] ?? null) : assumedTier,
    tierKnown,
    throughput,
    health: healths[str(health.can_send_message).toUpperCase()] ?? 'unknown',
    healthNotes: healthNotes(health),
    checkedAt: now,
  }
}

/** Meta's own words from every entity that is limited or blocked. */
function healthNotes(health: Record<string, unknown>): string[] {
  const entities = Array.isArray(health.entities) ? health.entities.filter(isRecord) : []
  const notes: string[] = []
  for (const entity of entities) {
    const info = Array.isArray(entity.additional_info) ? entity.additional_info : []
    for (const line of info) if (typeof line === 'string') notes.push(line)
    const errors = Array.isArray(entity.errors) ? entity.errors.filter(isRecord) : []
    for (const error of errors) {
      const text = [str(error.error_description), str(error.possible_solution)]
        .filter((t) => t !== '')
        .join(' ')
      if (text !== '') notes.push(text)
    }
  }
  return [...new Set(notes)]
}

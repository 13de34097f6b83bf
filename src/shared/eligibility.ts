// Whether a person may be messaged now, and if not, why. The core decides (one function, asked by
// lists, campaigns and every channel); the renderer shows the reasons in the user's language.

/** In the order they are shown: the first is the main reason. */
export const exclusionReasons = [
  'opted_out',
  'consent_withdrawn',
  'no_number',
  'invalid_number',
  'not_mobile',
  'no_consent',
] as const
export type ExclusionReason = (typeof exclusionReasons)[number]

export type Eligibility =
  | { eligible: true; e164: string }
  | {
      eligible: false
      /** The number that would be messaged, when there is one. */
      e164: string | null
      /** Every reason that applies, the main one first. */
      reasons: ExclusionReason[]
    }

export type ReasonCounts = Partial<Record<ExclusionReason, number>>

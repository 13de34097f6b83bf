// The ban-risk meter: the rules of risk-factors.ts summed into one score and a level. Pure — the
// same input always gives the same answer — so the renderer's gauge, the campaign service and the
// tests all agree. The model is explained in docs/risk-model.md.
import {
  riskBoundaries,
  type RiskAssessment,
  type RiskFactor,
  type RiskFix,
  type RiskLevel,
} from '../../../shared/risk'
import { pacedOnlyFactors, riskRules, type RiskRule, type RuleShape } from './risk-factors'
import type { RiskInput } from './risk-input'

const toTenths = (points: number): number => Math.round(points * 10) / 10

/**
 * Added up in whole tenths, so the sum is exact and 29.5 is 29.5 whatever the order (floating
 * point would make it 29.499… in one order and round it down).
 */
export const sumOfPoints = (factors: readonly RiskFactor[]): number =>
  factors.reduce((tenths, f) => tenths + Math.round(f.points * 10), 0) / 10

function evaluate<Subject>(rule: RuleShape<Subject>, subject: Subject): RiskFactor | null {
  const value = rule.measure(subject)
  if (value === null) return null
  const severity = Math.min(1, Math.max(0, rule.severity(value, subject)))
  const points = toTenths(rule.weight * severity)
  // Also drops NaN, so a broken measurement never reaches the gauge.
  if (!(points > 0)) return null
  return {
    key: rule.key,
    points,
    weight: rule.weight,
    share: 0,
    value,
    threshold: typeof rule.threshold === 'number' ? rule.threshold : rule.threshold(subject),
    unit: rule.unit,
    fix: rule.fix(value, subject),
  }
}

function evaluateRule(rule: RiskRule, input: RiskInput): RiskFactor | null {
  if (input.campaign?.way === 'phone_broadcast' && pacedOnlyFactors.has(rule.key)) return null
  if (rule.scope === 'sender') return evaluate(rule, input)
  const { campaign } = input
  return campaign === null ? null : evaluate(rule, { ...input, campaign })
}

/** Fixes that change who a campaign reaches or when it starts: a started one's are settled. */
const planFixes = new Set<RiskFix['kind']>([
  'narrow_to_consent',
  'smaller_list',
  'fewer_people',
  'start_at',
])

type SizeKind = 'smaller_list' | 'fewer_people'
const isSize = (fix: RiskFix | null, kind: SizeKind): boolean => fix?.kind === kind

/** Of the factors advising `kind`, one says the smallest size (satisfying all), the heaviest. */
function oneSize(factors: RiskFactor[], kind: SizeKind): RiskFactor[] {
  const sizing = factors.filter((f) => isSize(f.fix, kind))
  if (sizing.length < 2) return factors
  const people = Math.min(...sizing.map((f) => (f.fix as { people: number }).people))
  const heaviest = sizing.reduce((a, b) => (b.points > a.points ? b : a))
  return factors.map((f) =>
    !isSize(f.fix, kind) ? f : { ...f, fix: f === heaviest ? { kind, people } : null },
  )
}

/**
 * Several factors may advise a size: the list's (its size) and the campaign's (the new-chat
 * allowance, the active chats, the tier). With one list they are the same thing, so one size is
 * said, the smallest, which satisfies them all, on the factor that weighs most; the others give no
 * second, contradicting number. With several lists they differ — a list's size does not change
 * how many the campaign reaches in a day — so each is said once, in its own words.
 */
function oneListSize(factors: RiskFactor[], lists: number): RiskFactor[] {
  if (lists > 1) return oneSize(oneSize(factors, 'smaller_list'), 'fewer_people')
  const asList = factors.map((f) =>
    f.fix?.kind === 'fewer_people'
      ? { ...f, fix: { kind: 'smaller_list' as const, people: f.fix.people } }
      : f,
  )
  return oneSize(asList, 'smaller_list')
}

export function levelOf(score: number, blocked: boolean): RiskLevel {
  if (blocked) return 'blocked'
  if (score < riskBoundaries.medium) return 'low'
  if (score < riskBoundaries.high) return 'medium'
  return 'high'
}

/**
 * How likely this plan (or this number on its own, when `input.campaign` is null) is to get the
 * number banned: 0–100, the level, and every factor that adds points with its share and a fix.
 */
export function assessRisk(input: RiskInput): RiskAssessment {
  const settled = input.campaign?.started ?? false
  const factors = riskRules
    .map((rule) => evaluateRule(rule, input))
    .filter((factor): factor is RiskFactor => factor !== null)
    .map((factor) =>
      settled && factor.fix !== null && planFixes.has(factor.fix.kind)
        ? { ...factor, fix: null }
        : factor,
    )
  const phoneBroadcast = input.campaign?.way === 'phone_broadcast'
  // The owner sends a list message when they like: "start at" reads as "send it no earlier than".
  const worded = phoneBroadcast
    ? factors.map((f) =>
        f.fix?.kind === 'start_at'
          ? { ...f, fix: { kind: 'send_after' as const, at: f.fix.at } }
          : f,
      )
    : factors
  const advised = oneListSize(worded, input.campaign?.lists ?? 1)
  const total = sumOfPoints(advised)
  for (const factor of advised) factor.share = factor.points / total
  // Stable: equal points keep the table's order.
  advised.sort((a, b) => b.points - a.points)
  const score = Math.min(100, Math.round(total))
  const campaign = input.campaign
  return {
    level: levelOf(score, input.refusals.length > 0 || input.listMessageRefusals.length > 0),
    score,
    refusals: [...input.refusals],
    factors: advised,
    at: input.at,
    way: campaign?.way ?? 'paced',
    listMessageRefusals: [...input.listMessageRefusals],
    reach:
      campaign?.way === 'phone_broadcast'
        ? {
            reached: campaign.recipients,
            missed: campaign.notSaved,
            notOnPhone: campaign.notOnPhone,
          }
        : null,
  }
}

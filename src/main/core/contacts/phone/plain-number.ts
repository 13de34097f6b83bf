import { isSupportedCountry, Metadata } from 'libphonenumber-js/core'
import metadataJson from 'libphonenumber-js/metadata.max.json'
import type { CountryCode as PhoneCountry } from 'libphonenumber-js/max'
import type { PhoneKind } from '../../../../shared/contacts'

/**
 * A number written plainly — digits, the spaces and marks people put between them, a plus only in
 * front — read in a fraction of libphonenumber's time: parsing free text is most of an import's
 * work. The reading follows libphonenumber's own steps with its own metadata (the country code,
 * the trunk prefix, the country among those sharing a code, the number's kind), and wherever a
 * step could go more than one way it gives up: undefined, and libphonenumber reads the number.
 * `plain-number.test.ts` holds the two to the same answers over numbers of many countries.
 * Only valid numbers are answered; a number to refuse is left to libphonenumber, which says why.
 */
export function readPlainNumber(
  asWritten: string,
  defaultCountry: PhoneCountry,
): { e164: string; kind: PhoneKind } | undefined {
  // libphonenumber refuses a text longer than 250 characters, however it is padded.
  if (asWritten.length > longestPlainNumber || !plainlyWritten.test(asWritten)) return undefined
  const digits = asWritten.replace(nonDigits, '')
  const split = asWritten.trimStart().startsWith('+')
    ? international(digits)
    : national(digits, defaultCountry)
  if (split === undefined) return undefined
  const country = countryOf(split.callingCode, split.national)
  const kind = country && kindOf(split.national, country)
  return kind ? { e164: `+${split.callingCode}${split.national}`, kind } : undefined
}

/** Far longer than any number written plainly, far shorter than libphonenumber's limit. */
const longestPlainNumber = 64
/** Digits, the spaces and marks people write numbers with, and a plus only in front. */
const plainlyWritten = /^[ \u00a0]*\+?[0-9 \u00a0().-]+$/
const nonDigits = /\D/g
const longestCallingCode = 3

interface Split {
  callingCode: string
  national: string
}

/** `+375 29 …`: the country code, then the national number as libphonenumber takes it. */
function international(digits: string): Split | undefined {
  if (digits.startsWith('0')) return undefined
  for (let length = 1; length <= longestCallingCode; length += 1) {
    const callingCode = digits.slice(0, length)
    if (callingCodes[callingCode] === undefined) continue
    const main = countriesOf(callingCode)?.[0]
    const plan = main && planOf(main)
    const national = plan && withoutTrunkPrefix(digits.slice(length), plan)
    return national === undefined ? undefined : { callingCode, national }
  }
  return undefined
}

/**
 * A number without a plus, read from the shop's country: its national number with or without the
 * trunk prefix (`8 495 …`, `495 …`), or with the country code but no plus (`7 495 …`). One
 * written with the international prefix (`8 10 375 …`) is left to libphonenumber.
 */
function national(digits: string, defaultCountry: PhoneCountry): Split | undefined {
  const home = planOf(defaultCountry)
  if (!home || home.international?.test(digits)) return undefined
  const whole = withoutTrunkPrefix(digits, home)
  if (whole === undefined) return undefined
  if (digits.startsWith(home.callingCode)) {
    const shorter = digits.slice(home.callingCode.length)
    if (withoutTrunkPrefix(shorter, home) !== shorter) return undefined
    // libphonenumber reads the country code off when only the shorter reading is a number…
    if (!home.valid.test(whole) && home.valid.test(shorter)) {
      return { callingCode: home.callingCode, national: shorter }
    }
    // …or when the whole is too long for the country: left to it. (A whole that is no number
    // either is refused below, as no kind fits it.)
    if (whole.length > home.longest) return undefined
  }
  return { callingCode: home.callingCode, national: whole }
}

/**
 * The national number without its trunk prefix (`8` in Russia, `0` in Ukraine) where
 * libphonenumber surely takes it off, the number as it is where it surely does not, undefined
 * where that depends on more of its rules.
 */
function withoutTrunkPrefix(digits: string, plan: Plan): string | undefined {
  const prefix = plan.trunkPrefix?.exec(digits)
  if (!prefix) return digits
  if (plan.trunkTransform) return undefined
  const after = digits.slice(prefix[0].length)
  // Kept when only the whole is a number: 812… in St Petersburg starts with the trunk's 8.
  if (plan.valid.test(digits) && !plan.valid.test(after)) return digits
  // Taken off when only what follows is a number (its country's rules then judge it).
  if (!plan.valid.test(digits) && plan.valid.test(after) && prefix.length === 1) return after
  return undefined
}

/** The country among those sharing a calling code, the way libphonenumber picks it. */
function countryOf(callingCode: string, national: string): PhoneCountry | undefined {
  const countries = countriesOf(callingCode)
  if (countries === undefined) return undefined
  if (countries.length === 1) return countries[0]
  for (const country of countries) {
    const plan = planOf(country)
    if (!plan) return undefined
    if (plan.leadingDigits) {
      if (national.search(plan.leadingDigits) === 0) return country
    } else if (kindOf(national, country) !== undefined) return country
  }
  return undefined
}

const countriesByCode = new Map<string, readonly PhoneCountry[] | undefined>()

/**
 * The countries of a calling code, in libphonenumber's order; undefined for a code of no country
 * (+800, +883: left to libphonenumber) or none at all.
 */
function countriesOf(callingCode: string): readonly PhoneCountry[] | undefined {
  if (countriesByCode.has(callingCode)) return countriesByCode.get(callingCode)
  const listed = callingCodes[callingCode]
  const countries =
    listed?.every((country) => isSupportedCountry(country as PhoneCountry, metadataJson)) === true
      ? (listed as PhoneCountry[])
      : undefined
  countriesByCode.set(callingCode, countries)
  return countries
}

type NumberType = (typeof typeOrder)[number]
/** libphonenumber's order of kinds after the fixed line (getNumberType). */
const typeOrder = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const

/** The kind of a valid number of `country`, undefined when it is not valid there. */
function kindOf(national: string, country: PhoneCountry): PhoneKind | undefined {
  const plan = planOf(country)
  if (!plan?.valid.test(national)) return undefined
  if (isOfType(national, plan.fixedLine)) {
    const mobile = plan.types.get('MOBILE')
    return !mobile || isOfType(national, mobile) ? 'fixed_or_mobile' : 'fixed'
  }
  for (const type of typeOrder) {
    if (isOfType(national, plan.types.get(type))) return type === 'MOBILE' ? 'mobile' : 'other'
  }
  return undefined
}

interface TypeRule {
  pattern: RegExp
  lengths: readonly number[] | undefined
}

function isOfType(national: string, rule: TypeRule | undefined): boolean {
  if (!rule) return false
  if (rule.lengths && !rule.lengths.includes(national.length)) return false
  return rule.pattern.test(national)
}

interface Plan {
  callingCode: string
  valid: RegExp
  /** The most digits a national number may have (libphonenumber's possible lengths). */
  longest: number
  fixedLine: TypeRule | undefined
  types: Map<NumberType, TypeRule>
  leadingDigits: RegExp | undefined
  trunkPrefix: RegExp | undefined
  trunkTransform: boolean
  international: RegExp | undefined
}

/** What libphonenumber's numbering plan has at run time beyond what its typings declare. */
interface PlanAtRuntime {
  callingCode(): string
  nationalNumberPattern(): string
  possibleLengths(): number[] | undefined
  nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  leadingDigits(): string | undefined
  IDDPrefix(): string | undefined
  type(kind: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined
}

const callingCodes = (
  metadataJson as unknown as { country_calling_codes: Record<string, string[] | undefined> }
).country_calling_codes
const plans = new Map<string, Plan | undefined>()

/** A country's rules from libphonenumber's metadata, compiled once. */
function planOf(country: PhoneCountry): Plan | undefined {
  if (plans.has(country)) return plans.get(country)
  const metadata = new Metadata(metadataJson)
  let plan: Plan | undefined
  if (isSupportedCountry(country, metadataJson)) {
    metadata.selectNumberingPlan(country)
    const rules = metadata.numberingPlan as unknown as PlanAtRuntime
    const typeRule = (type: string): TypeRule | undefined => {
      const found = rules.type(type)
      const pattern = found?.pattern()
      // An empty pattern is no kind at all (libphonenumber: isNumberTypeEqualTo).
      return pattern ? { pattern: whole(pattern), lengths: found?.possibleLengths() } : undefined
    }
    const types = new Map<NumberType, TypeRule>()
    for (const type of typeOrder) {
      const rule = typeRule(type)
      if (rule) types.set(type, rule)
    }
    const trunk = rules.nationalPrefixForParsing()
    const idd = rules.IDDPrefix()
    const leading = rules.leadingDigits()
    plan = {
      callingCode: rules.callingCode(),
      valid: whole(rules.nationalNumberPattern()),
      longest: Math.max(...(rules.possibleLengths() ?? [Infinity])),
      fixedLine: typeRule('FIXED_LINE'),
      types,
      leadingDigits: leading ? new RegExp(leading) : undefined,
      trunkPrefix: trunk ? new RegExp(`^(?:${trunk})`) : undefined,
      trunkTransform: Boolean(rules.nationalPrefixTransformRule()),
      international: idd ? new RegExp(`^(?:${idd})`) : undefined,
    }
  }
  plans.set(country, plan)
  return plan
}

const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`)

import { Metadata } from 'libphonenumber-js/core'
import metadataJson from 'libphonenumber-js/metadata.max.json'
import type { CountryCode as PhoneCountry } from 'libphonenumber-js/max'

/**
 * Most numbers a Russian shop imports are Russian mobiles, written one of four ways: `+7 916 …`,
 * `8 916 …`, `7916…` or `916…`. For those this reads the number in a fraction of libphonenumber's
 * time (parsing free text is most of an import's work), with libphonenumber's own patterns for
 * Russia from its metadata: the number must be valid and of the mobile kind exactly as
 * libphonenumber judges it (`russian-mobile.test.ts` holds the two to the same answers). Anything
 * else — another country, a landline, a letter, an extension, a number its patterns leave out —
 * is undefined here and read by libphonenumber.
 */
export function russianMobile(asWritten: string, defaultCountry: PhoneCountry): string | undefined {
  // libphonenumber refuses a text longer than 250 characters, however it is padded.
  if (asWritten.length > longestPlainNumber || !plainlyWritten.test(asWritten)) return undefined
  const digits = asWritten.replace(nonDigits, '')
  let national: string | undefined
  if (asWritten.trimStart().startsWith('+')) {
    // Written with its country code, it is read the same from any country.
    if (digits.length === 11 && digits.startsWith('7')) national = digits.slice(1)
  } else if (defaultCountry === 'RU') {
    if (digits.length === 10) national = digits
    // 8 is Russia's trunk prefix; 7 its country code, written without the plus.
    else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')))
      national = digits.slice(1)
  }
  if (national === undefined || !national.startsWith('9')) return undefined
  const russia = russianPatterns()
  if (!russia) return undefined
  const mobile =
    russia.valid.test(national) && russia.mobile.test(national) && !russia.fixed.test(national)
  return mobile ? `+7${national}` : undefined
}

/** Far longer than any number written plainly, far shorter than libphonenumber's limit. */
const longestPlainNumber = 64
/** Digits, the spaces and marks people write numbers with, and a plus only in front. */
const plainlyWritten = /^[ \u00a0]*\+?[0-9 \u00a0().-]+$/
const nonDigits = /\D/g

interface RussianPatterns {
  valid: RegExp
  mobile: RegExp
  fixed: RegExp
}

let patterns: RussianPatterns | null | undefined

/** What libphonenumber's numbering plan has at run time beyond what its typings declare. */
interface PlanAtRuntime {
  callingCode(): string
  nationalNumberPattern(): string
  nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  leadingDigits(): string | undefined
  type(kind: 'MOBILE' | 'FIXED_LINE'): { pattern(): string } | undefined
}

/**
 * Russia's patterns as libphonenumber's metadata has them, read once. null — and every number
 * left to libphonenumber — should the metadata no longer give Russia the country code 7, the
 * trunk prefix 8 and the first place among the numbers starting 9 that this reading assumes.
 */
function russianPatterns(): RussianPatterns | null {
  if (patterns !== undefined) return patterns
  const metadata = new Metadata(metadataJson)
  metadata.selectNumberingPlan('RU')
  const plan = metadata.numberingPlan as PlanAtRuntime | undefined
  const codeSeven = (metadataJson as { country_calling_codes: Record<string, string[]> })
    .country_calling_codes['7']
  const whole = (pattern: string | undefined): RegExp | undefined =>
    pattern === undefined ? undefined : new RegExp(`^(?:${pattern})$`)
  const valid = whole(plan?.nationalNumberPattern())
  const mobile = whole(plan?.type('MOBILE')?.pattern())
  const fixed = whole(plan?.type('FIXED_LINE')?.pattern())
  const leading = plan?.leadingDigits()
  const assumed =
    plan !== undefined &&
    plan.callingCode() === '7' &&
    plan.nationalPrefixForParsing() === '8' &&
    !plan.nationalPrefixTransformRule() &&
    // Russia takes the numbers of code 7 starting 9 before Kazakhstan does.
    codeSeven?.[0] === 'RU' &&
    (leading === undefined || new RegExp(`^(?:${leading})`).test('9'))
  patterns = assumed && valid && mobile && fixed ? { valid, mobile, fixed } : null
  return patterns
}

// The numbers of people who wrote after scanning the poster, pasted as the owner has them: one or
// several per line, in any spelling, sometimes with a name beside («Анна 8 916 123-45-67»). Each
// number goes through the same normalisation as the opt-out page's pasted numbers.
import type { PhoneKind } from '../../../shared/contacts'
import type { RejectedNumber } from '../../../shared/opt-outs'
import type { CountryCode } from '../../../shared/settings'
import { normalizePhone } from '../contacts/phone/normalize-phone'
import { splitPhoneCell } from '../contacts/phone/split-phone-cell'

export interface WroteNumber {
  e164: string
  kind: PhoneKind
  /** What else the line says, as a name; '' when the line is only numbers. */
  name: string
  line: number
}

export interface WroteLines {
  /** In the order written, each number once (its first line wins). */
  numbers: WroteNumber[]
  rejected: RejectedNumber[]
}

/** A run that looks like a phone number: digits with the usual spacing, at least 5 digits. */
const numberLike = /\+?\(?\d(?:[\d\s\-().]*\d){4,}\)?/g
/** What is left round a name once the numbers are taken out: separators, dashes, colons. */
const nameEdges = /^[\s,;:|/–—-]+|[\s,;:|/–—-]+$/g

export function wroteLines(text: string, country: CountryCode): WroteLines {
  const seen = new Set<string>()
  const numbers: WroteNumber[] = []
  const rejected: RejectedNumber[] = []
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    const line = index + 1
    if (lineText.trim() === '') return
    const runs = [...lineText.matchAll(numberLike)].map((match) => match[0])
    if (runs.length === 0) {
      rejected.push({ line, raw: lineText.trim(), reason: 'no_digits' })
      return
    }
    const name = lineText
      .replace(numberLike, ' ')
      .replace(/\s+(?:или|or)\s+/giu, ' ')
      .replace(/\s+/g, ' ')
      .replace(nameEdges, '')
    for (const run of runs.flatMap(splitPhoneCell)) {
      const result = normalizePhone(run, country)
      if (!result.ok) {
        rejected.push({ line, raw: run.trim(), reason: result.reason })
        continue
      }
      if (seen.has(result.e164)) continue
      seen.add(result.e164)
      numbers.push({ e164: result.e164, kind: result.kind, name, line })
    }
  })
  return { numbers, rejected }
}

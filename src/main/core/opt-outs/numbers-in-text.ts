import type { RejectedNumber } from '../../../shared/opt-outs'
import type { CountryCode } from '../../../shared/settings'
import { normalizePhone } from '../contacts/phone/normalize-phone'
import { splitPhoneCell } from '../contacts/phone/split-phone-cell'

export interface ReadNumbers {
  /** In the order written, each once. */
  numbers: string[]
  rejected: RejectedNumber[]
}

/** Pasted text: one or several numbers per line, in any spelling. Empty lines are skipped. */
export function numbersInText(text: string, country: CountryCode): ReadNumbers {
  const numbers = new Set<string>()
  const rejected: RejectedNumber[] = []
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const raw of splitPhoneCell(lineText)) {
      const result = normalizePhone(raw, country)
      if (result.ok) numbers.add(result.e164)
      else rejected.push({ line: index + 1, raw, reason: result.reason })
    }
  })
  return { numbers: [...numbers], rejected }
}

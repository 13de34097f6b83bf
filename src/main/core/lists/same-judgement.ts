import type { Eligibility } from '../../../shared/eligibility'
import { consentStates, phoneKinds } from '../../../shared/contacts'
import type { RecipientRow } from '../eligibility/recipient-check'

/** Every kind of person by the facts a verdict reads (the number itself only as "has one"). */
export const everyKind: RecipientRow[] = [null, '+0'].flatMap((r_e164) =>
  [null, ...phoneKinds].flatMap((r_kind) =>
    [0, 1].flatMap((r_has_numbers) =>
      [0, 1].flatMap((r_opted_out) =>
        consentStates.map((r_consent) => ({
          r_e164,
          r_kind,
          r_has_numbers,
          r_opted_out,
          r_consent,
        })),
      ),
    ),
  ),
)

/** Whether two judges (Settings read at two moments) give every kind of person the same verdict. */
export function sameJudgement(
  a: (row: RecipientRow) => Eligibility,
  b: (row: RecipientRow) => Eligibility,
): boolean {
  return everyKind.every((row) => JSON.stringify(a(row)) === JSON.stringify(b(row)))
}
